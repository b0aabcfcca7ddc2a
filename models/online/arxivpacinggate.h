#pragma once
// The arXiv pacing shared by every Paperscope process of the user (the
// window, scripts calling `paperscope enrich`): a small file under the
// cache folder, one per API host, holds the earliest time (ms since the
// epoch) the next request may go out; a QLockFile beside it makes reading
// and updating it one step. Never waits itself: claim() says how long to
// wait, and the caller (ArxivFetcher) waits on a timer. When the folder
// cannot be written, the gate stays open and only the in-process pacing
// holds.

#include <QString>
#include <QUrl>

class ArxivPacingGate
{
public:
    // The gate file for an API URL: <cache>/arxiv-pacing/<host>. One per
    // host, whatever the port: a client's pace is per server.
    static QString defaultPath(const QUrl &apiUrl);

    explicit ArxivPacingGate(const QString &path = QString()) : m_path(path) {}

    QString path() const { return m_path; }

    // 0: the caller may send now, and the next request of any process is
    // held back for pacingMs. Otherwise milliseconds to wait before asking
    // again (the lock is held by another process: a few ms).
    qint64 claim(qint64 pacingMs);

    // A request ended (a reply, an error, a cancel): the next one of any
    // process waits pacingMs from now.
    void finished(qint64 pacingMs);

private:
    // Under the lock: a claim gets the wait left (0: claimed); the end of
    // a request moves the stored time to now + pacingMs.
    qint64 step(qint64 pacingMs, bool claiming);

    QString m_path;
    bool m_broken = false;       // the folder cannot be written: gate open
};
