#include "profiledownloader.h"

#include "arxivsettings.h"

#include <QDeadlineTimer>
#include <QEventLoop>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QTimer>

namespace {

bool isWeb(const QUrl &url)
{
    return url.scheme() == QLatin1String("http") || url.scheme() == QLatin1String("https");
}

bool isRedirect(int status)
{
    return status == 301 || status == 302 || status == 303 || status == 307 || status == 308;
}

} // namespace

DownloadResult ProfileDownloader::download(const QUrl &url, const std::atomic<bool> *cancelled) const
{
    DownloadResult result;
    const QString link = url.toDisplayString();
    const auto fail = [&](const QString &why) {
        result.ok = false;
        result.bytes.clear();
        result.error = QStringLiteral("%1: %2").arg(link, why);
        return result;
    };
    if (!url.isValid() || !isWeb(url))
        return fail(tr("only http and https links can be imported"));

    // Redirects are followed here, one request per hop, so every hop is
    // checked (scheme, no https-to-http, count) and the time limit covers all.
    QNetworkAccessManager network;
    const QDeadlineTimer deadline(m_timeoutMs);
    QUrl current = url;
    for (int hop = 0;; ++hop) {
        QNetworkRequest request(current);
        request.setHeader(QNetworkRequest::UserAgentHeader, ArxivSettings::userAgent());
        request.setRawHeader("Accept", "text/plain, text/*;q=0.8");
        request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
        QNetworkReply *reply = network.get(request);
        QEventLoop loop;
        QString refusal; // set when we abort on purpose
        QByteArray bytes;
        const auto refuse = [&](const QString &why) {
            if (refusal.isEmpty())
                refusal = why;
            reply->abort();
        };
        const auto status = [reply] { return reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(); };
        QObject::connect(reply, &QNetworkReply::metaDataChanged, &loop, [&] {
            if (status() < 200 || status() >= 300)
                return;
            const QString type = reply->header(QNetworkRequest::ContentTypeHeader).toString().trimmed().toLower();
            if (!type.startsWith(QLatin1String("text/")))
                return refuse(type.isEmpty() ? tr("the server does not say the content is text")
                                             : tr("not a text file (%1)").arg(type));
            if (reply->header(QNetworkRequest::ContentLengthHeader).toLongLong() > m_maxBytes)
                return refuse(tr("larger than %L1 KiB").arg(m_maxBytes / 1024));
        });
        QObject::connect(reply, &QNetworkReply::readyRead, &loop, [&] {
            if (!refusal.isEmpty() || status() < 200 || status() >= 300)
                return;
            bytes += reply->readAll();
            if (bytes.size() > m_maxBytes)
                refuse(tr("larger than %L1 KiB").arg(m_maxBytes / 1024));
        });
        QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
        QTimer timeout;
        timeout.setSingleShot(true);
        QObject::connect(&timeout, &QTimer::timeout, &loop,
                         [&] { refuse(tr("no complete reply within %L1 ms").arg(m_timeoutMs)); });
        timeout.start(int(qMax<qint64>(0, deadline.remainingTime())));
        QTimer poll;
        if (cancelled) {
            QObject::connect(&poll, &QTimer::timeout, &loop, [&] {
                if (*cancelled)
                    refuse(tr("cancelled"));
            });
            poll.start(100);
        }
        if (!reply->isFinished())
            loop.exec();
        timeout.stop();
        poll.stop();
        if (!refusal.isEmpty())
            return fail(refusal);

        const int code = status();
        if (isRedirect(code)) {
            const QUrl target = current.resolved(QUrl::fromEncoded(reply->rawHeader("Location").trimmed()));
            if (hop >= m_maxRedirects)
                return fail(tr("more than %n redirects", nullptr, m_maxRedirects));
            if (!target.isValid() || !isWeb(target))
                return fail(tr("redirected to %1, which is not an http(s) link").arg(target.toDisplayString()));
            if (current.scheme() == QLatin1String("https") && target.scheme() == QLatin1String("http"))
                return fail(tr("redirected from https to plain http (%1)").arg(target.toDisplayString()));
            current = target;
            reply->deleteLater();
            continue;
        }
        if (reply->error() != QNetworkReply::NoError || code < 200 || code >= 300) {
            return fail(code > 0 ? QStringLiteral("HTTP %1 %2")
                                       .arg(code)
                                       .arg(reply->attribute(QNetworkRequest::HttpReasonPhraseAttribute).toString())
                                       .trimmed()
                                 : reply->errorString());
        }
        bytes += reply->readAll();
        if (bytes.size() > m_maxBytes)
            return fail(tr("larger than %L1 KiB").arg(m_maxBytes / 1024));
        result.ok = true;
        result.bytes = bytes;
        result.finalUrl = current;
        result.lastModified = reply->header(QNetworkRequest::LastModifiedHeader).toDateTime();
        return result;
    }
}
