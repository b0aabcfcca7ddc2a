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
    const bool grant = command == QStringLiteral("grant");
    if (!location.isShared())
        return fail(2, QCoreApplication::translate("SharedCommand",
                                                   "grant works on shared libraries only: --db postgresql://USER@HOST/DB"));
    if (grant && (arguments.size() != 2
                  || (arguments.first() != QStringLiteral("reader") && arguments.first() != QStringLiteral("editor"))))
        return fail(2, QCoreApplication::translate("SharedCommand", "grant wants reader|editor ROLE"));
    SharedLibrary library;
    if (!library.open(location))
        return fail(1, library.lastError());
    if (!grant)
        return fail(2, QCoreApplication::translate("SharedCommand",
                                                   "%1 does not work on a shared library yet: this version imports,"
                                                   " lists, counts, exports, enriches and grants on %2 (the library is"
                                                   " unchanged)")
                           .arg(command, location.displayName()));
    const auto access = arguments.first() == QStringLiteral("reader") ? PgRoles::Access::Reader : PgRoles::Access::Editor;
    if (!library.grant(access, arguments.at(1)))
        return fail(1, library.lastError());
    m_out << QCoreApplication::translate("SharedCommand", "%1 is now %2 of %3 (member of %4)")
                 .arg(arguments.at(1), arguments.first(), location.displayName(),
                      PgRoles::groupRole(location.database, access))
          << "\n";
    return 0;
}
