#include "textsearchworker.h"

#include "heaptrim.h"
#include "paperindexloader.h"
#include "textidlookup.h"

#include <QAtomicInt>
#include <QMutexLocker>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QThread>

namespace {
QAtomicInt workerCounter;
}

TextSearchWorker::TextSearchWorker(const QString &databaseName, const QString &connectOptions, QObject *parent)
    : QObject(parent), m_databaseName(databaseName), m_connectOptions(connectOptions)
{
    for (int i = 0; i < threadCount; ++i) {
        QThread *thread = QThread::create([this] { run(); });
        thread->setObjectName(QStringLiteral("paperscope-text-search-%1").arg(i));
        thread->start();
        m_threads << thread;
    }
}

TextSearchWorker::~TextSearchWorker()
{
    {
        QMutexLocker lock(&m_mutex);
        m_stop = true;
        for (const auto &running : std::as_const(m_running))
            running->store(true);
    }
    m_wake.wakeAll();
    for (QThread *thread : std::as_const(m_threads)) {
        thread->wait();
        delete thread;
    }
}

void TextSearchWorker::search(const QString &ftsQuery)
{
    m_wanted = ftsQuery;
    QMutexLocker lock(&m_mutex);
    m_request = ftsQuery;
    m_requestSerial = ++m_serial;
    for (const auto &running : std::as_const(m_running))
        running->store(true);
    m_wake.wakeOne(); // an idle thread, or the first to finish its cancelled look-up
}

void TextSearchWorker::cancel()
{
    m_wanted.clear();
    QMutexLocker lock(&m_mutex);
    m_request.clear();
    m_requestSerial = ++m_serial;
    for (const auto &running : std::as_const(m_running))
        running->store(true);
}

void TextSearchWorker::run()
{
    const QString connection = QStringLiteral("textsearch-%1").arg(workerCounter.fetchAndAddRelaxed(1));
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connection);
        db.setDatabaseName(m_databaseName);
        db.setConnectOptions(m_connectOptions);
        if (db.open()) // now, not at the first search
            PaperIndexLoader(db).prepareReader();
        for (;;) {
            QString fts;
            quint64 serial = 0;
            std::shared_ptr<std::atomic<bool>> cancel;
            {
                QMutexLocker lock(&m_mutex);
                while (!m_stop && m_request.isEmpty())
                    m_wake.wait(&m_mutex);
                if (m_stop)
                    break;
                fts = m_request;
                serial = m_requestSerial;
                m_request.clear();
                cancel = std::make_shared<std::atomic<bool>>(false);
                m_running << cancel;
            }
            ++m_started;
            QVector<quint64> matches;
            QString error;
            bool ok = false;
            if (!db.isOpen() && db.open())
                PaperIndexLoader(db).prepareReader();
            if (db.isOpen()) {
                ok = TextIdLookup(db).find(fts, &matches, cancel.get(), &error);
                QSqlQuery(db).exec(QStringLiteral("PRAGMA shrink_memory"));
            } else {
                error = db.lastError().text();
            }
            {
                QMutexLocker lock(&m_mutex);
                m_running.removeOne(cancel);
            }
            releaseFreedHeap();
            if (cancel->load())
                continue;
            QMetaObject::invokeMethod(this, [this, fts, serial, matches, ok, error] {
                if (serial != m_serial)
                    return; // superseded meanwhile
                m_wanted.clear();
                if (ok)
                    emit found(fts, matches);
                else
                    emit failed(fts, error);
            }, Qt::QueuedConnection);
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(connection);
}
