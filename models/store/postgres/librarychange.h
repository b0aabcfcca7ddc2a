#pragma once
// One change another client made to a shared library, as PgChangeLog keeps
// it (table library_changes) and PgChangeListener hears of it: who, what
// kind (added, removed, restored, enriched) and how many papers; text()
// says it in a status bar's words ("3 papers added by mara").

#include <QCoreApplication>
#include <QMetaType>
#include <QString>

struct LibraryChange
{
    qint64 id = 0;
    QString by;
    QString kind;
    int papers = 0;
    bool own = false; // made by this process (PgChangeLog::isOwn)

    QString text() const
    {
        if (kind == QLatin1String("added"))
            return QCoreApplication::translate("LibraryChange", "%n paper(s) added by %1", nullptr, papers).arg(by);
        if (kind == QLatin1String("removed"))
            return QCoreApplication::translate("LibraryChange", "%n paper(s) removed by %1", nullptr, papers).arg(by);
        if (kind == QLatin1String("restored"))
            return QCoreApplication::translate("LibraryChange", "%n paper(s) put back by %1", nullptr, papers).arg(by);
        if (kind == QLatin1String("enriched"))
            return QCoreApplication::translate("LibraryChange", "%n paper(s) completed from arXiv by %1", nullptr, papers)
                .arg(by);
        return QCoreApplication::translate("LibraryChange", "the library was changed by %1").arg(by);
    }
};

Q_DECLARE_METATYPE(LibraryChange)
