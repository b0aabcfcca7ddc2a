#include "dropclassifier.h"

#include "profileparser.h"

#include <QMimeData>

namespace DropClassifier {

namespace {
void addUrl(DropContent &content, const QUrl &url)
{
    if (url.isLocalFile()) {
        content.paths << url.toLocalFile();
    } else if (url.scheme() == QStringLiteral("http") || url.scheme() == QStringLiteral("https")) {
        content.links << url;
    } else {
        content.refused << QStringLiteral("%1: only files and http(s) links can be imported")
                               .arg(url.toDisplayString());
    }
}

QVector<QUrl> urlsInText(const QString &text)
{
    QVector<QUrl> urls;
    for (const QString &line : text.split(QLatin1Char('\n'))) {
        const QString trimmed = line.trimmed();
        if (trimmed.isEmpty())
            continue;
        const QUrl url(trimmed, QUrl::StrictMode);
        if (!url.isValid() || url.scheme().isEmpty() || trimmed.contains(QLatin1Char(' ')))
            return {}; // not a list of links
        urls << url;
    }
    return urls;
}
} // namespace

bool canImport(const QMimeData *data)
{
    return data && (data->hasUrls() || data->hasText());
}

DropContent classify(const QMimeData *data)
{
    DropContent content;
    if (!data)
        return content;
    if (data->hasUrls()) {
        for (const QUrl &url : data->urls())
            addUrl(content, url);
        return content;
    }
    if (!data->hasText())
        return content;
    const QString text = data->text();
    const QVector<QUrl> urls = urlsInText(text);
    if (!urls.isEmpty()) {
        for (const QUrl &url : urls)
            addUrl(content, url);
        return content;
    }
    const QByteArray bytes = text.toUtf8();
    if (ProfileParser::looksLikeProfile(bytes))
        content.texts << bytes;
    else
        content.refused << QStringLiteral("the dropped text is not a profile (it has no h-index and papers lines)");
    return content;
}

} // namespace DropClassifier
