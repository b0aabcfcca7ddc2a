#include "paperstore.h"

#include "filtersql.h"
#include "importtransaction.h"
#include "storeremoval.h"
#include "storeschema.h"

#include <QAtomicInt>
#include <QDir>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QVariant>

namespace {

QAtomicInt connectionCounter;

const QString rowColumns = QStringLiteral(
    "p.id, p.title, p.date, p.category, p.has_code, p.abstract, p.citation_key, p.arxiv_id, p.doi,"
    " p.url, p.authors_truncated, p.authors_text, p.affiliations_text");

QStringList splitList(const QString &joined)
{
    return joined.isEmpty() ? QStringList() : joined.split(QStringLiteral(", "));
}

PaperRecord rowToPaper(const QSqlQuery &q)
{
    PaperRecord p;
    p.id = q.value(0).toLongLong();
    p.title = q.value(1).toString();
    p.date = QDate::fromString(q.value(2).toString(), QStringLiteral("yyyy-MM-dd"));
    p.category = q.value(3).toString();
    p.hasCode = q.value(4).toBool();
    p.abstract = q.value(5).toString();
    p.citationKey = q.value(6).toString();
    p.arxivId = q.value(7).toString();
    p.doi = q.value(8).toString();
    p.url = q.value(9).toString();
    p.authorsTruncated = q.value(10).toBool();
    p.authors = splitList(q.value(11).toString());
    p.affiliations = splitList(q.value(12).toString());
    return p;
}

QString orderBy(PaperSort sort, Qt::SortOrder order)
{
    const QString dir = order == Qt::AscendingOrder ? QStringLiteral("ASC") : QStringLiteral("DESC");
    QString column;
    switch (sort) {
    case PaperSort::Title: column = QStringLiteral("p.title COLLATE NOCASE"); break;
    case PaperSort::FirstAuthor: column = QStringLiteral("p.first_author COLLATE NOCASE"); break;
    case PaperSort::Year: column = QStringLiteral("p.year"); break;
    case PaperSort::Category: column = QStringLiteral("p.category"); break;
    case PaperSort::Affiliations: column = QStringLiteral("p.affiliations_text COLLATE NOCASE"); break;
    case PaperSort::Code: column = QStringLiteral("p.has_code"); break;
    case PaperSort::Date: column = QStringLiteral("p.date"); break;
    }
    return QStringLiteral(" ORDER BY %1 %2, p.id %2").arg(column, dir);
}

void bindAll(QSqlQuery &q, const QVariantList &values)
{
    for (int i = 0; i < values.size(); ++i)
        q.bindValue(i, values.at(i));
}

} // namespace

PaperStore::PaperStore()
    : m_connectionName(QStringLiteral("paperstore-%1").arg(connectionCounter.fetchAndAddRelaxed(1)))
{
}

PaperStore::~PaperStore()
{
    close();
}

QString PaperStore::defaultPath()
{
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    return QDir(dir).filePath(QStringLiteral("papers.sqlite"));
}

bool PaperStore::fail(const QString &what, const QString &detail)
{
    m_lastError = detail.isEmpty() ? what : QStringLiteral("%1: %2").arg(what, detail);
    return false;
}

bool PaperStore::open(const QString &path)
{
    close();
    m_lastError.clear();
    const bool inMemory = path == QStringLiteral(":memory:");
    if (!inMemory) {
        const QFileInfo info(path);
        if (!QDir().mkpath(info.absolutePath()))
            return fail(QStringLiteral("cannot create the folder %1").arg(info.absolutePath()), QString());
    }
    m_db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connectionName);
    m_db.setDatabaseName(path);
    m_db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
    if (!m_db.open())
        return fail(QStringLiteral("cannot open the store %1").arg(path), m_db.lastError().text());
    m_path = path;
    QSqlQuery q(m_db);
    const QStringList pragmas = {
        QStringLiteral("PRAGMA foreign_keys = ON"),
        QStringLiteral("PRAGMA synchronous = NORMAL"),
        QStringLiteral("PRAGMA temp_store = MEMORY"),
        QStringLiteral("PRAGMA cache_size = -32000"),
    };
    for (const QString &pragma : pragmas) {
        if (!q.exec(pragma))
            return fail(QStringLiteral("cannot set up the store %1").arg(path), q.lastError().text());
    }
    if (!inMemory && (!q.exec(QStringLiteral("PRAGMA journal_mode = WAL")) || !q.next()))
        return fail(QStringLiteral("%1 is not a Paperscope store").arg(path), q.lastError().text());
    q.finish();
    QString error;
    if (!StoreSchema::migrate(m_db, &error)) {
        const QString reason = QStringLiteral("cannot prepare the store %1").arg(path);
        close();
        return fail(reason, error);
    }
    return true;
}

void PaperStore::close()
{
    if (!m_db.isValid())
        return;
    m_db.close();
    m_db = QSqlDatabase();
    QSqlDatabase::removeDatabase(m_connectionName);
}

