#pragma once
// One change another client made to a shared library, as PgChangeLog keeps
// it (table library_changes) and PgChangeListener hears of it: who, what
// kind and how many papers; text() says it in a status bar's words ("3
// papers added by mara"). Kinds: added, removed, restored, enriched (the
// papers) and tagged, untagged, starred, unstarred, marked, noted,
// collected, uncollected, organised (Undo of those), collections (a
// collection or saved search made, renamed or deleted): what users decide.

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
        if (kind == QLatin1String("tagged"))
            return QCoreApplication::translate("LibraryChange", "%n paper(s) tagged by %1", nullptr, papers).arg(by);
        if (kind == QLatin1String("untagged"))
            return QCoreApplication::translate("LibraryChange", "%n paper(s) untagged by %1", nullptr, papers).arg(by);
        if (kind == QLatin1String("starred"))
            return QCoreApplication::translate("LibraryChange", "%n paper(s) starred by %1", nullptr, papers).arg(by);
        if (kind == QLatin1String("unstarred"))
            return QCoreApplication::translate("LibraryChange", "%n paper(s) unstarred by %1", nullptr, papers).arg(by);
        if (kind == QLatin1String("marked"))
            return QCoreApplication::translate("LibraryChange", "%n paper(s) marked by %1", nullptr, papers).arg(by);
        if (kind == QLatin1String("noted"))
            return QCoreApplication::translate("LibraryChange", "the note of %n paper(s) changed by %1", nullptr, papers)
                .arg(by);
        if (kind == QLatin1String("collected"))
            return QCoreApplication::translate("LibraryChange", "%n paper(s) added to a collection by %1", nullptr, papers)
                .arg(by);
        if (kind == QLatin1String("uncollected"))
            return QCoreApplication::translate("LibraryChange", "%n paper(s) taken out of a collection by %1", nullptr,
                                               papers).arg(by);
        if (kind == QLatin1String("organised"))
            return QCoreApplication::translate("LibraryChange", "tags and marks of %n paper(s) put back by %1", nullptr,
                                               papers).arg(by);
        if (kind == QLatin1String("collections"))
            return QCoreApplication::translate("LibraryChange", "collections or saved searches changed by %1").arg(by);
        return QCoreApplication::translate("LibraryChange", "the library was changed by %1").arg(by);
    }
};

Q_DECLARE_METATYPE(LibraryChange)
