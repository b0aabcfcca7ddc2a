#include "importbatch.h"

ImportBatch::ImportBatch(AbstractPaperStore &store, Report committed)
    : m_store(store), m_importer(store), m_report(std::move(committed))
{
}

ImportBatch::~ImportBatch()
{
    finish();
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

void ImportBatch::importFile(const QString &path)
{
    FileImportResult refused;
    pend(start(path, &refused) ? m_importer.importFile(path) : refused);
}

void ImportBatch::importBytes(const QByteArray &bytes, const QString &source, const QDateTime &savedAt)
{
    FileImportResult refused;
    pend(start(source, &refused) ? m_importer.importBytes(bytes, source, savedAt) : refused);
}

void ImportBatch::add(const FileImportResult &result)
{
    pend(result);
}

void ImportBatch::pend(const FileImportResult &result)
{
    m_pending.append(result);
    if (m_started && m_sinceCommit.elapsed() >= commitIntervalMs)
        commit(true);
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
