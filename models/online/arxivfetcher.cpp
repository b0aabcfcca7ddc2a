#include "arxivfetcher.h"

#include <QLocale>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>

namespace {

constexpr qint64 nsPerMs = 1000 * 1000;

// Transport failures worth another try; the others (no such host, TLS,
// a refused redirect) will not get better by asking again.
bool transient(QNetworkReply::NetworkError error)
{
    switch (error) {
    case QNetworkReply::ConnectionRefusedError:
    case QNetworkReply::RemoteHostClosedError:
    case QNetworkReply::TimeoutError:
    case QNetworkReply::TemporaryNetworkFailureError:
    case QNetworkReply::NetworkSessionFailedError:
    case QNetworkReply::ProxyTimeoutError:
    case QNetworkReply::UnknownNetworkError:
        return true;
    default:
        return false;
    }
}

} // namespace

ArxivFetcher::ArxivFetcher(const ArxivSettings &settings, QObject *parent)
    : QObject(parent), m_settings(settings), m_network(new QNetworkAccessManager(this))
{
    qRegisterMetaType<ArxivFetchResult>();
    m_network->setRedirectPolicy(QNetworkRequest::NoLessSafeRedirectPolicy);
    m_wait.setSingleShot(true);
    m_wait.setTimerType(Qt::PreciseTimer);
    m_timeout.setSingleShot(true);
    m_timeout.setTimerType(Qt::PreciseTimer);
    connect(&m_wait, &QTimer::timeout, this, &ArxivFetcher::sendWhenAllowed);
    connect(&m_timeout, &QTimer::timeout, this, [this] {
        if (m_reply) {
            m_timedOut = true;
            m_reply->abort(); // finishes with OperationCanceledError
        }
    });
    m_clock.start();
}

qint64 ArxivFetcher::retryAfterMs(const QByteArray &value, const QDateTime &now)
{
    const QString text = QString::fromLatin1(value).trimmed();
    if (text.isEmpty())
        return -1;
    bool isNumber = false;
    const qint64 seconds = text.toLongLong(&isNumber);
    if (isNumber)
        return seconds < 0 ? -1 : seconds * 1000;
    // "Sun, 06 Nov 1994 08:49:37 GMT" (RFC 9110's preferred form).
    const QDateTime local = QLocale::c().toDateTime(text, QStringLiteral("ddd, dd MMM yyyy HH:mm:ss 'GMT'"));
    if (!local.isValid())
        return -1;
    const QDateTime at(local.date(), local.time(), Qt::UTC);
    return qMax<qint64>(0, now.msecsTo(at));
}

void ArxivFetcher::fetch(const QUrl &url)
{
    Q_ASSERT(!m_busy);
    m_url = url;
    m_gate = ArxivPacingGate(ArxivPacingGate::defaultPath(url)); // one pace per host
    m_attempt = 0;
    m_busy = true;
    sendWhenAllowed();
}

void ArxivFetcher::cancel()
{
    m_wait.stop();
    m_timeout.stop();
    if (m_reply) {
        disconnect(m_reply, nullptr, this, nullptr);
        m_reply->abort();
        m_reply->deleteLater();
        m_reply = nullptr;
        m_notBefore = m_clock.nsecsElapsed() + m_settings.effectivePacingMs() * nsPerMs;
        m_gate.finished(m_settings.effectivePacingMs());
    }
    m_busy = false;
}

void ArxivFetcher::sendWhenAllowed()
{
    // Nanoseconds, rounded up to whole milliseconds for the timer, and
    // checked again when it fires: the pause is never shorter than asked.
    const qint64 remaining = m_notBefore - m_clock.nsecsElapsed();
    if (remaining > 0) {
        m_wait.start(int(qMin<qint64>((remaining + nsPerMs - 1) / nsPerMs, 24 * 3600 * 1000)));
        return;
    }
    // Then the pace shared with other processes: a wait on the same timer.
    const qint64 shared = m_gate.claim(m_settings.effectivePacingMs());
    if (shared > 0)
        m_wait.start(int(shared));
    else
        send();
}

