#include "arxivlookupcontroller.h"

#include "arxivlookupjob.h"
#include "arxivsettings.h"
#include "dialogs.h"
#include "statusprogress.h"

#include <QStatusBar>
#include <QThread>

ArxivLookupController::ArxivLookupController(const QString &storePath, QStatusBar *statusBar, QWidget *window)
    : QObject(window), m_storePath(storePath), m_window(window), m_statusBar(statusBar),
      m_progress(new StatusProgress(QStringLiteral("arxivProgress"), QStringLiteral("cancelArxivButton"), statusBar))
{
    m_progress->setCancelAccessibleName(tr("Cancel the arXiv look-up"));
    connect(m_progress, &StatusProgress::cancelRequested, this, &ArxivLookupController::cancel);
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
        m_progress->setProgress(done, total, current.isEmpty() ? tr("Looking up on arXiv…")
                                                               : tr("arXiv: %1").arg(current.left(40)));
    });
    connect(m_job, &ArxivLookupJob::paperFinished, this, [this](const ArxivLookupResult &result) {
        m_lines << result.line();
        if (result.outcome == ArxivLookupResult::Outcome::Matched)
            emit paperMatched(result.paperId);
    });
    connect(m_job, &ArxivLookupJob::finished, this, &ArxivLookupController::onFinished);
    m_progress->begin(tr("Looking up on arXiv…"), int(ids.size()));
    m_thread->start();
    emit busyChanged(true);
    return true;
}

void ArxivLookupController::cancel()
{
    if (!m_job)
        return;
    m_job->cancel();
    m_progress->setCancelling();
}

void ArxivLookupController::onFinished(const ArxivLookupSummary &summary, bool cancelled)
{
    m_thread->quit();
    m_thread->wait();
    m_thread->deleteLater();
    m_thread = nullptr;
    m_job = nullptr;
    m_progress->end();
    QString text = summary.text();
    if (cancelled)
        text = tr("%1 (cancelled: the other papers were not looked up)").arg(text);
    m_statusBar->showMessage(text, 10000);
    emit busyChanged(false);
    emit finished(summary, cancelled);
    Dialogs::inform(m_window, tr("arXiv look-up finished"), text, m_lines.join(QLatin1Char('\n')),
                    summary.failed > 0);
}
