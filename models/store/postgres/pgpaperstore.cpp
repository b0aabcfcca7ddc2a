#include "pgpaperstore.h"

#include "bibpreambles.h"
#include "exportmarks.h"
#include "filtersql.h"
#include "paperrows.h"
#include "pgchangelog.h"
#include "pgconnection.h"
#include "pgcounts.h"
#include "pgarxiv.h"
#include "pgimport.h"
#include "pgremoval.h"
#include "pgschema.h"
#include "pgpasswords.h"
#include "pgsql.h"

#include <QDateTime>
#include <QSqlQuery>

#include <utility>

namespace {
constexpr auto pg = FilterSql::Dialect::Postgres;
const QString importSavepoint = QStringLiteral("paperscope_import");
} // namespace

PgPaperStore::PgPaperStore() = default;

PgPaperStore::~PgPaperStore()
{
    close();
}

bool PgPaperStore::fail(const QString &error) const
{
    m_lastError = explained(error);
    return false;
}

bool PgPaperStore::isAlive() const
{
    QSqlDatabase db = m_library.database();
    QSqlQuery q(db);
    return m_library.isOpen() && db.isOpen() && q.exec(QStringLiteral("SELECT 1"));
}

QString PgPaperStore::explained(const QString &error) const
{
    if (!m_library.isOpen()) // never connected: open() says why
        return error;
    if (!PgConnection::isLostMessage(error) && !PgConnection::isConnectionLost(m_library.database()))
        return error;
    StoreLocation location;
    QString ignored;
    StoreLocation::parse(m_location, &location, &ignored);
    return PgConnection::lostLine(location);
}

bool PgPaperStore::open(const QString &location)
{
    close();
    m_lastError.clear();
    StoreLocation parsed;
    QString error;
    if (!StoreLocation::parse(location, &parsed, &error) || !parsed.isShared())
        return fail(error.isEmpty() ? tr("'%1' is not a shared library's URL").arg(location) : error);
    if (!m_library.open(parsed, PgPasswords::lookup(parsed)))
        return fail(m_library.lastError());
    m_location = parsed.toString();
    return true;
}

void PgPaperStore::close()
{
    if (m_inBatch)
        rollbackImportBatch();
    m_import.reset();
    m_library.close();
}

QString PgPaperStore::openNotice() const
{
    return m_library.isReadOnly() ? tr("%1 opens read-only: your role may read this library, not change it")
                                        .arg(m_library.title())
                                  : QString();
}

int PgPaperStore::schemaVersion() const
{
    QSqlDatabase db = m_library.database();
    return PgSchema::version(db);
}

QString PgPaperStore::engineVersion() const
{
    const QString version = PgSql::scalar(m_library.database(), QStringLiteral("SHOW server_version")).toString();
    return QStringLiteral("PostgreSQL ") + version.section(QLatin1Char(' '), 0, 0);
}

ImportOutcome PgPaperStore::importProfile(const ProfileRecord &profile)
{
    return importWith([&](PgImport &import, ImportOutcome *outcome) { return import.run(profile, outcome); });
}

ImportOutcome PgPaperStore::importProfileChunks(const ProfileRecord &header, const PaperChunks &next)
{
    return importWith(
        [&](PgImport &import, ImportOutcome *outcome) { return import.runChunks(header, next, outcome); });
}

ImportOutcome PgPaperStore::importWith(const std::function<bool(PgImport &, ImportOutcome *)> &run)
{
    ImportOutcome outcome;
    QSqlDatabase db = m_library.database();
    QSqlQuery q(db);
    QString error;
    const bool own = !m_inBatch;
    if (own && !db.transaction()) {
        outcome.error = explained(db.lastError().text());
        return outcome;
    }
    // Each profile whole or not at all, also inside a batch.
    if (!own && !PgSql::run(q, QStringLiteral("SAVEPOINT ") + importSavepoint, &error)) {
        outcome.error = explained(error);
        return outcome;
    }
    if (!m_import)
        m_import = std::make_unique<PgImport>(db);
    const bool ok = run(*m_import, &outcome);
    if (!ok) {
        outcome = ImportOutcome();
        outcome.error = explained(m_import->error());
        if (own)
            db.rollback();
        else
            PgSql::run(q, QStringLiteral("ROLLBACK TO SAVEPOINT ") + importSavepoint, &error);
        return outcome;
    }
    if (own && outcome.papersAdded > 0 && !PgChangeLog::record(db, QStringLiteral("added"), outcome.papersAdded, &error)) {
        outcome = ImportOutcome();
        outcome.error = explained(error);
        db.rollback();
        return outcome;
    }
    if (!own)
        m_batchAdded += outcome.papersAdded;
    if (own && !db.commit()) {
        outcome = ImportOutcome();
        outcome.error = explained(db.lastError().text());
        db.rollback();
        return outcome;
    }
    if (!own)
        PgSql::run(q, QStringLiteral("RELEASE SAVEPOINT ") + importSavepoint, &error);
    outcome.ok = true;
    return outcome;
}