void ArxivFetcher::send()
{
    ++m_attempt;
    m_timedOut = false;
    QNetworkRequest request(m_url);
    request.setHeader(QNetworkRequest::UserAgentHeader, ArxivSettings::userAgent());
    request.setRawHeader("Accept", "application/atom+xml");
    request.setMaximumRedirectsAllowed(3);
    m_reply = m_network->get(request);
    connect(m_reply, &QNetworkReply::finished, this, &ArxivFetcher::onReplyFinished);
    m_timeout.start(m_settings.timeoutMs);
}

void ArxivFetcher::onReplyFinished()
{
    m_timeout.stop();
    QNetworkReply *reply = m_reply;
    m_reply = nullptr;
    reply->deleteLater();
    // The pause counts from the end of this request, so the server sees
    // at least the pacing between two requests whatever the latency.
    m_notBefore = m_clock.nsecsElapsed() + m_settings.effectivePacingMs() * nsPerMs;
    m_gate.finished(m_settings.effectivePacingMs());
    const qint64 backoff = qint64(m_settings.backoffMs) << qMin(m_attempt - 1, 16);

    if (m_timedOut) {
        retryOrFail(tr("no reply within %L1 ms").arg(m_settings.timeoutMs), backoff);
        return;
    }
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QString statusText = QStringLiteral("HTTP %1 %2")
                                   .arg(status)
                                   .arg(reply->attribute(QNetworkRequest::HttpReasonPhraseAttribute).toString())
                                   .trimmed();
    if (status >= 500 || status == 429) {
        const qint64 after = retryAfterMs(reply->rawHeader("Retry-After"), QDateTime::currentDateTimeUtc());
        if (after > m_settings.maxWaitMs) {
            ArxivFetchResult failed;
            failed.error = tr("%1: the server asks to wait %L2 s; try again later").arg(statusText).arg(after / 1000);
            done(failed);
            return;
        }
        retryOrFail(statusText, after >= 0 ? after : backoff);
        return;
    }
    if (reply->error() != QNetworkReply::NoError) {
        if (status == 0 && transient(reply->error())) {
            retryOrFail(reply->errorString(), backoff);
        } else {
            // arXiv sends its error feed with a 400: its message says more.
            const ArxivFeed feed = status > 0 ? ArxivAtomParser::parse(reply->readAll()) : ArxivFeed();
            ArxivFetchResult failed;
            if (feed.status == ArxivFeed::Status::ApiError)
                failed.error = tr("arXiv says: %1 (%2)").arg(feed.error, statusText);
            else
                failed.error = status > 0 ? statusText : reply->errorString();
            done(failed);
        }
        return;
    }
    ArxivFetchResult result;
    result.body = reply->readAll();
    result.feed = ArxivAtomParser::parse(result.body);
    switch (result.feed.status) {
    case ArxivFeed::Status::Ok:
        result.ok = true;
        done(result);
        return;
    case ArxivFeed::Status::Empty:
        retryOrFail(tr("arXiv's reply was empty (%1)").arg(result.feed.error), backoff);
        return;
    case ArxivFeed::Status::ApiError:
        result.error = tr("arXiv says: %1").arg(result.feed.error);
        break;
    case ArxivFeed::Status::Malformed:
        result.error = tr("the reply is not an arXiv Atom feed (%1)").arg(result.feed.error);
        break;
    }
    result.body.clear();
    done(result);
}

void ArxivFetcher::retryOrFail(const QString &error, qint64 waitMs)
{
    if (m_attempt >= m_settings.maxAttempts) {
        ArxivFetchResult failed;
        failed.error = m_attempt > 1 ? tr("%1 (after %n attempts)", nullptr, m_attempt).arg(error) : error;
        done(failed);
        return;
    }
    m_notBefore = qMax(m_notBefore, m_clock.nsecsElapsed() + waitMs * nsPerMs);
    sendWhenAllowed();
}

void ArxivFetcher::done(ArxivFetchResult result)
{
    m_busy = false;
    result.attempts = m_attempt;
    emit finished(result);
}