bool PaperStore::isOpen() const
{
    return m_db.isValid() && m_db.isOpen();
}

int PaperStore::schemaVersion() const
{
    return StoreSchema::version(m_db);
}

QString PaperStore::sqliteVersion() const
{
    QSqlQuery q(m_db);
    if (q.exec(QStringLiteral("SELECT sqlite_version()")) && q.next())
        return q.value(0).toString();
    return QString();
}

ImportOutcome PaperStore::importProfile(const ProfileRecord &profile)
{
    ImportOutcome outcome;
    if (!m_db.transaction()) {
        outcome.error = QStringLiteral("the store is busy or read-only: %1").arg(m_db.lastError().text());
        return outcome;
    }
    ImportTransaction tx(m_db);
    if (!tx.run(profile, &outcome) || !m_db.commit()) {
        const QString error = tx.error().isEmpty() ? m_db.lastError().text() : tx.error();
        m_db.rollback();
        ImportOutcome failed;
        failed.error = QStringLiteral("nothing was imported: %1").arg(error);
        return failed;
    }
    outcome.ok = true;
    return outcome;
}

QVector<PaperRecord> PaperStore::papers(const PaperFilter &filter, PaperSort sort, Qt::SortOrder order,
                                        int offset, int limit) const
{
    const FilterSql where = FilterSql::build(filter);
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT %1 FROM papers p WHERE %2%3 LIMIT ? OFFSET ?")
                  .arg(rowColumns, where.where, orderBy(sort, order)));
    bindAll(q, where.values);
    q.bindValue(where.values.size(), limit);
    q.bindValue(where.values.size() + 1, offset);
    QVector<PaperRecord> rows;
    if (!q.exec()) {
        m_lastError = q.lastError().text();
        return rows;
    }
    rows.reserve(limit > 0 ? qMin(limit, 4096) : 0);
    while (q.next())
        rows.append(rowToPaper(q));
    return rows;
}

QVector<qint64> PaperStore::paperIds(const PaperFilter &filter, PaperSort sort, Qt::SortOrder order) const
{
    const FilterSql where = FilterSql::build(filter);
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT p.id FROM papers p WHERE %1%2").arg(where.where, orderBy(sort, order)));
    bindAll(q, where.values);
    QVector<qint64> ids;
    if (!q.exec()) {
        m_lastError = q.lastError().text();
        return ids;
    }
    while (q.next())
        ids.append(q.value(0).toLongLong());
    return ids;
}

QVector<PaperRecord> PaperStore::papersByIds(const QVector<qint64> &ids) const
{
    QHash<qint64, PaperRecord> found;
    constexpr int batch = 500;
    for (int start = 0; start < ids.size(); start += batch) {
        const int n = qMin(batch, int(ids.size()) - start);
        QSqlQuery q(m_db);
        q.setForwardOnly(true);
        q.prepare(QStringLiteral("SELECT %1 FROM papers p WHERE p.id IN (%2)")
                      .arg(rowColumns, FilterSql::placeholders(n)));
        for (int i = 0; i < n; ++i)
            q.bindValue(i, ids.at(start + i));
        if (!q.exec()) {
            m_lastError = q.lastError().text();
            continue;
        }
        while (q.next()) {
            PaperRecord p = rowToPaper(q);
            found.insert(p.id, p);
        }
    }
    QVector<PaperRecord> out;
    out.reserve(ids.size());
    for (qint64 id : ids) {
        if (found.contains(id))
            out.append(found.value(id));
    }
    return out;
}

int PaperStore::paperCount(const PaperFilter &filter) const
{
    const FilterSql where = FilterSql::build(filter);
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT COUNT(*) FROM papers p WHERE %1").arg(where.where));
    bindAll(q, where.values);
    if (!q.exec() || !q.next()) {
        m_lastError = q.lastError().text();
        return 0;
    }
    return q.value(0).toInt();
}

PaperRecord PaperStore::paper(qint64 id) const
{
    QVector<PaperRecord> found = papersByIds({id});
    if (found.isEmpty())
        return PaperRecord();
    fillProfiles(found);
    return found.first();
}

void PaperStore::fillProfiles(QVector<PaperRecord> &papers) const
{
    QHash<qint64, int> indexOf;
    for (int i = 0; i < papers.size(); ++i)
        indexOf.insert(papers.at(i).id, i);
    constexpr int batch = 500;
    for (int start = 0; start < papers.size(); start += batch) {
        const int n = qMin(batch, int(papers.size()) - start);
        QSqlQuery q(m_db);
        q.setForwardOnly(true);
        q.prepare(QStringLiteral("SELECT pp.paper_id, pr.name FROM profile_papers pp"
                                 " JOIN profiles pr ON pr.id = pp.profile_id"
                                 " WHERE pp.paper_id IN (%1) ORDER BY pr.name")
                      .arg(FilterSql::placeholders(n)));
        for (int i = 0; i < n; ++i)
            q.bindValue(i, papers.at(start + i).id);
        if (!q.exec()) {
            m_lastError = q.lastError().text();
            continue;
        }
        while (q.next())
            papers[indexOf.value(q.value(0).toLongLong())].profiles.append(q.value(1).toString());
    }
}