bool PgPaperStore::beginImportBatch()
{
    if (m_inBatch)
        return true; // as in the SQLite store: commitImportBatch(true) left it open for ImportBatch's next file
    QSqlDatabase db = m_library.database();
    if (!db.transaction())
        return fail(db.lastError().text());
    m_inBatch = true;
    m_batchAdded = 0;
    return true;
}

bool PgPaperStore::commitImportBatch(bool reopen)
{
    QSqlDatabase db = m_library.database();
    m_inBatch = false;
    QString error;
    const int added = std::exchange(m_batchAdded, 0);
    if (added > 0 && !PgChangeLog::record(db, QStringLiteral("added"), added, &error)) {
        fail(error);
        db.rollback();
        return false;
    }
    if (!db.commit()) {
        fail(db.lastError().text());
        db.rollback();
        return false;
    }
    return !reopen || beginImportBatch();
}

void PgPaperStore::rollbackImportBatch()
{
    if (!m_inBatch)
        return;
    m_inBatch = false;
    m_batchAdded = 0;
    m_library.database().rollback();
}

bool PgPaperStore::select(QSqlQuery &q, const QString &sql, const PaperFilter &filter, int skip,
                          const QVariantList &before, const QVariantList &after) const
{
    const FilterSql where = FilterSql::build(filter, FilterSql::Skip(skip), pg);
    QString error;
    q.setForwardOnly(true);
    if (!PgSql::exec(q, sql.arg(where.where), before + where.values + after, &error))
        return fail(error);
    return true;
}

QVector<PaperRecord> PgPaperStore::papers(const PaperFilter &filter, PaperSort sort, Qt::SortOrder order, int offset,
                                          int limit) const
{
    QSqlQuery q(m_library.database());
    QVector<PaperRecord> out;
    // The window's ids first, then its rows: the ids of a filtered page come
    // from the indexes alone (they carry year and category), only its rows
    // are read from the table.
    const QString orderBy = FilterSql::orderBy(sort, order, pg);
    if (!select(q, QStringLiteral("SELECT %1 FROM papers p WHERE p.id IN (SELECT p.id FROM papers p WHERE %2%3"
                                  " LIMIT ? OFFSET ?)%3")
                       .arg(PaperRows::columns(), QStringLiteral("%1"), orderBy),
                filter, 0, {}, {limit, offset}))
        return out;
    while (q.next())
        out.append(PaperRows::rowToPaper(q));
    return out;
}

QVector<qint64> PgPaperStore::paperIds(const PaperFilter &filter, PaperSort sort, Qt::SortOrder order) const
{
    QSqlQuery q(m_library.database());
    QVector<qint64> ids;
    if (select(q, QStringLiteral("SELECT p.id FROM papers p WHERE %1") + FilterSql::orderBy(sort, order, pg), filter, 0)) {
        while (q.next())
            ids << q.value(0).toLongLong();
    }
    return ids;
}

QVector<PaperRecord> PgPaperStore::papersByIds(const QVector<qint64> &ids) const
{
    const PaperRows rows(m_library.database());
    QVector<PaperRecord> out = rows.byIds(ids);
    if (!rows.error().isEmpty())
        m_lastError = rows.error();
    return out;
}

int PgPaperStore::paperCount(const PaperFilter &filter) const
{
    QSqlQuery q(m_library.database());
    return select(q, QStringLiteral("SELECT count(*) FROM papers p WHERE %1"), filter, 0) && q.next()
               ? q.value(0).toInt()
               : 0;
}

