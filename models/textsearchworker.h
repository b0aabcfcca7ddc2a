#pragma once
// Looks search texts up (TextIdLookup) for StoreIndex in a large store, on a
// thread of its own with a read connection of its own that stays open
// between searches: opening a connection to a large store costs more than
// looking a rare word up. Only the newest request counts: a newer one, or
// cancel(), stops the running look-up at its next chunk, and found() is
// never emitted for a request that was superseded. found() arrives on the
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
    TextSearchWorker(const QString &databaseName, const QString &connectOptions, QObject *parent = nullptr);
    ~TextSearchWorker() override; // stops the running look-up and waits for the thread

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
    QThread *m_thread = nullptr;

    // Shared with the thread, under m_mutex.
    QMutex m_mutex;
    QWaitCondition m_wake;
    QString m_request;
    quint64 m_requestSerial = 0;
    bool m_stop = false;
    std::shared_ptr<std::atomic<bool>> m_running; // the cancel flag of the look-up in progress

    // The owner thread's view.
    QString m_wanted;
    quint64 m_serial = 0;
    std::atomic<int> m_started{0};
};
