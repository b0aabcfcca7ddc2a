#include "paperindexloader.h"

#include "filtersql.h"
#include "textidlookup.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <algorithm>

// "12,7,9" (group_concat cast to a BLOB: the bytes as SQLite has them,
// without a UTF-16 copy of a string that may hold a million ids).
QVector<quint32> PaperIndexLoader::parseIds(const QVariant &list, quint32 limit)
{
    const QByteArray bytes = list.toByteArray();
    QVector<quint32> ids;
    ids.reserve(int(std::count(bytes.cbegin(), bytes.cend(), ',') + 1)); // exact: these are kept
    quint64 value = 0;
    bool digits = false;
    for (const char c : bytes) {
        if (c >= '0' && c <= '9') {
            value = value * 10 + quint64(c - '0');
            digits = true;
            continue;
        }
        if (digits && value < limit)
            ids.append(quint32(value));
        value = 0;
        digits = false;
    }
    if (digits && value < limit)
        ids.append(quint32(value));
    return ids;
}

PaperIndexLoader::Generation PaperIndexLoader::generation()
{
    Generation g;
    QSqlQuery q(m_db);
    if (q.exec(QStringLiteral("PRAGMA data_version")) && q.next())
        g.dataVersion = q.value(0).toLongLong();
    if (q.exec(QStringLiteral("SELECT total_changes()")) && q.next())
        g.changes = q.value(0).toLongLong();
    return g;
}

void PaperIndexLoader::prepareReader()
{
    TextIdLookup(m_db).prepare(); // a table of its own, before the connection turns read-only
    QSqlQuery q(m_db);
    q.exec(QStringLiteral("PRAGMA cache_size = -4000"));
    q.exec(QStringLiteral("PRAGMA query_only = 1"));
}

bool PaperIndexLoader::hasFewerPapersThan(int n)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT COUNT(*) FROM (SELECT 1 FROM papers LIMIT ?)"));
    q.bindValue(0, n);
    return q.exec() && q.next() && q.value(0).toInt() < n;
}

bool PaperIndexLoader::load(PaperIndex *index, const QVector<PaperSort> &orders, const std::atomic<bool> *cancel,
                            QString *error)
{
    const auto cancelled = [cancel] { return cancel && cancel->load(); };
    // One snapshot for every query below.
    if (!m_db.transaction()) {
        *error = m_db.lastError().text();
        return false;
    }
    struct Finish
    {
        QSqlDatabase &db;
        ~Finish() { db.commit(); }
    } finish{m_db};

    PaperIndex built;
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    const auto fail = [&] {
        *error = q.lastError().text();
        return false;
    };
    if (!q.exec(QStringLiteral("SELECT COALESCE(MAX(id), 0), COUNT(*) FROM papers")) || !q.next())
        return fail();
    const qint64 maxId = q.value(0).toLongLong();
    const qint64 papers = q.value(1).toLongLong();
    q.finish();
    if (maxId < 0 || maxId >= 0x7FFFFFFF || maxId > 4 * papers + 1000000) {
        *error = QStringLiteral("paper ids too sparse for the index");
        return false;
    }
    const quint32 limit = quint32(maxId + 1);
    built.reset(limit);

    // Served by the covering index on (category, year) when the schema has it.
    if (!q.exec(QStringLiteral("SELECT category, year, CAST(group_concat(id) AS BLOB) FROM papers GROUP BY category, year")))
        return fail();
    while (q.next()) {
        if (!built.addPapers(q.value(0).toString(), q.value(1).toInt(), parseIds(q.value(2), limit))) {
            *error = QStringLiteral("papers that do not fit the index");
            return false;
        }
    }
    q.finish();
    const struct
    {
        quint8 flag;
        const char *where;
    } flags[] = {{PaperIndex::Code, "has_code = 1"}, {PaperIndex::Arxiv, "arxiv_id IS NOT NULL"}};
    for (const auto &f : flags) {
        if (!q.exec(QStringLiteral("SELECT CAST(group_concat(id) AS BLOB) FROM papers WHERE %1").arg(QLatin1String(f.where))))
            return fail();
        if (q.next())
            built.setFlag(f.flag, parseIds(q.value(0), limit));
        q.finish();
    }
    if (cancelled())
        return false;

    if (!q.exec(QStringLiteral("SELECT a.slug, CAST(group_concat(pa.paper_id) AS BLOB) FROM paper_affiliations pa"
                               " JOIN affiliations a ON a.id = pa.affiliation_id GROUP BY a.id")))
        return fail();
    while (q.next())
        built.setAffiliation(q.value(0).toString(), parseIds(q.value(1), limit));
    q.finish();
    if (!q.exec(QStringLiteral("SELECT pr.name, CAST(group_concat(pp.paper_id) AS BLOB) FROM profile_papers pp"
                               " JOIN profiles pr ON pr.id = pp.profile_id GROUP BY pr.id")))
        return fail();
    while (q.next())
        built.setProfile(q.value(0).toString(), parseIds(q.value(1), limit));
    q.finish();

    if (cancelled() || !loadOrganise(&built, limit, error) || !loadBib(&built, limit, error))
        return false;

    for (PaperSort sort : orders) {
        if (cancelled() || !loadOrder(&built, sort, error))
            return false;
    }
    built.finish();
    *index = std::move(built);
    return true;
}

