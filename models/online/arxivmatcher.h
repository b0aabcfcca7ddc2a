#pragma once
// Decides which arXiv entry, if any, is a paper: what to ask the API for a
// paper (a title search) and how to judge the answer (normalised titles
// equal, first authors' family names equal, years at most one apart).
// Pure: no network, no store.

#include "arxivatomparser.h"
#include "paperrecord.h"

#include <QString>
#include <QStringList>
#include <QUrl>
#include <QVector>

struct ArxivMatch
{
    enum class Outcome { Matched, NotFound, Ambiguous };
    Outcome outcome = Outcome::NotFound;
    ArxivEntry entry;            // when Matched
    QStringList candidates;      // ids, when Ambiguous
    QString reason;              // one line, when not Matched
};

namespace ArxivMatcher {

constexpr int maxResults = 10;

// api + "?search_query=ti:\"...\"&start=0&max_results=10". The title's
// words only, so no punctuation of the title can change the query's shape.
QUrl requestUrl(const QUrl &api, const QString &title);

ArxivMatch match(const PaperRecord &paper, const QVector<ArxivEntry> &entries);

} // namespace ArxivMatcher
