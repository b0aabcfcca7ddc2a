#include "arxivlookupcontroller.h"

#include "arxivlookupjob.h"
#include "arxivsettings.h"
#include "dialogs.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QStatusBar>
#include <QThread>

ArxivLookupController::ArxivLookupController(const QString &storePath, QStatusBar *statusBar, QWidget *window)
    : QObject(window), m_storePath(storePath), m_window(window), m_statusBar(statusBar), m_progressBox(new QWidget(statusBar)),
      m_progressLabel(new QLabel(m_progressBox)), m_progressBar(new QProgressBar(m_progressBox)),
      m_cancelButton(new QPushButton(tr("Cancel"), m_progressBox))
{
    m_progressBox->setObjectName(QStringLiteral("arxivProgress"));
    m_progressBar->setMaximumWidth(220);
    m_progressBar->setTextVisible(true);
    m_cancelButton->setObjectName(QStringLiteral("cancelArxivButton"));
    m_cancelButton->setAccessibleName(tr("Cancel the arXiv look-up"));
    auto *layout = new QHBoxLayout(m_progressBox);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_progressLabel);
    layout->addWidget(m_progressBar);
    layout->addWidget(m_cancelButton);
    statusBar->addPermanentWidget(m_progressBox);
    m_progressBox->hide();
    connect(m_cancelButton, &QPushButton::clicked, this, &ArxivLookupController::cancel);
}

ArxivLookupController::~ArxivLookupController()
{
    if (m_job)
        m_job->cancel();
    if (m_thread) {
        m_thread->quit();
        m_thread->wait();
    }
}

bool ArxivLookupController::start(const QVector<qint64> &ids)
{
    if (m_job || ids.isEmpty())
        return false;
    m_lines.clear();
    m_thread = new QThread(this);
    m_job = new ArxivLookupJob(m_storePath, ids, ArxivSettings::fromSettings());
    m_job->moveToThread(m_thread);
    connect(m_thread, &QThread::started, m_job, &ArxivLookupJob::start);
    connect(m_thread, &QThread::finished, m_job, &QObject::deleteLater);
    connect(m_job, &ArxivLookupJob::progress, this, [this](int done, int total, const QString &current) {
        m_progressBar->setRange(0, qMax(total, 1));
        m_progressBar->setValue(done);
        if (m_cancelButton->isEnabled())
            m_progressLabel->setText(current.isEmpty() ? tr("Looking up on arXiv…")
                                                       : tr("arXiv: %1").arg(current.left(40)));
    });
    connect(m_job, &ArxivLookupJob::paperFinished, this, [this](const ArxivLookupResult &result) {
        m_lines << result.line();
        if (result.outcome == ArxivLookupResult::Outcome::Matched)
            emit paperMatched(result.paperId);
    });
    connect(m_job, &ArxivLookupJob::finished, this, &ArxivLookupController::onFinished);
    m_progressLabel->setText(tr("Looking up on arXiv…"));
    m_progressBar->setRange(0, qMax(int(ids.size()), 1));
    m_progressBar->setValue(0);
    m_cancelButton->setEnabled(true);
    m_progressBox->show();
    m_thread->start();
    emit busyChanged(true);
    return true;
}

void ArxivLookupController::cancel()
{
    if (!m_job)
        return;
    m_job->cancel();
    m_progressLabel->setText(tr("Cancelling…"));
    m_cancelButton->setEnabled(false);
}

void ArxivLookupController::onFinished(const ArxivLookupSummary &summary, bool cancelled)
{
    m_thread->quit();
    m_thread->wait();
    m_thread->deleteLater();
    m_thread = nullptr;
    m_job = nullptr;
    m_progressBox->hide();
    QString text = summary.text();
    if (cancelled)
        text = tr("%1 (cancelled: the other papers were not looked up)").arg(text);
    m_statusBar->showMessage(text, 10000);
    emit busyChanged(false);
    emit finished(summary, cancelled);
    Dialogs::inform(m_window, tr("arXiv look-up finished"), text, m_lines.join(QLatin1Char('\n')),
                    summary.failed > 0);
}
