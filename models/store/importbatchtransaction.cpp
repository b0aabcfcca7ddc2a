#include "importbatchtransaction.h"

#include "importtransaction.h"
#include "storefault.h"
#include "writerturn.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>

ImportBatchTransaction::ImportBatchTransaction(QSqlDatabase db) : m_db(db), m_fullText(db)
{
    QSqlQuery q(m_db);
    if (q.exec(QStringLiteral("PRAGMA cache_size")) && q.next()) {
        m_cacheSize = q.value(0).toString();
        q.finish();
        q.exec(QStringLiteral("PRAGMA cache_size = -%1").arg(cacheKiB));
    }
    if (q.exec(QStringLiteral("PRAGMA temp_store")) && q.next()) {
        m_tempStore = q.value(0).toString();
        q.finish();
        q.exec(QStringLiteral("PRAGMA temp_store = FILE"));
    }
}

ImportBatchTransaction::~ImportBatchTransaction()
{
    rollback();
    m_tx.reset();
    if (!m_cacheSize.isEmpty())
        QSqlQuery(m_db).exec(QStringLiteral("PRAGMA cache_size = %1").arg(m_cacheSize));
    if (!m_tempStore.isEmpty())
        QSqlQuery(m_db).exec(QStringLiteral("PRAGMA temp_store = %1").arg(m_tempStore));
}

bool ImportBatchTransaction::exec(const QString &sql, QString *error)
{
    QSqlQuery q(m_db);
    if (q.exec(sql))
        return true;
    if (error)
        *error = StoreFault::explain(q.lastError().text());
    return false;
}

bool ImportBatchTransaction::begin(QString *error)
{
    if (m_open)
        return true;
    if (!StoreFault::beginWrite(m_db, error))
        return false;
    QString failure;
    if (!m_fullText.suspend(&failure)) {
        if (error)
            *error = StoreFault::explain(failure);
        m_db.rollback();
        return false;
    }
    m_open = true;
    m_held = 0;
    if (!m_tx)
        m_tx = std::make_unique<ImportTransaction>(m_db);
    m_tx->setRowAtATime(m_fullText.suspended());
    return true;
}

ImportOutcome ImportBatchTransaction::import(const ProfileRecord &profile, const ImportProgress &progress)
{
    return importWith([&](ImportTransaction &tx, ImportOutcome *outcome) { return tx.run(profile, outcome, progress); });
}

// Files go in without a savepoint: a savepoint copies every page the file
// changes before changing it (about a tenth of a large import's time went
// to those copies; a 100k-entry .bib file: over 2 GB through the temporary
// file). When a file fails (refused by the store, cancelled, an SQL error),
// the whole transaction goes back; if it held earlier files, the outcome
// says so (batchRolledBack) and ImportBatch imports them again, each then
// with a savepoint of its own (replaying() until the next commit), so
// that one failing file goes back alone as before.
ImportOutcome ImportBatchTransaction::importWith(const std::function<bool(ImportTransaction &, ImportOutcome *)> &run)
{
    ImportOutcome outcome;
    QString error;
    if (!begin(&error)) {
        outcome.error = QCoreApplication::translate("PaperStore", "nothing was imported: %1").arg(error);
        return outcome;
    }
    const bool savepoint = m_replaying && m_held > 0;
    if (savepoint && !exec(QStringLiteral("SAVEPOINT import_profile"), &error)) {
        outcome.error = QCoreApplication::translate("PaperStore", "nothing was imported: %1").arg(error);
        return outcome;
    }
    if (!run(*m_tx, &outcome) || (savepoint && !exec(QStringLiteral("RELEASE import_profile"), &error))) {
        if (error.isEmpty())
            error = StoreFault::explain(m_tx->error().isEmpty() ? m_db.lastError().text() : m_tx->error());
        ImportOutcome failed;
        if (savepoint) {
            exec(QStringLiteral("ROLLBACK TO import_profile"), nullptr);
            exec(QStringLiteral("RELEASE import_profile"), nullptr);
            m_tx->forgetCachedIds(); // ids inserted since the savepoint are gone
        } else {
            failed.batchRolledBack = m_held > 0;
            const bool replay = m_replaying || failed.batchRolledBack;
            rollback(); // the next file begins (and waits its turn) again
            m_replaying = replay;
        }
        failed.error = QCoreApplication::translate("PaperStore", "nothing was imported: %1").arg(error);
        return failed;
    }
    ++m_held;
    outcome.ok = true;
    return outcome;
}

bool ImportBatchTransaction::commit(bool reopen, QString *error)
{
    if (m_tx)
        m_tx->forgetCachedIds();
    Q_UNUSED(reopen) // the next import begins (and waits its turn) by itself
    if (!m_open)
        return true;
    m_open = false;
    m_held = 0;
    m_replaying = false;
    QString failure;
    if (!m_fullText.fill(&failure) || !m_db.commit()) {
        if (error)
            *error = StoreFault::explain(failure.isEmpty() ? m_db.lastError().text() : failure);
        m_db.rollback();
        m_fullText.forget();
        releaseCache();
        return false;
    }
    releaseCache();
    WriterTurn::yieldIfAsked(m_db.databaseName());
    return true;
}

void ImportBatchTransaction::holdCacheUntilCommit(int kib)
{
    if (m_cacheSize.isEmpty()) // the batch's cache was never set
        return;
    QSqlQuery(m_db).exec(QStringLiteral("PRAGMA cache_size = -%1").arg(kib));
    m_cacheHeld = true;
}

void ImportBatchTransaction::releaseCache()
{
    if (!m_cacheHeld)
        return;
    QSqlQuery(m_db).exec(QStringLiteral("PRAGMA cache_size = -%1").arg(cacheKiB));
    m_cacheHeld = false;
}

void ImportBatchTransaction::rollback()
{
    if (m_tx)
        m_tx->forgetCachedIds();
    if (m_open)
        m_db.rollback();
    m_fullText.forget();
    m_open = false;
    m_held = 0;
    m_replaying = false;
    releaseCache();
}
