#pragma once
// One change to many papers' marks (a tag added or removed, the star, a
// reading state, a collection membership) run on a worker thread with its
// own store connection, so the window stays responsive: progress and a
// Cancel button in the status bar, the change in one transaction (Cancel
// rolls it back and the store is as before), and the snapshots before and
// after that Undo needs. Undo and Redo of such a change put its snapshot
// back the same way (restore()). done() comes on the GUI thread; one job
// at a time.

#include "papermarks.h"

#include <QObject>
#include <QPointer>
#include <QString>
#include <QVector>

#include <atomic>
#include <functional>
#include <memory>

class OrganiseStore;
class QStatusBar;
class QThread;
class StatusProgress;

class OrganiseJob : public QObject
{
    Q_OBJECT
public:
    using Change = std::function<int(OrganiseStore &)>; // rows changed, or -1 with the store's error()

    // Selections larger than this go to the worker thread.
    static constexpr int threshold = 2000;

    OrganiseJob(const QString &storePath, QStatusBar *statusBar, QObject *parent = nullptr);
    ~OrganiseJob() override; // cancels a running change and waits for it

    // False when a change runs already (or the store has no file to open twice).
    bool start(const QVector<qint64> &ids, const QString &text, Change change);
    // Puts a snapshot back (the undo or redo of such a change): the outcome
    // has restore set and after = the target with its papers' current ids.
    bool restore(const OrganiseSnapshot &target, const QString &text);
    bool isBusy() const { return m_thread != nullptr; }
    bool canRun() const; // a store file a second connection can open
    void cancel();

    struct Outcome
    {
        QVector<qint64> ids;
        QString text;            // the undo step's name
        OrganiseSnapshot before;
        OrganiseSnapshot after;
        bool ok = false;
        bool cancelled = false;
        bool restore = false;    // restore(), not start()
        QString error;
    };

signals:
    void done(const OrganiseJob::Outcome &outcome);

private:
    bool run(const QVector<qint64> &ids, const QString &text, Change change, const OrganiseSnapshot *target);
    void finish();

    QString m_storePath;
    QPointer<StatusProgress> m_progress; // the status bar's: may go first when the window closes
    QThread *m_thread = nullptr;
    std::shared_ptr<std::atomic<bool>> m_cancelled;
    std::shared_ptr<Outcome> m_outcome;
};
