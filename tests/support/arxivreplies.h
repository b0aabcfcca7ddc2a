#pragma once
// Test support: what a local HTTP server (localhttpserver.h) answers in
// place of arXiv, from the recorded Atom replies in tests/data/arxiv/: for
// each paper of profile-ada-lovecode.txt the reply arXiv gave to its title
// (a match, a wrong year, two candidates, a title differing in case and
// punctuation, nothing found). For the look-up job, the window and
// `paperscope enrich`. Header-only, Qt Core and Network only.

#include "localhttpserver.h"

namespace ArxivReplies {

// The search query of a request: ti:"<title>".
inline QString titleAsked(const TestHttp::Request &r)
{
    return r.query.queryItemValue(QStringLiteral("search_query"), QUrl::FullyDecoded);
}

// A recorded reply, by its file name in tests/data/arxiv/.
inline TestHttp::Reply atom(const char *name)
{
    return TestHttp::Reply::file(QStringLiteral(PAPERSCOPE_TEST_DATA "/arxiv/") + QLatin1String(name),
                                 "application/atom+xml; charset=utf-8");
}

// The recorded reply for each paper of profile-ada-lovecode.txt.
inline TestHttp::Reply recorded(const TestHttp::Request &r)
{
    const QString q = titleAsked(r);
    if (q.contains(QLatin1String("SantaCoder")))
        return atom("santacoder-match.xml");
    if (q.contains(QLatin1String("CWM")))
        return atom("wrong-year.xml");
    if (q.contains(QLatin1String("CRUXEval")))
        return atom("two-candidates.xml");
    if (q.contains(QLatin1String("Completion")))
        return atom("case-and-punctuation.xml");
    return atom("no-result.xml");
}

} // namespace ArxivReplies
