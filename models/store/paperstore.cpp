#include "paperstore.h"

#include "bibpreambles.h"
#include "exportmarks.h"
#include "importbatchtransaction.h"
#include "storearxiv.h"
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

namespace {

QAtomicInt connectionCounter;

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

StoreIndex *PaperStore::enableIndex()
{
    if (!m_index && isOpen())
        m_index = std::make_unique<StoreIndex>(m_db);
    return m_index.get();
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
