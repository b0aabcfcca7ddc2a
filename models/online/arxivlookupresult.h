#pragma once
// What one arXiv look-up found for one paper, the tally of a batch, and the
// one-line texts the command line and the window's summary show for them.

#include <QCoreApplication>
#include <QMetaType>
#include <QString>
#include <QVector>

struct ArxivLookupResult
{
    enum class Outcome { Matched, NotFound, Ambiguous, Failed };
    qint64 paperId = 0;
    QString citationKey;
    QString title;
    Outcome outcome = Outcome::Failed;
    QString arxivId;             // when Matched
    QString detail;              // why not, when not Matched
    bool fromCache = false;      // answered by a stored reply, without asking arXiv

    // "allal2023santacoder  matched 2301.03988" or "...  not found: no result"
    // (translated in the window; the command line prints English).
    QString line() const;

    Q_DECLARE_TR_FUNCTIONS(ArxivLookupResult)
};

struct ArxivLookupSummary
{
    int matched = 0;
    int notFound = 0;
    int ambiguous = 0;
    int failed = 0;

    void add(const ArxivLookupResult &result);
    int total() const { return matched + notFound + ambiguous + failed; }
    // "4 papers looked up: 1 matched, 1 not found, 1 ambiguous, 1 failed"
    QString text() const;

    Q_DECLARE_TR_FUNCTIONS(ArxivLookupSummary)
};

Q_DECLARE_METATYPE(ArxivLookupResult)
Q_DECLARE_METATYPE(ArxivLookupSummary)
