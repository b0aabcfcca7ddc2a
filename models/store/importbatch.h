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

#include "profileimporter.h"

#include <QElapsedTimer>
#include <QVector>

#include <functional>

class ImportBatch
{
public:
    using Report = std::function<void(const FileImportResult &)>;
    static constexpr int commitIntervalMs = 5000;

    ImportBatch(AbstractPaperStore &store, Report committed);
    ~ImportBatch();                               // finish()
    ImportBatch(const ImportBatch &) = delete;
    ImportBatch &operator=(const ImportBatch &) = delete;

    void importFile(const QString &path);
    void setSkipBad(bool skip) { m_importer.setSkipBad(skip); }
    void importBytes(const QByteArray &bytes, const QString &source, const QDateTime &savedAt);
    // A result that never reached the store (a failed download), reported in order.
    void add(const FileImportResult &result);
    // Commits what is pending and reports it; false when that commit failed.
    bool finish();

private:
    bool start(const QString &source, FileImportResult *refused);
    void pend(const FileImportResult &result);
    bool commit(bool reopen);

    AbstractPaperStore &m_store;
    ProfileImporter m_importer;
    Report m_report;
    QVector<FileImportResult> m_pending;
    QElapsedTimer m_sinceCommit;
    bool m_started = false;
};
