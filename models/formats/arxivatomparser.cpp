#include "arxivatomparser.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QXmlStreamReader>

namespace ArxivAtomParser {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ArxivAtomParser)
};
} // namespace

namespace {

const QString atomNs = QStringLiteral("http://www.w3.org/2005/Atom");
const QString arxivNs = QStringLiteral("http://arxiv.org/schemas/atom");
const QString openSearchNs = QStringLiteral("http://a9.com/-/spec/opensearch/1.1/");

bool is(const QXmlStreamReader &xml, const QString &ns, const char *name)
{
    return xml.namespaceUri() == ns && xml.name() == QLatin1String(name);
}

// "2023-01-09T17:35:56Z": the date as written, without a time-zone shift.
QDate dateOf(const QString &timestamp)
{
    return QDate::fromString(timestamp.trimmed().left(10), QStringLiteral("yyyy-MM-dd"));
}

QString attribute(const QXmlStreamReader &xml, const char *name)
{
    return xml.attributes().value(QLatin1String(name)).toString();
}

// Reads one <entry>; the reader stands on its start element.
ArxivEntry readEntry(QXmlStreamReader &xml, QString *rawId)
{
    ArxivEntry e;
    while (xml.readNextStartElement()) {
        if (is(xml, atomNs, "id")) {
            *rawId = xml.readElementText().trimmed();
            e.id = idFromUrl(*rawId, &e.version);
        } else if (is(xml, atomNs, "title")) {
            e.title = xml.readElementText(QXmlStreamReader::IncludeChildElements).simplified();
        } else if (is(xml, atomNs, "summary")) {
            e.summary = xml.readElementText(QXmlStreamReader::IncludeChildElements).simplified();
        } else if (is(xml, atomNs, "published")) {
            e.published = dateOf(xml.readElementText());
        } else if (is(xml, atomNs, "updated")) {
            e.updated = dateOf(xml.readElementText());
        } else if (is(xml, atomNs, "author")) {
            while (xml.readNextStartElement()) {
                if (is(xml, atomNs, "name")) {
                    const QString name = xml.readElementText().simplified();
                    if (!name.isEmpty())
                        e.authors << name;
                } else {
                    xml.skipCurrentElement();
                }
            }
        } else if (is(xml, atomNs, "link")) {
            const QString href = attribute(xml, "href").trimmed();
            const QString rel = attribute(xml, "rel");
            if (attribute(xml, "title") == QLatin1String("pdf")
                || attribute(xml, "type") == QLatin1String("application/pdf"))
                e.pdfUrl = href;
            else if (rel == QLatin1String("alternate") || (rel.isEmpty() && e.absUrl.isEmpty()))
                e.absUrl = href;
            xml.skipCurrentElement();
        } else if (is(xml, arxivNs, "doi")) {
            e.doi = xml.readElementText().trimmed();
        } else if (is(xml, arxivNs, "primary_category")) {
            e.primaryCategory = attribute(xml, "term").trimmed();
            xml.skipCurrentElement();
        } else if (is(xml, atomNs, "category")) {
            const QString term = attribute(xml, "term").trimmed();
            if (!term.isEmpty() && !e.categories.contains(term))
                e.categories << term;
            xml.skipCurrentElement();
        } else {
            xml.skipCurrentElement();
        }
    }
    if (e.primaryCategory.isEmpty() && !e.categories.isEmpty())
        e.primaryCategory = e.categories.first();
    return e;
}

} // namespace

QString idFromUrl(const QString &url, int *version)
{
    static const QRegularExpression pattern(QStringLiteral("/abs/(.+?)(?:v(\\d+))?/?$"));
    const QRegularExpressionMatch m = pattern.match(url.trimmed());
    if (version)
        *version = m.hasMatch() ? m.captured(2).toInt() : 0;
    return m.hasMatch() ? m.captured(1) : QString();
}

ArxivFeed parse(const QByteArray &bytes)
{
    ArxivFeed feed;
    if (bytes.trimmed().isEmpty()) {
        feed.status = ArxivFeed::Status::Empty;
        feed.error = Tr::tr("the reply is empty");
        return feed;
    }
    QXmlStreamReader xml(bytes);
    if (!xml.readNextStartElement() || !is(xml, atomNs, "feed")) {
        feed.error = xml.hasError()
            ? Tr::tr("line %1: %2").arg(xml.lineNumber()).arg(xml.errorString())
            : Tr::tr("not an Atom feed");
        return feed;
    }
    QString apiError;
    while (xml.readNextStartElement()) {
        if (is(xml, atomNs, "entry")) {
            QString rawId;
            const ArxivEntry entry = readEntry(xml, &rawId);
            if (rawId.contains(QLatin1String("/api/errors")))
                apiError = entry.summary.isEmpty() ? entry.title : entry.summary;
            else if (!entry.id.isEmpty())
                feed.entries << entry;
        } else if (is(xml, openSearchNs, "totalResults")) {
            bool ok = false;
            const int total = xml.readElementText().trimmed().toInt(&ok);
            feed.totalResults = ok ? total : -1;
        } else {
            xml.skipCurrentElement();
        }
    }
    while (!xml.atEnd() && !xml.hasError())
        xml.readNext(); // anything after </feed> must be well-formed too
    if (xml.hasError()) {
        feed.status = ArxivFeed::Status::Malformed;
        feed.error = Tr::tr("line %1: %2").arg(xml.lineNumber()).arg(xml.errorString());
        feed.entries.clear();
        return feed;
    }
    if (!apiError.isEmpty()) {
        feed.status = ArxivFeed::Status::ApiError;
        feed.error = apiError;
        feed.entries.clear();
        return feed;
    }
    // arXiv now and then answers a query that has results with none of them.
    if (feed.entries.isEmpty() && feed.totalResults > 0) {
        feed.status = ArxivFeed::Status::Empty;
        feed.error = Tr::tr("the reply lists %n results but carries none", nullptr, feed.totalResults);
        return feed;
    }
    feed.status = ArxivFeed::Status::Ok;
    return feed;
}

} // namespace ArxivAtomParser
