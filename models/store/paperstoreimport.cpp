// PaperStore's imports: a profile or a chunked .bib file in a transaction
// of its own, or in the open batch's (ImportBatchTransaction).
#include "paperstore.h"

#include "importbatchtransaction.h"
#include "importtransaction.h"
#include "storefault.h"

#include <QSqlError>

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
