#include "dropclassifier.h"

#include "profileparser.h"
#include "bibreader.h"

#include <QCoreApplication>
#include <QMimeData>

namespace DropClassifier {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(DropClassifier)
};
} // namespace

namespace {
QString mozUrlFormat()
{
    return QStringLiteral("text/x-moz-url");
}

void addUrl(DropContent &content, const QUrl &url)
{
    if (url.isLocalFile()) {
        content.paths << url.toLocalFile();
    } else if (url.scheme() == QStringLiteral("http") || url.scheme() == QStringLiteral("https")) {
        content.links << url;
    } else {
        content.refused << Tr::tr("%1: only files and http(s) links can be imported").arg(url.toDisplayString());
    }
}

// Firefox's text/x-moz-url: UTF-16 (little-endian unless a BOM says
// otherwise) lines alternating link and title.
QVector<QUrl> mozUrls(const QByteArray &bytes)
{
    bool bigEndian = false;
    int start = 0;
    if (bytes.startsWith("\xFF\xFE")) {
        start = 2;
    } else if (bytes.startsWith("\xFE\xFF")) {
        bigEndian = true;
        start = 2;
    }
    QString text;
    text.reserve(bytes.size() / 2);
    for (int i = start; i + 1 < bytes.size(); i += 2) {
        const uchar a = uchar(bytes.at(i));
        const uchar b = uchar(bytes.at(i + 1));
        const ushort unit = bigEndian ? ushort(a << 8 | b) : ushort(b << 8 | a);
        if (unit == 0)
            break;
        text.append(QChar(unit));
    }
    QVector<QUrl> urls;
    const QStringList lines = text.split(QLatin1Char('\n'));
    for (int i = 0; i < lines.size(); i += 2) {
        const QString line = lines.at(i).trimmed();
        if (!line.isEmpty())
            urls << QUrl(line, QUrl::StrictMode);
    }
    return urls;
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
    return data && (data->hasUrls() || data->hasText() || data->hasFormat(mozUrlFormat()));
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
    if (data->hasFormat(mozUrlFormat())) {
        const QVector<QUrl> urls = mozUrls(data->data(mozUrlFormat()));
        if (!urls.isEmpty()) {
            for (const QUrl &url : urls)
                addUrl(content, url);
            return content;
        }
    }
    if (!data->hasText())
        return content;
    const QString text = data->text();
    if (BibReader::looksLikeBibtex(text.toUtf8())) { // before links: entries have url fields
        content.texts << text.toUtf8();
        return content;
    }
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
        content.refused << Tr::tr("the dropped text is not a profile (it has no h-index and papers lines)");
    return content;
}

} // namespace DropClassifier
