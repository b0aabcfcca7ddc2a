#include "arxivsettings.h"

#include <QSettings>

ArxivSettings ArxivSettings::fromSettings()
{
    const QSettings s;
    ArxivSettings a;
    const QString url = s.value(QStringLiteral("arxiv/url")).toString().trimmed();
    const QUrl api(url, QUrl::StrictMode);
    if (api.isValid() && (api.scheme() == QLatin1String("https") || api.scheme() == QLatin1String("http")))
        a.apiUrl = api; // anything else (a typo, a file:) keeps the default
    const auto readInt = [&s](const char *key, int fallback) {
        bool ok = false;
        const int v = s.value(QLatin1String(key)).toInt(&ok);
        return ok && v >= 0 ? v : fallback;
    };
    a.pacingMs = readInt("arxiv/pacingMs", a.pacingMs);
    a.timeoutMs = qMax(1, readInt("arxiv/timeoutMs", a.timeoutMs));
    a.maxAttempts = qMax(1, readInt("arxiv/maxAttempts", a.maxAttempts));
    a.backoffMs = readInt("arxiv/backoffMs", a.backoffMs);
    return a;
}

int ArxivSettings::effectivePacingMs() const
{
    const QString host = apiUrl.host().toLower();
    const bool isArxiv = host == QLatin1String("arxiv.org") || host.endsWith(QLatin1String(".arxiv.org"));
    return isArxiv ? qMax(pacingMs, arxivPacingMs) : pacingMs;
}

QByteArray ArxivSettings::userAgent()
{
    return QByteArrayLiteral("Paperscope/" PAPERSCOPE_VERSION
                             " (desktop bibliography browser; completes papers by title;"
                             " +https://paperscope.example.org)");
}
