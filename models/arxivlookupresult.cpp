#include "arxivlookupresult.h"

QString ArxivLookupResult::line() const
{
    QString what;
    switch (outcome) {
    case Outcome::Matched: what = QStringLiteral("matched %1").arg(arxivId); break;
    case Outcome::NotFound: what = QStringLiteral("not found: %1").arg(detail); break;
    case Outcome::Ambiguous: what = QStringLiteral("ambiguous: %1").arg(detail); break;
    case Outcome::Failed: what = QStringLiteral("failed: %1").arg(detail); break;
    }
    if (fromCache && outcome != Outcome::Failed)
        what += QStringLiteral(" (cached reply)");
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
    return QStringLiteral("%1 %2 looked up: %3 matched, %4 not found, %5 ambiguous, %6 failed")
        .arg(total())
        .arg(total() == 1 ? QStringLiteral("paper") : QStringLiteral("papers"))
        .arg(matched)
        .arg(notFound)
        .arg(ambiguous)
        .arg(failed);
}
