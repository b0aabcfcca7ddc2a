#include "organisecommand.h"

#include "collectioncommand.h"
#include "collectionstore.h"
#include "marksjson.h"
#include "organisecounts.h"
#include "organisestore.h"
#include "abstractpaperstore.h"
#include "textreport.h"

#include <QCommandLineParser>

namespace {
const QStringList stateNames = {QStringLiteral("unread"), QStringLiteral("reading"), QStringLiteral("read")};
} // namespace

const QStringList &OrganiseCommand::commands()
{
    static const QStringList names = {QStringLiteral("tag"), QStringLiteral("star"), QStringLiteral("unstar"),
                                      QStringLiteral("mark"), QStringLiteral("note"), QStringLiteral("collection"),
                                      QStringLiteral("search")};
    return names;
}

void OrganiseCommand::addOptions(QCommandLineParser &parser)
{
    parser.addOptions({
        {QStringLiteral("tag"), tr("Only papers tagged T (repeatable, OR'd)."), QStringLiteral("T")},
        {QStringLiteral("starred"), tr("Only starred papers.")},
        {QStringLiteral("state"), tr("Only papers in reading state S: unread, reading or read (repeatable, OR'd)."),
         QStringLiteral("S")},
        {QStringLiteral("collection"), tr("Only papers in collection NAME or one nested in it (repeatable, OR'd)."),
         QStringLiteral("NAME")},
        {QStringLiteral("saved"), tr("Only papers the saved search NAME finds."), QStringLiteral("NAME")},
        {QStringLiteral("key"), tr("Only the paper with citation key KEY (repeatable, OR'd)."), QStringLiteral("KEY")},
        {QStringLiteral("clear"), tr("note: remove the note.")},
        {QStringLiteral("parent"), tr("collection create: nest the new collection in NAME."), QStringLiteral("NAME")},
    });
}

int OrganiseCommand::usage(const QString &reason)
{
    m_err << "paperscope: " << reason << "\n";
    m_err.flush();
    return 2;
}

int OrganiseCommand::failed(const QString &reason)
{
    m_err << "paperscope: " << reason << "\n";
    m_err.flush();
    return 1;
}

bool OrganiseCommand::readFilter(const QCommandLineParser &parser, PaperFilter *filter)
{
    filter->tags = parser.values(QStringLiteral("tag"));
    filter->starredOnly = parser.isSet(QStringLiteral("starred"));
    filter->states = parser.values(QStringLiteral("state"));
    filter->collections = parser.values(QStringLiteral("collection"));
    filter->keys = parser.values(QStringLiteral("key"));
    for (const QString &state : std::as_const(filter->states)) {
        if (!stateNames.contains(state)) {
            usage(tr("--state wants unread, reading or read, not '%1'").arg(state));
            return false;
        }
    }
    return true;
}

bool OrganiseCommand::resolveSaved(AbstractPaperStore &store, const QStringList &names, PaperFilter *filter)
{
    OrganiseStore org(store);
    const CollectionStore searches(org);
    for (const QString &name : names) {
        PaperFilter saved;
        if (!searches.savedSearch(name, &saved)) {
            failed(tr("there is no saved search '%1'").arg(name));
            return false;
        }
        filter->also << saved.toVariantMap();
    }
    return true;
}

bool OrganiseCommand::matching(AbstractPaperStore &store, const PaperFilter &filter, QVector<qint64> *ids)
{
    *ids = store.paperIds(filter, PaperSort::Date, Qt::AscendingOrder);
    if (!ids->isEmpty())
        return true;
    failed(store.lastError().isEmpty() ? tr("no paper matches the filters: nothing changed")
                                       : store.lastError());
    return false;
}

int OrganiseCommand::run(AbstractPaperStore &store, const QString &command, const QStringList &args,
                         const PaperFilter &filter, const QCommandLineParser &parser)
{
    if (command != QStringLiteral("note") && parser.isSet(QStringLiteral("clear")))
        return usage(tr("--clear belongs to note"));
    if (command != QStringLiteral("collection") && parser.isSet(QStringLiteral("parent")))
        return usage(tr("--parent belongs to collection create"));
    if (command == QStringLiteral("search"))
        return CollectionCommand(m_out, m_err).runSearch(store, args, filter);
    // These read too (collection list, a note shown), and refuse writes themselves.
    if (command == QStringLiteral("note"))
        return runNote(store, args, filter, parser.isSet(QStringLiteral("clear")));
    if (command == QStringLiteral("collection"))
        return CollectionCommand(m_out, m_err).runCollection(store, args, filter, parser.value(QStringLiteral("parent")));
    if (store.isReadOnly())
        return failed(CollectionCommand::readOnlyReason(store));
    if (command == QStringLiteral("tag"))
        return runTag(store, args, filter);
    return runMarks(store, command, args, filter);
}

