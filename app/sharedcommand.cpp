#include "sharedcommand.h"

#include "sharedlibrary.h"

#include <QCoreApplication>

int SharedCommand::fail(int status, const QString &line)
{
    m_err << "paperscope: " << line << "\n";
    m_err.flush();
    return status;
}

int SharedCommand::run(const StoreLocation &location, const QString &command, const QStringList &arguments)
{
    Q_UNUSED(command) // grant is the only one
    if (!location.isShared())
        return fail(2, QCoreApplication::translate("SharedCommand",
                                                   "grant works on shared libraries only: --db postgresql://USER@HOST/DB"));
    if (arguments.size() != 2
        || (arguments.first() != QStringLiteral("reader") && arguments.first() != QStringLiteral("editor")))
        return fail(2, QCoreApplication::translate("SharedCommand", "grant wants reader|editor ROLE"));
    SharedLibrary library;
    if (!library.open(location))
        return fail(1, library.lastError());
    const auto access = arguments.first() == QStringLiteral("reader") ? PgRoles::Access::Reader : PgRoles::Access::Editor;
    if (!library.grant(access, arguments.at(1)))
        return fail(1, library.lastError());
    m_out << QCoreApplication::translate("SharedCommand", "%1 is now %2 of %3 (member of %4)")
                 .arg(arguments.at(1), arguments.first(), location.displayName(),
                      PgRoles::groupRole(location.database, access))
          << "\n";
    return 0;
}
