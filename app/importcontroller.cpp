#include "importcontroller.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QStatusBar>
#include <QThread>

ImportController::ImportController(const QString &storePath, QStatusBar *statusBar, QObject *parent)
    : QObject(parent), m_storePath(storePath), m_progressBox(new QWidget(statusBar)),
      m_progressLabel(new QLabel(m_progressBox)), m_progressBar(new QProgressBar(m_progressBox)),
      m_cancelButton(new QPushButton(tr("Cancel"), m_progressBox))
{
    m_progressBox->setObjectName(QStringLiteral("importProgress"));
    m_progressBar->setMaximumWidth(220);
    m_progressBar->setTextVisible(true);
    m_cancelButton->setObjectName(QStringLiteral("cancelImportButton"));
    auto *layout = new QHBoxLayout(m_progressBox);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_progressLabel);
    layout->addWidget(m_progressBar);
    layout->addWidget(m_cancelButton);
    statusBar->addPermanentWidget(m_progressBox);
    m_progressBox->hide();
    connect(m_cancelButton, &QPushButton::clicked, this, &ImportController::cancel);
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
    m_queue.enqueue({paths, texts, links});
    if (!m_job)
        startNext();
}

void ImportController::cancel()
{
    m_queue.clear();
    if (m_job) {
        m_job->cancel();
        m_progressLabel->setText(tr("Cancelling…"));
        m_cancelButton->setEnabled(false);
    }
}

void ImportController::startNext()
{
    if (m_queue.isEmpty())
        return;
    const Batch batch = m_queue.dequeue();
    m_thread = new QThread(this);
    m_job = new ImportJob(m_storePath, batch.paths, batch.texts);
    m_job->setLinks(batch.links);
    m_job->moveToThread(m_thread);
    connect(m_thread, &QThread::started, m_job, &ImportJob::run);
    connect(m_thread, &QThread::finished, m_job, &QObject::deleteLater);
    connect(m_job, &ImportJob::progress, this, [this](int done, int total, const QString &current) {
        m_progressBar->setRange(0, qMax(total, 1));
        m_progressBar->setValue(done);
        m_progressLabel->setText(current.isEmpty() ? tr("Importing…") : tr("Importing %1").arg(current));
    });
    connect(m_job, &ImportJob::fileFinished, this, [this](const FileImportResult &result) {
        if (result.ok)
            emit fileImported(result);
    });
    connect(m_job, &ImportJob::finished, this, &ImportController::onFinished);
    m_progressLabel->setText(tr("Importing…"));
    m_progressBar->setRange(0, 0);
    m_cancelButton->setEnabled(true);
    m_progressBox->show();
    m_thread->start();
}

void ImportController::onFinished(const QVector<FileImportResult> &results, bool cancelled)
{
    m_thread->quit();
    m_thread->wait();
    m_thread->deleteLater();
    m_thread = nullptr;
    m_job = nullptr;
    m_progressBox->hide();
    emit batchFinished(results, cancelled);
    startNext();
}
