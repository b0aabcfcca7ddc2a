#pragma once
// Asks the arXiv API one question at a time, as a good citizen: a pause of
// ArxivSettings::effectivePacingMs() between the end of one request and the
// start of the next (retries included), kept across processes too through
// an ArxivPacingGate (the window and scripts share one pace), a descriptive
// User-Agent, a timeout per request, retries with exponential back-off on
// 5xx, 429, timeouts and arXiv's occasional empty reply, and Retry-After
// honoured. Never touches the store; the caller caches what it returns.

#include "arxivatomparser.h"
#include "arxivpacinggate.h"
#include "arxivsettings.h"

#include <QElapsedTimer>
#include <QObject>
#include <QTimer>
#include <QUrl>

class QNetworkAccessManager;
class QNetworkReply;

struct ArxivFetchResult
{
    bool ok = false;
    QByteArray body;             // the reply, when ok (an Atom feed that parsed)
    ArxivFeed feed;              // the parsed reply, when ok
    QString error;               // one line, when !ok
    int attempts = 0;
};

class ArxivFetcher : public QObject
{
    Q_OBJECT
public:
    explicit ArxivFetcher(const ArxivSettings &settings, QObject *parent = nullptr);

    // One question at a time: finished() comes before the next fetch().
    void fetch(const QUrl &url);
    // Stops the current question without emitting finished().
    void cancel();
    bool isBusy() const { return m_busy; }

    // Retry-After as seconds or an HTTP date; -1 when absent or unreadable.
    static qint64 retryAfterMs(const QByteArray &value, const QDateTime &now);

signals:
    void finished(const ArxivFetchResult &result);

private:
    void sendWhenAllowed();
    void send();
    void onReplyFinished();
    void retryOrFail(const QString &error, qint64 waitMs);
    void done(ArxivFetchResult result);

    ArxivSettings m_settings;
    QNetworkAccessManager *m_network;
    QNetworkReply *m_reply = nullptr;
    QUrl m_url;
    ArxivPacingGate m_gate;      // the pacing shared with other processes
    QTimer m_wait;
    QTimer m_timeout;
    QElapsedTimer m_clock;
    qint64 m_notBefore = 0;      // m_clock time (ns) before which nothing is sent
    int m_attempt = 0;
    bool m_busy = false;
    bool m_timedOut = false;
};

Q_DECLARE_METATYPE(ArxivFetchResult)