int OrganiseCommand::runTag(AbstractPaperStore &store, const QStringList &args, const PaperFilter &filter)
{
    if (args.size() != 2 || (args.at(0) != QStringLiteral("add") && args.at(0) != QStringLiteral("remove")))
        return usage(tr("usage: tag add|remove TAG [FILTERS]"));
    const QString tag = args.at(1).simplified();
    if (tag.isEmpty())
        return usage(tr("a tag needs a name"));
    QVector<qint64> ids;
    if (!matching(store, filter, &ids))
        return 1;
    OrganiseStore org(store);
    const bool add = args.at(0) == QStringLiteral("add");
    const int changed = add ? org.addTag(tag, ids) : org.removeTag(tag, ids);
    if (changed < 0)
        return failed(org.error());
    m_out << (add ? tr("tagged %1 of %2 matching papers with '%3'") : tr("took '%3' off %1 of %2 matching papers"))
                     .arg(changed).arg(ids.size()).arg(tag)
          << "\n";
    return 0;
}

int OrganiseCommand::runMarks(AbstractPaperStore &store, const QString &command, const QStringList &args,
                              const PaperFilter &filter)
{
    const bool mark = command == QStringLiteral("mark");
    if (mark && (args.size() != 1 || !stateNames.contains(args.at(0))))
        return usage(tr("usage: mark unread|reading|read [FILTERS]"));
    if (!mark && !args.isEmpty())
        return usage(tr("%1 takes no arguments, only filters: '%2'").arg(command, args.at(0)));
    QVector<qint64> ids;
    if (!matching(store, filter, &ids))
        return 1;
    OrganiseStore org(store);
    const int changed = mark ? org.setState(ids, int(stateNames.indexOf(args.at(0))))
                             : org.setStarred(ids, command == QStringLiteral("star"));
    if (changed < 0)
        return failed(org.error());
    if (mark)
        m_out << tr("marked %1 of %2 matching papers %3").arg(changed).arg(ids.size()).arg(args.at(0)) << "\n";
    else if (command == QStringLiteral("star"))
        m_out << tr("starred %1 of %2 matching papers").arg(changed).arg(ids.size()) << "\n";
    else
        m_out << tr("unstarred %1 of %2 matching papers").arg(changed).arg(ids.size()) << "\n";
    return 0;
}

int OrganiseCommand::runNote(AbstractPaperStore &store, const QStringList &args, const PaperFilter &filter, bool clear)
{
    if (filter.keys.size() != 1)
        return usage(tr("usage: note --key KEY [TEXT | --clear]"));
    if (clear && !args.isEmpty())
        return usage(tr("note takes a TEXT or --clear, not both"));
    QVector<qint64> ids;
    if (!matching(store, filter, &ids))
        return 1;
    OrganiseStore org(store);
    if (args.isEmpty() && !clear) {
        const QString note = org.marks(ids.first()).note;
        if (!note.isEmpty())
            m_out << note << "\n";
        return 0;
    }
    if (store.isReadOnly())
        return failed(CollectionCommand::readOnlyReason(store));
    const int changed = org.setNote(ids.first(), clear ? QString() : args.join(QLatin1Char(' ')));
    if (changed < 0)
        return failed(org.error());
    m_out << (clear ? tr("cleared the note of %1").arg(filter.keys.first())
                    : tr("noted %1").arg(filter.keys.first()))
          << "\n";
    return 0;
}

QHash<qint64, PaperMarks> OrganiseCommand::marksOf(AbstractPaperStore *store, const QVector<PaperRecord> &rows)
{
    if (!store)
        return {};
    QVector<qint64> ids;
    ids.reserve(rows.size());
    for (const PaperRecord &p : rows)
        ids << p.id;
    return OrganiseStore(*store).marks(ids);
}

void OrganiseCommand::addStats(AbstractPaperStore *store, const PaperFilter &filter, QJsonObject *stats)
{
    if (!store)
        return;
    const OrganiseCounts counts(*store);
    stats->insert(QStringLiteral("by_tag"), MarksJson::counts(counts.counts(OrganiseFacet::Tag, filter)));
    stats->insert(QStringLiteral("by_state"), MarksJson::counts(counts.counts(OrganiseFacet::State, filter)));
    const QVector<FacetCount> starred = counts.counts(OrganiseFacet::Starred, filter);
    stats->insert(QStringLiteral("starred"), starred.isEmpty() ? 0 : starred.first().count);
}

QString OrganiseCommand::statsText(AbstractPaperStore *store, const PaperFilter &filter)
{
    if (!store)
        return QString();
    const OrganiseCounts counts(*store);
    return TextReport::facetBlock(QStringLiteral("by tag"), counts.counts(OrganiseFacet::Tag, filter))
        + TextReport::facetBlock(QStringLiteral("by state"), counts.counts(OrganiseFacet::State, filter));
}