QVector<FacetCount> PaperStore::facetCounts(Facet facet, const PaperFilter &filter, bool excludeOwnFacet) const
{
    FilterSql::Skip skip = FilterSql::Skip::Nothing;
    QString sql;
    switch (facet) {
    case Facet::Category:
        skip = FilterSql::Skip::Categories;
        sql = QStringLiteral("SELECT p.category, COUNT(*) FROM papers p WHERE %1"
                             " GROUP BY p.category ORDER BY 2 DESC, 1");
        break;
    case Facet::Year:
        skip = FilterSql::Skip::Years;
        sql = QStringLiteral("SELECT p.year, COUNT(*) FROM papers p WHERE %1 AND p.year IS NOT NULL"
                             " GROUP BY p.year ORDER BY 1");
        break;
    case Facet::Affiliation:
        skip = FilterSql::Skip::Affiliations;
        sql = QStringLiteral("SELECT a.slug, COUNT(*) FROM paper_affiliations pa"
                             " JOIN affiliations a ON a.id = pa.affiliation_id"
                             " JOIN papers p ON p.id = pa.paper_id WHERE %1"
                             " GROUP BY a.id ORDER BY 2 DESC, 1");
        break;
    case Facet::Profile:
        skip = FilterSql::Skip::Profiles;
        sql = QStringLiteral("SELECT pr.name, COUNT(*) FROM profile_papers pp"
                             " JOIN profiles pr ON pr.id = pp.profile_id"
                             " JOIN papers p ON p.id = pp.paper_id WHERE %1"
                             " GROUP BY pr.id ORDER BY 1");
        break;
    }
    const FilterSql where = FilterSql::build(filter, excludeOwnFacet ? skip : FilterSql::Skip::Nothing);
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(sql.arg(where.where));
    bindAll(q, where.values);
    QVector<FacetCount> counts;
    if (!q.exec()) {
        m_lastError = q.lastError().text();
        return counts;
    }
    while (q.next())
        counts.append({q.value(0).toString(), q.value(1).toInt()});
    return counts;
}

QVector<ProfileRecord> PaperStore::profiles() const
{
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    QVector<ProfileRecord> out;
    if (!q.exec(QStringLiteral(
            "SELECT id, name, primary_category, h_index, paper_count, citations, novelty, ai_score,"
            " source_file, saved_at, imported_at FROM profiles ORDER BY name"))) {
        m_lastError = q.lastError().text();
        return out;
    }
    while (q.next()) {
        ProfileRecord p;
        p.id = q.value(0).toLongLong();
        p.name = q.value(1).toString();
        p.primaryCategory = q.value(2).toString();
        p.hIndex = q.value(3).toInt();
        p.paperCount = q.value(4).toInt();
        p.citations = q.value(5).toInt();
        p.novelty = q.value(6).isNull() ? -1 : q.value(6).toInt();
        p.aiScore = q.value(7).isNull() ? -1 : q.value(7).toInt();
        p.sourceFile = q.value(8).toString();
        p.savedAt = QDateTime::fromString(q.value(9).toString(), Qt::ISODate);
        p.importedAt = QDateTime::fromString(q.value(10).toString(), Qt::ISODate);
        out.append(p);
    }
    return out;
}

template<typename Work>
static RemovedPapers inTransaction(QSqlDatabase &db, QString &lastError, Work work)
{
    RemovedPapers removed;
    if (!db.transaction()) {
        lastError = QStringLiteral("the store is busy or read-only: %1").arg(db.lastError().text());
        return RemovedPapers();
    }
    StoreRemoval removal(db);
    if (!work(removal, &removed) || !db.commit()) {
        lastError = removal.error().isEmpty() ? db.lastError().text() : removal.error();
        db.rollback();
        return RemovedPapers();
    }
    return removed;
}

RemovedPapers PaperStore::removePapers(const QVector<qint64> &ids)
{
    return inTransaction(m_db, m_lastError, [&](StoreRemoval &r, RemovedPapers *out) {
        return r.removePapers(ids, *this, out);
    });
}

RemovedPapers PaperStore::removeProfile(const QString &name)
{
    return inTransaction(m_db, m_lastError, [&](StoreRemoval &r, RemovedPapers *out) {
        return r.removeProfile(name, *this, out);
    });
}

bool PaperStore::restore(const RemovedPapers &removed)
{
    if (!m_db.transaction()) {
        m_lastError = m_db.lastError().text();
        return false;
    }
    StoreRemoval removal(m_db);
    if (!removal.restore(removed) || !m_db.commit()) {
        m_lastError = removal.error().isEmpty() ? m_db.lastError().text() : removal.error();
        m_db.rollback();
        return false;
    }
    return true;
}
