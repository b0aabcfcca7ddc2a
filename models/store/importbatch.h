#pragma once
// Imports many profile files (or texts) through one PaperStore in few
// transactions (PaperStore::beginImportBatch): each file still lands whole
// or not at all, but thousands of files import several times faster than
// with a transaction each. Results reach `committed` in order, and only
// once what they say is in the store. The batch commits about every
// commitIntervalMs (so the window shows progress, and a crash loses at most
// those five seconds' files, each whole) and at finish(). When a commit fails,
// the files since the last commit are reported as not imported, with why.
// Between commits the store is free for another writer: a batch that finds
// it locked waits its turn (StoreFault::beginWrite; a StoreFault::WaitingScope
// hears of it), and two batches take turns five seconds at a time.
// Given the next file, it reads and parses that one on another thread
// while the store writes this one. When the store refuses a file, the
// transaction goes back whole and the batch imports its earlier files
// again (cheaper than a savepoint for every file: see
// ImportBatchTransaction::importWith).

#include "preparedfile.h"
#include "profileimporter.h"

#include <QElapsedTimer>
#include <QVector>

#include <functional>
#include <future>

class ImportBatch
{
public:
    using Report = std::function<void(const FileImportResult &)>;
    static constexpr int commitIntervalMs = 5000;

    ImportBatch(AbstractPaperStore &store, Report committed);
    ~ImportBatch();                               // finish()
    ImportBatch(const ImportBatch &) = delete;
    ImportBatch &operator=(const ImportBatch &) = delete;

    // next: the file that comes after this one, if known (read ahead).
    void importFile(const QString &path, const QString &next = QString());
    void setSkipBad(bool skip) { m_importer.setSkipBad(skip); }
    void importBytes(const QByteArray &bytes, const QString &source, const QDateTime &savedAt);
    // A result that never reached the store (a failed download), reported in order.
    void add(const FileImportResult &result);
    // Commits what is pending and reports it; false when that commit failed.
    bool finish();

private:
    // How to import a pending file again (replay()): from its path, or the bytes it came as.
    struct Source
    {
        QString path;
        QByteArray bytes;
        QDateTime savedAt;
    };

    bool start(const QString &source, FileImportResult *refused);
    PreparedFile prepared(const QString &path);
    void landed(const FileImportResult &result, const Source &source);
    void pend(const FileImportResult &result, const Source &source = Source());
    void replay();
    bool commit(bool reopen);

    AbstractPaperStore &m_store;
    ProfileImporter m_importer;
    Report m_report;
    QVector<FileImportResult> m_pending;
    QVector<Source> m_sources; // m_pending's, for replay()
    std::future<PreparedFile> m_ahead;
    QString m_aheadPath;
    QElapsedTimer m_sinceCommit;
    bool m_started = false;
};
