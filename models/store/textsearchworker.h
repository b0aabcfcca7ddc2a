#pragma once
// Looks search texts up (TextIdLookup) for StoreIndex in a large store, on
// threads of its own, each with a read connection of its own that stays
// open between searches: opening a connection to a large store costs more
// than looking a rare word up. Only the newest request counts: a newer one,
// or cancel(), stops the running look-up at its next chunk or term, and
// found() is never emitted for a request that was superseded. A cancelled
// look-up may still be inside one SQLite step (a common term's vocabulary
// entry takes a few tens of ms with a million papers), so there are two
// threads: the newest request never waits for it. found() arrives on the
// thread that created the worker. After each look-up the connection's page
// cache and the heap its thread freed go back to the system, so an idle
// worker holds next to nothing. Never touches widgets.

#include <QMutex>
#include <QObject>
#include <QString>
#include <QVector>
#include <QWaitCondition>

#include <atomic>
#include <memory>

class QThread;

class TextSearchWorker : public QObject
{
    Q_OBJECT
public:
    static constexpr int threadCount = 2;

    TextSearchWorker(const QString &databaseName, const QString &connectOptions, QObject *parent = nullptr);
    ~TextSearchWorker() override; // stops the running look-ups and waits for the threads

    // ftsQuery: a FilterSql::ftsQuery(). Supersedes any earlier request.
    void search(const QString &ftsQuery);
    void cancel();
    // The request found() (or failed()) will answer, empty when none is pending.
    QString pending() const { return m_wanted; }
    // Look-ups started, for the tests (a superseded one may never start).
    int started() const { return m_started.load(); }

signals:
    void found(const QString &ftsQuery, const QVector<quint64> &matches); // TextIdLookup::Bits
    void failed(const QString &ftsQuery, const QString &error);

private:
    void run();

    const QString m_databaseName;
    const QString m_connectOptions;
    QVector<QThread *> m_threads;

    // Shared with the threads, under m_mutex.
    QMutex m_mutex;
    QWaitCondition m_wake;
    QString m_request;
    quint64 m_requestSerial = 0;
    bool m_stop = false;
    QVector<std::shared_ptr<std::atomic<bool>>> m_running; // the cancel flags of the look-ups in progress

    // The owner thread's view.
    QString m_wanted;
    quint64 m_serial = 0;
    std::atomic<int> m_started{0};
};
