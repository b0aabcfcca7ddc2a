#pragma once
// The store side of a batch import (ImportBatch): one open write
// transaction for many profiles, each still landing whole or not at all:
// a profile the store refuses takes the transaction back, and ImportBatch
// imports the earlier ones again (see importWith). The index and full-text pages are then written
// once per batch instead of once per file, which is most of an import's
// time with thousands of files; the full-text index of the batch's new
// papers is filled in one statement at each commit (BatchFullText). One ImportTransaction serves the whole
// batch (prepared statements and looked-up ids reused). Owned by PaperStore
// between beginImportBatch() and commitImportBatch(); destroying it rolls
// back what was not committed, so a crash or a kill leaves the store as it
// was at the last commit.

#include "batchfulltext.h"
#include "importoutcome.h"
#include "importprogress.h"
#include "paperrecord.h"

#include <QSqlDatabase>
#include <QString>

#include <functional>
#include <memory>

class ImportTransaction;

class ImportBatchTransaction
{
public:
    explicit ImportBatchTransaction(QSqlDatabase db);
    ~ImportBatchTransaction();
    ImportBatchTransaction(const ImportBatchTransaction &) = delete;
    ImportBatchTransaction &operator=(const ImportBatchTransaction &) = delete;

    bool begin(QString *error);
    ImportOutcome import(const ProfileRecord &profile, const ImportProgress &progress = {});
    // The same for any run of the batch's ImportTransaction (a chunked .bib file: runChunks).
    ImportOutcome importWith(const std::function<bool(ImportTransaction &, ImportOutcome *)> &run);
    // Commits what is open and lets a writer that waits in; the next
    // transaction begins with the next import (begin()). reopen: the batch
    // goes on. True when everything imported since begin() is stored: a
    // store that is busy afterwards is the next profile's failure.
    bool commit(bool reopen, QString *error);
    void rollback();
    // After a failure took earlier files back: until the next commit each
    // file has a savepoint (they are being imported again), and imports ask
    // no progress (Cancel stopped the failed file, not these).
    bool replaying() const { return m_replaying; }
    // A chunked file (a large .bib) holds the page cache to kib until the
    // next commit or rollback: the full-text fill at the commit grew it to
    // the batch's 64 MiB (about 30 MB of such an import's peak memory).
    void holdCacheUntilCommit(int kib);

    // The page cache while a batch is open: the indexes of a large store are
    // updated all over, and a cache that holds more of them writes less.
    static constexpr int cacheKiB = 65536;

private:
    void releaseCache();
    bool exec(const QString &sql, QString *error);

    QSqlDatabase m_db;
    std::unique_ptr<ImportTransaction> m_tx;
    bool m_open = false;
    int m_held = 0; // files imported in the open transaction
    bool m_replaying = false;
    BatchFullText m_fullText;
    QString m_cacheSize; // the connection's own, put back at the end
    bool m_cacheHeld = false; // holdCacheUntilCommit() until the next commit
    // The same for temp_store: FILE while the batch is open. Each profile's
    // savepoint copies the pages it changes; in memory SQLite keeps that copy
    // in 1 KB pieces, each a malloc and a free (about 5% of a large import's
    // CPU), in a file 64 KB in memory and the rest in the OS's cache.
    QString m_tempStore;
};
