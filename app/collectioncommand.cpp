#include "collectioncommand.h"

#include "collectionstore.h"
#include "organisestore.h"
#include "abstractpaperstore.h"

#include <QHash>

int CollectionCommand::usage(const QString &reason)
{
    m_err << "paperscope: " << reason << "\n";
    m_err.flush();
    return 2;
}

int CollectionCommand::failed(const QString &reason)
{
    m_err << "paperscope: " << reason << "\n";
    m_err.flush();
    return 1;
}

QString CollectionCommand::readOnlyReason(const AbstractPaperStore &store)
{
    return store.openNotice().isEmpty() ? tr("the store is read-only: nothing changed")
                                        : tr("%1: nothing changed").arg(store.openNotice());
}

int CollectionCommand::runCollection(AbstractPaperStore &store, const QStringList &args, const PaperFilter &filter,
                                     const QString &parent)
{
    const QString verb = args.value(0);
    const QStringList arity = {QStringLiteral("list"), QStringLiteral("create"), QStringLiteral("delete"),
                               QStringLiteral("rename"), QStringLiteral("add"), QStringLiteral("remove")};
    const int wanted[] = {1, 2, 2, 3, 2, 2};
    const int at = int(arity.indexOf(verb));
    if (at < 0 || args.size() != wanted[at])
        return usage(tr("usage: collection list | create NAME [--parent P] | delete NAME | rename OLD NEW"
                        " | add|remove NAME [FILTERS]"));
    if (!parent.isEmpty() && verb != QStringLiteral("create"))
        return usage(tr("--parent belongs to collection create"));
    const bool needsPapers = verb == QStringLiteral("add") || verb == QStringLiteral("remove");
    if (!needsPapers && !filter.isEmpty())
        return usage(tr("collection %1 takes no filters").arg(verb));
    if (verb != QStringLiteral("list") && store.isReadOnly())
        return failed(readOnlyReason(store));
    OrganiseStore org(store);
    CollectionStore collections(org);
    if (verb == QStringLiteral("list")) {
        QHash<QString, int> depth;
        for (const CollectionInfo &c : collections.collections()) {
            const int d = c.parent.isEmpty() ? 0 : depth.value(c.parent.toCaseFolded()) + 1;
            depth.insert(c.name.toCaseFolded(), d);
            m_out << QString(2 * d, QLatin1Char(' ')) << c.name << "\t" << tr("%n paper(s)", nullptr, c.papers) << "\n";
        }
        return org.error().isEmpty() ? 0 : failed(org.error());
    }
    const QString name = args.at(1).simplified();
    if (name.isEmpty())
        return usage(tr("a collection needs a name"));
    if (verb == QStringLiteral("create")) {
        if (!collections.createCollection(name, parent))
            return failed(org.error());
        m_out << tr("created collection '%1'").arg(name) << "\n";
        return 0;
    }
    if (verb == QStringLiteral("delete")) {
        if (!collections.deleteCollection(name))
            return failed(org.error());
        m_out << tr("deleted collection '%1'").arg(name) << "\n";
        return 0;
    }
    if (verb == QStringLiteral("rename")) {
        if (!collections.renameCollection(name, args.at(2)))
            return failed(org.error());
        m_out << tr("renamed collection '%1' to '%2'").arg(name, args.at(2).simplified()) << "\n";
        return 0;
    }
    if (!collections.hasCollection(name))
        return failed(tr("there is no collection '%1'").arg(name));
    const QVector<qint64> ids = store.paperIds(filter, PaperSort::Date, Qt::AscendingOrder);
    if (ids.isEmpty())
        return failed(tr("no paper matches the filters: nothing changed"));
    const bool add = verb == QStringLiteral("add");
    const int changed = add ? collections.addPapers(name, ids) : collections.removePapers(name, ids);
    if (changed < 0)
        return failed(org.error());
    m_out << (add ? tr("added %1 of %2 matching papers to '%3'") : tr("took %1 of %2 matching papers out of '%3'"))
                     .arg(changed).arg(ids.size()).arg(name)
          << "\n";
    return 0;
}

int CollectionCommand::runSearch(AbstractPaperStore &store, const QStringList &args, const PaperFilter &filter)
{
    const QString verb = args.value(0);
    OrganiseStore org(store);
    CollectionStore searches(org);
    if (verb == QStringLiteral("list") && args.size() == 1) {
        for (const QString &name : searches.savedSearches())
            m_out << name << "\n";
        return 0;
    }
    if ((verb != QStringLiteral("save") && verb != QStringLiteral("delete")) || args.size() != 2
        || args.at(1).simplified().isEmpty())
        return usage(tr("usage: search save NAME [FILTERS] | delete NAME | list"));
    if (store.isReadOnly())
        return failed(readOnlyReason(store));
    const QString name = args.at(1).simplified();
    if (verb == QStringLiteral("delete")) {
        if (!filter.isEmpty())
            return usage(tr("search delete takes no filters"));
        if (!searches.deleteSavedSearch(name))
            return failed(org.error());
        m_out << tr("deleted saved search '%1'").arg(name) << "\n";
        return 0;
    }
    if (!searches.saveSearch(name, filter))
        return failed(org.error());
    m_out << tr("saved search '%1' (%2 papers match now)").arg(name).arg(store.paperCount(filter)) << "\n";
    return 0;
}