PaperRecord PgPaperStore::paper(qint64 id) const
{
    QVector<PaperRecord> found = papersByIds({id});
    if (found.isEmpty())
        return PaperRecord();
    fillProfiles(found);
    return found.first();
}

void PgPaperStore::fillProfiles(QVector<PaperRecord> &papers) const
{
    const PaperRows rows(m_library.database());
    rows.fillProfiles(papers);
    if (!rows.error().isEmpty())
        m_lastError = rows.error();
}

QVector<ProfileRecord> PgPaperStore::profiles() const
{
    const PaperRows rows(m_library.database());
    return rows.profiles();
}

QVector<FacetCount> PgPaperStore::facetCounts(Facet facet, const PaperFilter &filter, bool excludeOwnFacet) const
{
    PgCounts counts(m_library.database());
    const QVector<FacetCount> out = counts.facet(facet, filter, excludeOwnFacet);
    m_lastError = counts.error();
    return out;
}

QVector<YearCount> PgPaperStore::yearCategoryCounts(const PaperFilter &filter) const
{
    PgCounts counts(m_library.database());
    const QVector<YearCount> out = counts.yearCategory(filter);
    m_lastError = counts.error();
    return out;
}

QVector<YearCount> PgPaperStore::profileYearCounts(const PaperFilter &filter, const QStringList &profiles) const
{
    PgCounts counts(m_library.database());
    const QVector<YearCount> out = counts.profileYear(filter, profiles);
    m_lastError = counts.error();
    return out;
}

QVector<FacetCount> PgPaperStore::bibFacetCounts(BibFacet facet, const PaperFilter &filter, bool excludeOwnFacet) const
{
    PgCounts counts(m_library.database());
    const QVector<FacetCount> out = counts.bibFacet(facet, filter, excludeOwnFacet);
    m_lastError = counts.error();
    return out;
}

RemovedPapers PgPaperStore::removePapers(const QVector<qint64> &ids)
{
    PgRemoval removal(m_library.database());
    const RemovedPapers removed = removal.removePapers(ids);
    m_lastError = removal.error();
    return removed;
}

RemovedPapers PgPaperStore::removeProfile(const QString &name)
{
    PgRemoval removal(m_library.database());
    const RemovedPapers removed = removal.removeProfile(name);
    m_lastError = removal.error();
    return removed;
}

bool PgPaperStore::restore(const RemovedPapers &removed)
{
    PgRemoval removal(m_library.database());
    const bool ok = removal.restore(removed);
    m_lastError = removal.error();
    return ok;
}

QByteArray PgPaperStore::cachedArxivReply(const QString &query, qint64 maxAgeSeconds) const
{
    PgArxiv arxiv(m_library.database());
    const QByteArray reply = arxiv.cachedReply(query, maxAgeSeconds);
    m_lastError = arxiv.error();
    return reply;
}

bool PgPaperStore::cacheArxivReply(const QString &query, const QByteArray &reply, qint64 maxAgeSeconds,
                                   qint64 fetchedAt)
{
    PgArxiv arxiv(m_library.database());
    const bool ok = arxiv.cacheReply(query, reply, maxAgeSeconds, fetchedAt);
    m_lastError = arxiv.error();
    return ok;
}

bool PgPaperStore::applyArxivMatch(qint64 paperId, const ArxivEntry &entry, const QString &absUrl, const QString &pdfUrl)
{
    PgArxiv arxiv(m_library.database());
    const bool ok = arxiv.applyMatch(paperId, entry, absUrl, pdfUrl);
    m_lastError = arxiv.error();
    return ok;
}

QVector<qint64> PgPaperStore::idsWithoutArxiv(const PaperFilter &filter) const
{
    PgArxiv arxiv(m_library.database());
    const QVector<qint64> ids = arxiv.idsWithout(filter);
    m_lastError = arxiv.error();
    return ids;
}

QHash<qint64, PaperMarks> PgPaperStore::exportMarks(const QVector<qint64> &ids) const
{
    m_lastError.clear();
    return ExportMarks::read(m_library.database(), ids, &m_lastError);
}

QStringList PgPaperStore::bibPreambles() const
{
    m_lastError.clear();
    return BibPreambles::read(m_library.database(), &m_lastError);
}
