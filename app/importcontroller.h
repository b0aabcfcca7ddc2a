#pragma once
// Runs ImportJobs on a worker thread and shows their progress in the
// status bar with a Cancel button, so the window never freezes. One batch
// at a time; a drop during an import is queued behind it.

#include "importjob.h"

#include <QObject>
#include <QPointer>
#include <QQueue>

class QStatusBar;
class StatusProgress;
class QThread;

class ImportController : public QObject
{
    Q_OBJECT
public:
    ImportController(const QString &storePath, QStatusBar *statusBar, QObject *parent = nullptr);
    ~ImportController() override;

    void start(const QStringList &paths, const QVector<QByteArray> &texts, const QVector<QUrl> &links = {});
    bool isBusy() const { return m_job != nullptr; }
    void cancel();

signals:
    void fileImported(const FileImportResult &result);   // each file that landed
    void batchFinished(const QVector<FileImportResult> &results, bool cancelled);

private:
    struct Batch
    {
        QStringList paths;
        QVector<QByteArray> texts;
        QVector<QUrl> links;
    };
    void startNext();
    void onFinished(const QVector<FileImportResult> &results, bool cancelled);

    QString m_storePath;
    QQueue<Batch> m_queue;
    QThread *m_thread = nullptr;
    ImportJob *m_job = nullptr;
    StatusProgress *m_progress;
    QPointer<QStatusBar> m_statusBar;
    QString m_waitingText; // in the status bar while a job waits for another program
};
