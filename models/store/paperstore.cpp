#include "paperstore.h"

#include "bibpreambles.h"
#include "exportmarks.h"
#include "filtersql.h"
#include "importbatchtransaction.h"
#include "importtransaction.h"
#include "paperrows.h"
#include "storearxiv.h"
#include "storecounts.h"
#include "storefault.h"
#include "storeopener.h"
#include "storeremoval.h"
#include "storeindex.h"
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

QString orderBy(PaperSort sort, Qt::SortOrder order)
{
    return FilterSql::orderBy(sort, order); // shared with PaperIndexLoader
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
    m_readOnly = false;
    m_openNotice.clear();
    const bool inMemory = path == QStringLiteral(":memory:");
    if (!inMemory) {
        const QFileInfo info(path);
        if (!QDir().mkpath(info.absolutePath()))
            return fail(tr("cannot create the folder %1").arg(info.absolutePath()), QString());
    }
    // Damaged, read-only, busy, foreign and too-new files (storeopener.h).
    const StoreOpener::Plan plan = StoreOpener::prepare(path);
    if (!plan.ok)
        return fail(plan.error, QString());
    m_readOnly = plan.readOnly;
    m_openNotice = plan.notice;
    m_db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connectionName);
    m_db.setDatabaseName(plan.databaseName);
    m_db.setConnectOptions(plan.connectOptions);
    if (!m_db.open())
        return fail(tr("cannot open the store %1").arg(path), m_db.lastError().text());
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
            return fail(tr("cannot set up the store %1").arg(path), q.lastError().text());
    }
    if (!inMemory && !m_readOnly && (!q.exec(QStringLiteral("PRAGMA journal_mode = WAL")) || !q.next()))
        return fail(tr("%1 is not a Paperscope store").arg(path), q.lastError().text());
    q.finish();
    QString error;
    // Two processes creating (or upgrading) one store at once: the loser's
    // step fails on the winner's tables, and a second look finds it done.
    bool migrated = m_readOnly;
    for (int attempt = 0; attempt < 3 && !migrated; ++attempt)
        migrated = StoreSchema::migrate(m_db, &(error = QString()));
    if (!migrated) {
        const QString reason = tr("cannot prepare the store %1").arg(path);
        close();
        return fail(reason, error);
    }
    return true;
}

void PaperStore::close()
{
    m_batch.reset(); // rolls back what was not committed
    m_index.reset();
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

StoreArxiv PaperStore::arxiv() const
{
    return StoreArxiv(m_db);
}

QString PaperStore::sqliteVersion() const
{
    QSqlQuery q(m_db);
    if (q.exec(QStringLiteral("SELECT sqlite_version()")) && q.next())
        return q.value(0).toString();
    return QString();
}

QString PaperStore::engineVersion() const
{
    return QStringLiteral("SQLite ") + sqliteVersion();
}

ImportOutcome PaperStore::importProfile(const ProfileRecord &profile)
{
    return importWith([&](ImportTransaction &tx, ImportOutcome *outcome) {
        return tx.run(profile, outcome, importProgress());
    });
}

ImportOutcome PaperStore::importProfileChunks(const ProfileRecord &header, const PaperChunks &next)
{
    if (m_batch) // the commit's full-text fill too
        m_batch->holdCacheUntilCommit(ImportTransaction::chunksCacheKiB);
    return importWith([&](ImportTransaction &tx, ImportOutcome *outcome) {
        return tx.runChunks(header, next, outcome, importProgress());
    });
}

// A batch importing its files again after a failure asks no progress (see
// ImportBatchTransaction::replaying).
ImportProgress PaperStore::importProgress() const
{
    return m_batch && m_batch->replaying() ? ImportProgress() : m_importProgress;
}

// In the batch's transaction when one is open,
// else in a transaction of its own.
ImportOutcome PaperStore::importWith(const std::function<bool(ImportTransaction &, ImportOutcome *)> &run)
{
    if (m_batch)
        return m_batch->importWith(run);
    ImportOutcome outcome;
    QString busy;
    if (!StoreFault::beginWrite(m_db, &busy)) {
        outcome.error = tr("nothing was imported: %1").arg(busy);
        return outcome;
    }
    ImportTransaction tx(m_db);
    if (!run(tx, &outcome) || !m_db.commit()) {
        const QString error = tx.error().isEmpty() ? m_db.lastError().text() : tx.error();
        m_db.rollback();
        ImportOutcome failed;
        failed.error = tr("nothing was imported: %1").arg(StoreFault::explain(error));
        return failed;
    }
    outcome.ok = true;
    return outcome;
}

StoreIndex *PaperStore::enableIndex()
{
    if (!m_index && isOpen())
        m_index = std::make_unique<StoreIndex>(m_db);
    return m_index.get();
}

bool PaperStore::beginImportBatch()
{
    if (!m_batch)
        m_batch = std::make_unique<ImportBatchTransaction>(m_db);
    return m_batch->begin(&m_lastError);
}

bool PaperStore::commitImportBatch(bool reopen)
{
    const bool ok = !m_batch || m_batch->commit(reopen, &m_lastError);
    if (!reopen || !ok)
        m_batch.reset();
    return ok;
}

void PaperStore::rollbackImportBatch()
{
    m_batch.reset();
}

QVector<PaperRecord> PaperStore::papers(const PaperFilter &filter, PaperSort sort, Qt::SortOrder order,
                                        int offset, int limit) const
{
    QVector<qint64> ids;
    if (m_index && m_index->orderedIds(filter, sort, order, offset, limit, &ids))
        return papersByIds(ids);
    const FilterSql where = FilterSql::build(filter);
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT %1 FROM papers p WHERE %2%3 LIMIT ? OFFSET ?")
                  .arg(PaperRows::columns(), where.where, orderBy(sort, order)));
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
        rows.append(PaperRows::rowToPaper(q));
    return rows;
}