bool PaperIndexLoader::loadOrders(PaperIndex *index, const QVector<PaperSort> &orders, QString *error)
{
    if (!m_db.transaction()) {
        *error = m_db.lastError().text();
        return false;
    }
    PaperIndex copy = *index; // shares the arrays
    bool ok = true;
    for (PaperSort sort : orders)
        ok = ok && loadOrder(&copy, sort, error);
    m_db.commit();
    if (ok)
        *index = std::move(copy);
    return ok;
}

// Streamed in order: group_concat does not promise to keep it.
bool PaperIndexLoader::loadOrder(PaperIndex *index, PaperSort sort, QString *error)
{
    if (PaperIndex::isDerivedOrder(sort))
        return true; // the index sorts these itself
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT p.id FROM papers p%1").arg(FilterSql::orderBy(sort, Qt::AscendingOrder)))) {
        *error = q.lastError().text();
        return false;
    }
    QVector<quint32> ids;
    ids.reserve(index->paperCount());
    while (q.next())
        ids.append(quint32(q.value(0).toLongLong()));
    if (ids.size() != index->paperCount()) {
        *error = QStringLiteral("the papers changed while the index was read");
        return false;
    }
    index->setOrder(sort, std::move(ids));
    return true;
}

bool PaperIndexLoader::textMatches(const QString &ftsQuery, PaperIndex::IdBits *matches, QString *error)
{
    return TextIdLookup(m_db).find(ftsQuery, matches, nullptr, error);
}

// What a user decided, by paper id (it is kept by normalised title).
bool PaperIndexLoader::loadOrganise(PaperIndex *index, quint32 limit, QString *error)
{
    OrganiseIndex &organise = index->organise();
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    const auto fail = [&] {
        *error = q.lastError().text();
        return false;
    };
    const struct
    {
        quint8 mark;
        const char *where;
    } marks[] = {{OrganiseIndex::Starred, "m.starred = 1"}, {OrganiseIndex::Reading, "m.state = 1"},
                 {OrganiseIndex::Read, "m.state = 2"}};
    for (const auto &m : marks) {
        if (!q.exec(QStringLiteral("SELECT CAST(group_concat(p.id) AS BLOB) FROM paper_marks m"
                                   " JOIN papers p ON p.norm_title = m.norm_title WHERE %1").arg(QLatin1String(m.where))))
            return fail();
        if (q.next())
            organise.setMarks(m.mark, parseIds(q.value(0), limit));
        q.finish();
    }
    if (!q.exec(QStringLiteral("SELECT t.name, CAST(group_concat(p.id) AS BLOB) FROM tags t"
                               " JOIN paper_tags pt ON pt.tag_id = t.id JOIN papers p ON p.norm_title = pt.norm_title"
                               " GROUP BY t.id")))
        return fail();
    while (q.next())
        organise.setTag(q.value(0).toString(), parseIds(q.value(1), limit));
    q.finish();
    if (!q.exec(QStringLiteral("SELECT c.id, c.name, c.parent_id, CAST(group_concat(p.id) AS BLOB) FROM collections c"
                               " LEFT JOIN collection_papers cp ON cp.collection_id = c.id"
                               " LEFT JOIN papers p ON p.norm_title = cp.norm_title GROUP BY c.id")))
        return fail();
    while (q.next()) {
        organise.setCollection(q.value(0).toLongLong(), q.value(1).toString(),
                               q.value(2).isNull() ? -1 : q.value(2).toLongLong(), parseIds(q.value(3), limit));
    }
    q.finish();
    return true;
}

// The .bib papers' entry types and venues (each spelling of a venue on its
// own: BibIndex groups them as NOCASE does). Along papers_entry_type and
// papers_venue, so a store of profiles only reads nothing.
bool PaperIndexLoader::loadBib(PaperIndex *index, quint32 limit, QString *error)
{
    BibIndex &bib = index->bib();
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT entry_type, CAST(group_concat(id) AS BLOB) FROM papers"
                               " WHERE entry_type > '' GROUP BY entry_type"))) {
        *error = q.lastError().text();
        return false;
    }
    while (q.next())
        bib.setEntryType(q.value(0).toString(), parseIds(q.value(1), limit));
    q.finish();
    if (!q.exec(QStringLiteral("SELECT venue, CAST(group_concat(id) AS BLOB) FROM papers"
                               " WHERE venue COLLATE NOCASE > '' GROUP BY venue"))) {
        *error = q.lastError().text();
        return false;
    }
    while (q.next())
        bib.setVenue(q.value(0).toString(), parseIds(q.value(1), limit));
    q.finish();
    return true;
}
