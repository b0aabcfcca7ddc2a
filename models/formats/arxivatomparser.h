#pragma once
// Reads the Atom feed the arXiv API answers with (QXmlStreamReader) into
// plain values. A pure function on bytes: no network, no store, no clock,
// so every kind of reply is tested on saved payloads.

#include <QByteArray>
#include <QDate>
#include <QString>
#include <QStringList>
#include <QVector>

struct ArxivEntry
{
    QString id;                  // without version: "2301.03988", "hep-th/9901001"
    int version = 0;             // 2 for ".../2301.03988v2"; 0 when the id has none
    QString title;               // white space folded
    QString summary;             // white space folded
    QStringList authors;         // in order
    QDate published;             // first version
    QDate updated;
    QString doi;
    QString primaryCategory;     // "cs.SE"
    QStringList categories;
    QString absUrl;              // the abstract page
    QString pdfUrl;
};

struct ArxivFeed
{
    enum class Status {
        Ok,                      // a feed, with or without entries
        Empty,                   // no bytes, or a feed that claims results but carries none
        ApiError,                // arXiv's error feed (an entry whose id is .../api/errors#...)
        Malformed,               // not XML, or not an Atom feed
    };
    Status status = Status::Malformed;
    QString error;               // ApiError: arXiv's message; Malformed: line and reason
    int totalResults = -1;       // opensearch:totalResults; -1 when absent
    QVector<ArxivEntry> entries;

    bool ok() const { return status == Status::Ok; }
};

namespace ArxivAtomParser {

ArxivFeed parse(const QByteArray &bytes);

// "http://arxiv.org/abs/2301.03988v2" -> "2301.03988" (and *version = 2).
QString idFromUrl(const QString &url, int *version = nullptr);

} // namespace ArxivAtomParser
