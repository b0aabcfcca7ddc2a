#pragma once
// Runs ArxivLookupJobs on a worker thread for the window: progress and a
// Cancel button in the status bar, a summary (matched, not found,
// ambiguous, failed, with one line per paper) when done. One look-up at a
// time; settings (API URL, pacing, timeouts) are read at each start.

#include "arxivlookupresult.h"

#include <QObject>
#include <QStringList>
#include <QVector>

class ArxivLookupJob;
class QStatusBar;
class QThread;
class QWidget;
class StatusProgress;

class ArxivLookupController : public QObject
{
    Q_OBJECT
public:
    ArxivLookupController(const QString &storePath, QStatusBar *statusBar, QWidget *window);
    ~ArxivLookupController() override;

    // False (and nothing starts) when busy or ids is empty.
    bool start(const QVector<qint64> &ids);
    bool isBusy() const { return m_job != nullptr; }
    void cancel();
    QStringList lastLines() const { return m_lines; }

signals:
    void busyChanged(bool busy);
    void paperMatched(qint64 id);
    void finished(const ArxivLookupSummary &summary, bool cancelled);

private:
    void onFinished(const ArxivLookupSummary &summary, bool cancelled);

    QString m_storePath;
    QWidget *m_window;
    QStatusBar *m_statusBar;
    QThread *m_thread = nullptr;
    ArxivLookupJob *m_job = nullptr;
    QStringList m_lines;
    StatusProgress *m_progress;
};
