#pragma once
// Fetches a profile file behind an http(s) link so it can be imported like
// a dropped file: only http and https (also after redirects, never from
// https down to http), a few redirects at most, a time limit, a size limit
// and only text content. Blocking: it runs a local event loop, so it is
// meant for a worker thread (the import job) or the command line.

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QString>
#include <QUrl>

#include <atomic>

struct DownloadResult
{
    bool ok = false;
    QByteArray bytes;
    QString error;               // one line, naming the link, when !ok
    QUrl finalUrl;               // after redirects
    QDateTime lastModified;      // from the server, when it says
};

class ProfileDownloader
{
    Q_DECLARE_TR_FUNCTIONS(ProfileDownloader)

public:
    static constexpr qint64 defaultMaxBytes = 8 * 1024 * 1024;

    void setTimeoutMs(int ms) { m_timeoutMs = ms; }
    void setMaxBytes(qint64 bytes) { m_maxBytes = bytes; }
    void setMaxRedirects(int n) { m_maxRedirects = n; }

    // cancelled, when given, is polled; setting it aborts the download.
    DownloadResult download(const QUrl &url, const std::atomic<bool> *cancelled = nullptr) const;

private:
    int m_timeoutMs = 30000;
    qint64 m_maxBytes = defaultMaxBytes;
    int m_maxRedirects = 5;
};
