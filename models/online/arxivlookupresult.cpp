#include "arxivlookupresult.h"

QString ArxivLookupResult::line() const
{
    QString what;
    switch (outcome) {
    case Outcome::Matched: what = tr("matched %1").arg(arxivId); break;
    case Outcome::NotFound: what = tr("not found: %1").arg(detail); break;
    case Outcome::Ambiguous: what = tr("ambiguous: %1").arg(detail); break;
    case Outcome::Failed: what = tr("failed: %1").arg(detail); break;
    }
    if (fromCache && outcome != Outcome::Failed)
        what = tr("%1 (cached reply)").arg(what);
    return QStringLiteral("%1  %2").arg(citationKey.isEmpty() ? title : citationKey, what);
}

void ArxivLookupSummary::add(const ArxivLookupResult &result)
{
    switch (result.outcome) {
    case ArxivLookupResult::Outcome::Matched: ++matched; break;
    case ArxivLookupResult::Outcome::NotFound: ++notFound; break;
    case ArxivLookupResult::Outcome::Ambiguous: ++ambiguous; break;
    case ArxivLookupResult::Outcome::Failed: ++failed; break;
    }
}

QString ArxivLookupSummary::text() const
{
    const int n = total();
    return tr("%Ln papers looked up: %L1 matched, %L2 not found, %L3 ambiguous, %L4 failed", nullptr, n)
        .arg(matched)
        .arg(notFound)
        .arg(ambiguous)
        .arg(failed);
}