QVector<qint64> PaperStore::paperIds(const PaperFilter &filter, PaperSort sort, Qt::SortOrder order) const
{
    QVector<qint64> indexed;
    if (m_index && m_index->orderedIds(filter, sort, order, 0, -1, &indexed))
        return indexed;
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
    const PaperRows rows(m_db);
    QVector<PaperRecord> found = rows.byIds(ids);
    if (!rows.error().isEmpty())
        m_lastError = rows.error();
    return found;
}

int PaperStore::paperCount(const PaperFilter &filter) const
{
    int indexed = 0;
    if (m_index && m_index->count(filter, &indexed))
        return indexed;
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
    const PaperRows rows(m_db);
    rows.fillProfiles(papers);
    if (!rows.error().isEmpty())
        m_lastError = rows.error();
}

QVector<FacetCount> PaperStore::facetCounts(Facet facet, const PaperFilter &filter, bool excludeOwnFacet) const
{
    QVector<FacetCount> indexed;
    if (m_index && m_index->facetCounts(facet, filter, excludeOwnFacet, &indexed))
        return indexed;
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

QVector<YearCount> PaperStore::yearCategoryCounts(const PaperFilter &filter) const
{
    QVector<YearCount> indexed;
    if (m_index && m_index->yearCategoryCounts(filter, &indexed))
        return indexed;
    return StoreCounts(m_db).yearCategory(filter, &m_lastError);
}

QVector<YearCount> PaperStore::profileYearCounts(const PaperFilter &filter, const QStringList &profiles) const
{
    QVector<YearCount> indexed;
    if (m_index && m_index->profileYearCounts(filter, profiles, &indexed))
        return indexed;
    return StoreCounts(m_db).profileYear(filter, profiles, &m_lastError);
}

QVector<FacetCount> PaperStore::bibFacetCounts(BibFacet facet, const PaperFilter &filter, bool excludeOwnFacet) const
{
    QVector<FacetCount> indexed;
    if (m_index && m_index->bibFacetCounts(facet, filter, excludeOwnFacet, &indexed))
        return indexed;
    return StoreCounts(m_db).bibFacet(facet, filter, excludeOwnFacet, &m_lastError);
}

QVector<ProfileRecord> PaperStore::profiles() const
{
    const PaperRows rows(m_db);
    QVector<ProfileRecord> found = rows.profiles();
    if (!rows.error().isEmpty())
        m_lastError = rows.error();
    return found;
}

template<typename Work>
static RemovedPapers inTransaction(QSqlDatabase &db, QString &lastError, Work work)
{
    RemovedPapers removed;
    if (!StoreFault::beginWrite(db, &lastError))
        return RemovedPapers();
    StoreRemoval removal(db);
    if (!work(removal, &removed) || !db.commit()) {
        lastError = StoreFault::explain(removal.error().isEmpty() ? db.lastError().text() : removal.error());
        db.rollback();
        return RemovedPapers();
    }
    return removed;
}

RemovedPapers PaperStore::removePapers(const QVector<qint64> &ids)
{
    return inTransaction(m_db, m_lastError, [&](StoreRemoval &r, RemovedPapers *out) {
        return r.removePapers(ids, out);
    });
}

RemovedPapers PaperStore::removeProfile(const QString &name)
{
    return inTransaction(m_db, m_lastError, [&](StoreRemoval &r, RemovedPapers *out) {
        return r.removeProfile(name, out);
    });
}

bool PaperStore::restore(const RemovedPapers &removed)
{
    if (!StoreFault::beginWrite(m_db, &m_lastError))
        return false;
    StoreRemoval removal(m_db);
    if (!removal.restore(removed) || !m_db.commit()) {
        m_lastError = removal.error().isEmpty() ? m_db.lastError().text() : removal.error();
        m_db.rollback();
        return false;
    }
    return true;
}

QByteArray PaperStore::cachedArxivReply(const QString &query, qint64 maxAgeSeconds) const
{
    const StoreArxiv arxiv(m_db);
    const QByteArray reply = arxiv.cachedReply(query, maxAgeSeconds);
    m_lastError = arxiv.error();
    return reply;
}

bool PaperStore::cacheArxivReply(const QString &query, const QByteArray &reply, qint64 maxAgeSeconds,
                                 qint64 fetchedAt)
{
    StoreArxiv arxiv(m_db);
    const bool ok = arxiv.cacheReply(query, reply, maxAgeSeconds, fetchedAt);
    m_lastError = ok ? QString() : arxiv.error();
    return ok;
}

bool PaperStore::applyArxivMatch(qint64 paperId, const ArxivEntry &entry, const QString &absUrl,
                                 const QString &pdfUrl)
{
    StoreArxiv arxiv(m_db);
    const bool ok = arxiv.applyMatch(paperId, entry, absUrl, pdfUrl);
    m_lastError = ok ? QString() : arxiv.error();
    return ok;
}

QVector<qint64> PaperStore::idsWithoutArxiv(const PaperFilter &filter) const
{
    const StoreArxiv arxiv(m_db);
    const QVector<qint64> ids = arxiv.idsWithoutArxiv(filter);
    m_lastError = arxiv.error();
    return ids;
}

QHash<qint64, PaperMarks> PaperStore::exportMarks(const QVector<qint64> &ids) const
{
    m_lastError.clear();
    return ExportMarks::read(m_db, ids, &m_lastError);
}

QStringList PaperStore::bibPreambles() const
{
    m_lastError.clear();
    return BibPreambles::read(m_db, &m_lastError);
}
