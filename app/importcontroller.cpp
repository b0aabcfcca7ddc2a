#include "importcontroller.h"

#include "statusprogress.h"

#include <QStatusBar>
#include <QThread>

ImportController::ImportController(const QString &storePath, QStatusBar *statusBar, QObject *parent)
    : QObject(parent), m_storePath(storePath),
      m_progress(new StatusProgress(QStringLiteral("importProgress"), QStringLiteral("cancelImportButton"), statusBar)),
      m_statusBar(statusBar), m_waitingText(tr("Another program is writing to the store; waiting for its turn…"))
{
    connect(m_progress, &StatusProgress::cancelRequested, this, &ImportController::cancel);
}

ImportController::~ImportController()
{
    m_queue.clear();
    if (m_job)
        m_job->cancel();
    if (m_thread) {
        m_thread->quit();
        m_thread->wait();
    }
}

void ImportController::start(const QStringList &paths, const QVector<QByteArray> &texts, const QVector<QUrl> &links)
{
    start(Batch{paths, texts, links, false});
}

void ImportController::start(const Batch &batch)
{
    m_queue.enqueue(batch);
    if (!m_job)
        startNext();
}

ImportController::Batch ImportController::skipBadRetry(const FileImportResult &refused) const
{
    Batch retry;
    retry.skipBad = true;
    const int texts = int(m_running.texts.size());
    for (int i = 0; i < texts; ++i) {
        if (ImportJob::textLabel(i, texts) == refused.source) {
            retry.texts << m_running.texts.at(i);
            return retry;
        }
    }
    for (const QUrl &link : m_running.links) {
        if (link.toDisplayString() == refused.source) {
            retry.links << link;
            return retry;
        }
    }
    if (!refused.source.isEmpty())
        retry.paths << refused.source; // a file named or found in a folder
    return retry;
}

void ImportController::cancel()
{
    m_queue.clear();
    if (m_job) {
        m_job->cancel();
        m_progress->setCancelling();
    }
}

void ImportController::startNext()
{
    if (m_queue.isEmpty() || m_job) // a slot of batchFinished may have started one
        return;
    const Batch batch = m_queue.dequeue();
    m_running = batch;
    m_thread = new QThread(this);
    m_job = new ImportJob(m_storePath, batch.paths, batch.texts);
    m_job->setLinks(batch.links);
    m_job->setSkipBad(batch.skipBad);
    m_job->moveToThread(m_thread);
    connect(m_thread, &QThread::started, m_job, &ImportJob::run);
    connect(m_thread, &QThread::finished, m_job, &QObject::deleteLater);
    connect(m_job, &ImportJob::progress, this, [this](int done, int total, const QString &current) {
        m_progress->setProgress(done, total, current.isEmpty() ? tr("Importing…") : tr("Importing %1").arg(current));
    });
    connect(m_job, &ImportJob::fileFinished, this, [this](const FileImportResult &result) {
        if (result.ok)
            emit fileImported(result);
    });
    connect(m_job, &ImportJob::waiting, this, [this] {
        if (m_statusBar)
            m_statusBar->showMessage(m_waitingText);
    });
    connect(m_job, &ImportJob::finished, this, &ImportController::onFinished);
    m_progress->begin(tr("Importing…"), 0);
    m_thread->start();
}

void ImportController::onFinished(const QVector<FileImportResult> &results, bool cancelled)
{
    m_thread->quit();
    m_thread->wait();
    m_thread->deleteLater();
    m_thread = nullptr;
    m_job = nullptr;
    m_progress->end();
    if (m_statusBar && m_statusBar->currentMessage() == m_waitingText)
        m_statusBar->clearMessage();
    emit batchFinished(results, cancelled);
    startNext();
}
