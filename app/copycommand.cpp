#include "copycommand.h"

#include "abstractpaperstore.h"
#include "librarycopy.h"
#include "storefactory.h"
#include "storelocation.h"
#include "textreport.h"

int CopyCommand::run(const AbstractPaperStore &from, const QStringList &arguments)
{
    if (arguments.size() != 1) {
        m_err << "paperscope: " << tr("copy-to wants one STORE: a new file or a postgresql:// URL") << "\n";
        return 2;
    }
    StoreLocation target;
    QString error;
    if (!StoreLocation::parse(arguments.first(), &target, &error)) {
        m_err << "paperscope: " << error << "\n";
        return 2;
    }
    const std::unique_ptr<AbstractPaperStore> to = StoreFactory::open(target.toString(), &error);
    if (!to) {
        m_err << "paperscope: " << error << "\n";
        return 1;
    }
    const LibraryCopy::Result copied = LibraryCopy::run(from, *to);
    if (!copied.ok) {
        m_err << "paperscope: " << copied.error << "\n";
        return 1;
    }
    m_out << TextReport::copyLine(copied.papers, copied.profiles, target.displayName()) << "\n";
    return 0;
}
