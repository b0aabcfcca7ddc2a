#pragma once
// How Paperscope talks to the arXiv API: where, how often, how patiently.
// Read from QSettings (keys under "arxiv/") by the window and the command
// line; tests set short times. Talking to arXiv itself, the pacing never
// drops below arXiv's own rule of one request every three seconds.

#include <QByteArray>
#include <QString>
#include <QUrl>

struct ArxivSettings
{
    static constexpr int arxivPacingMs = 3000;
    static QString defaultApiUrl() { return QStringLiteral("https://export.arxiv.org/api/query"); }

    QUrl apiUrl = QUrl(defaultApiUrl());
    int pacingMs = arxivPacingMs;        // from the end of one request to the start of the next
    int timeoutMs = 30000;               // per request, without any reply
    int maxAttempts = 4;                 // first try and retries
    int backoffMs = 5000;                // doubled on each retry
    int maxWaitMs = 10 * 60 * 1000;      // a longer Retry-After fails the request instead
    qint64 cacheSeconds = 24 * 60 * 60;  // a reply answers the same question for a day

    // arxiv/url, arxiv/pacingMs, arxiv/timeoutMs, arxiv/maxAttempts, arxiv/backoffMs.
    static ArxivSettings fromSettings();

    // The pacing actually used: at least arXiv's for arxiv.org hosts.
    int effectivePacingMs() const;

    static QByteArray userAgent();
};
