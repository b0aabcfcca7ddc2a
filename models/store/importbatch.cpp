#include "importbatch.h"

ImportBatch::ImportBatch(AbstractPaperStore &store, Report committed)
    : m_store(store), m_importer(store), m_report(std::move(committed))
{
}

ImportBatch::~ImportBatch()
{
    finish();
}

void ImportBatch::importFile(const QString &path)
{
    if (!m_started) {
        m_started = true;
        m_sinceCommit.start();
        m_store.beginImportBatch(); // when the store is busy, each import says so
    }
    pend(m_importer.importFile(path));
}

void ImportBatch::importBytes(const QByteArray &bytes, const QString &source, const QDateTime &savedAt)
{
    if (!m_started) {
        m_started = true;
        m_sinceCommit.start();
        m_store.beginImportBatch();
    }
    pend(m_importer.importBytes(bytes, source, savedAt));
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
        m_started = reopen && ok;
        m_sinceCommit.restart();
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
