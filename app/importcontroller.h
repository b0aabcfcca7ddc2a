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
    // What one import job takes in.
    struct Batch
    {
        QStringList paths;
        QVector<QByteArray> texts;
        QVector<QUrl> links;
        bool skipBad = false; // .bib files with bad entries: their readable entries go in
    };

    ImportController(const QString &storePath, QStatusBar *statusBar, QObject *parent = nullptr);
    ~ImportController() override;

    void start(const QStringList &paths, const QVector<QByteArray> &texts, const QVector<QUrl> &links = {});
    void start(const Batch &batch);
    // The batch that imports again, skipping bad entries, a file of the batch
    // that finished last (a path, a pasted text or a link); empty if unknown.
    Batch skipBadRetry(const FileImportResult &refused) const;
    bool isBusy() const { return m_job != nullptr; }
    void cancel();

signals:
    void fileImported(const FileImportResult &result);   // each file that landed
    void batchFinished(const QVector<FileImportResult> &results, bool cancelled);

private:
    void startNext();
    void onFinished(const QVector<FileImportResult> &results, bool cancelled);

    QString m_storePath;
    QQueue<Batch> m_queue;
    Batch m_running;  // the batch of m_job, then the batch that finished last
    QThread *m_thread = nullptr;
    ImportJob *m_job = nullptr;
    StatusProgress *m_progress;
    QPointer<QStatusBar> m_statusBar;
    QString m_waitingText; // in the status bar while a job waits for another program
};
