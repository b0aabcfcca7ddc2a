#include "importbatch.h"

ImportBatch::ImportBatch(AbstractPaperStore &store, Report committed)
    : m_store(store), m_importer(store), m_report(std::move(committed))
{
}

ImportBatch::~ImportBatch()
{
    finish();
    if (m_ahead.valid())
        m_ahead.wait(); // a file read ahead and never asked for (the import stopped)
}

// Begins the next transaction, waiting while another writer holds the
// store; the five seconds count from when it is ours. False with the
// file's refusal when the store stayed busy.
bool ImportBatch::start(const QString &source, FileImportResult *refused)
{
    if (m_started)
        return true;
    if (!m_store.beginImportBatch()) {
        refused->source = source;
        refused->outcome.error = QCoreApplication::translate("PaperStore", "nothing was imported: %1").arg(m_store.lastError());
        refused->message = QStringLiteral("%1: %2").arg(source, refused->outcome.error);
        return false;
    }
    m_started = true;
    m_sinceCommit.start();
    return true;
}

// The file read ahead when it is this one, else read now.
PreparedFile ImportBatch::prepared(const QString &path)
{
    if (m_ahead.valid()) {
        PreparedFile ahead = m_ahead.get();
        if (m_aheadPath == path)
            return ahead;
    }
    return PreparedFile::read(path);
}

// The file is read in the transaction (as without read-ahead: a file that
// is slow to read, a FIFO in the tests, holds the transaction), the next
// one meanwhile on another thread.
void ImportBatch::importFile(const QString &path, const QString &next)
{
    FileImportResult refused;
    const bool started = start(path, &refused);
    const PreparedFile file = started ? prepared(path) : PreparedFile();
    if (!next.isEmpty()) {
        m_aheadPath = next;
        m_ahead = std::async(std::launch::async, [next] { return PreparedFile::read(next); });
    }
    if (started)
        landed(m_importer.importPrepared(file), Source{path, QByteArray(), QDateTime()});
    else
        pend(refused);
}

void ImportBatch::importBytes(const QByteArray &bytes, const QString &source, const QDateTime &savedAt)
{
    FileImportResult refused;
    if (start(source, &refused))
        landed(m_importer.importBytes(bytes, source, savedAt), Source{QString(), bytes, savedAt});
    else
        pend(refused);
}

void ImportBatch::add(const FileImportResult &result)
{
    pend(result);
}

// A file the store took or refused. When its failure took the batch's
// earlier files back with it, they go in again, and are committed at once.
void ImportBatch::landed(const FileImportResult &result, const Source &source)
{
    if (!result.outcome.batchRolledBack) {
        pend(result, source);
        return;
    }
    replay();
    m_pending.append(result);
    m_sources.append(Source());
    commit(true);
}

void ImportBatch::pend(const FileImportResult &result, const Source &source)
{
    m_pending.append(result);
    m_sources.append(source);
    if (m_started && m_sinceCommit.elapsed() >= commitIntervalMs)
        commit(true);
}

// Imports the pending files that were in the store again, in their order;
// files refused before the store keep their result.
void ImportBatch::replay()
{
    const QVector<FileImportResult> earlier = std::move(m_pending);
    const QVector<Source> sources = std::move(m_sources);
    m_pending.clear();
    m_sources.clear();
    for (int i = 0; i < earlier.size(); ++i) {
        const FileImportResult &before = earlier.at(i);
        const Source &source = sources.at(i);
        if (!before.ok)
            m_pending.append(before);
        else if (!source.path.isEmpty())
            m_pending.append(m_importer.importFile(source.path));
        else
            m_pending.append(m_importer.importBytes(source.bytes, before.source, source.savedAt));
        m_sources.append(Source());
    }
}

bool ImportBatch::commit(bool reopen)
{
    bool ok = true;
    if (m_started) {
        ok = m_store.commitImportBatch(reopen);
        m_started = false; // the next file begins the next transaction (start())
    }
    const QVector<FileImportResult> pending = std::move(m_pending);
    m_pending.clear();
    m_sources.clear();
    for (FileImportResult result : pending) {
        if (!ok && result.ok) {
            result.ok = false;
            result.outcome = ImportOutcome();
            result.outcome.error = QCoreApplication::translate("PaperStore", "nothing was imported: %1").arg(m_store.lastError());
            result.message = QStringLiteral("%1: %2").arg(result.source, result.outcome.error);
        }
        if (m_report)
            m_report(result);
    }
    return ok;
}

bool ImportBatch::finish()
{
    return commit(false);
}
