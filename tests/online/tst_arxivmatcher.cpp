// ArxivMatcher: which entry of a reply is the paper (normalised titles,
// first author's family name, year ±1), and the question asked for it.
#include "arxivmatcher.h"

#include "support/testdata.h"

#include <QtTest>
#include <QUrlQuery>

namespace {
QByteArray reply(const char *name)
{
    return TestData::fixtureBytes(QStringLiteral("arxiv/") + QLatin1String(name));
}

PaperRecord paper(const QString &title, const QStringList &authors, const QDate &date)
{
    PaperRecord p;
    p.title = title;
    p.authors = authors;
    p.authorsTruncated = true;
    p.date = date;
    return p;
}

ArxivEntry entry(const QString &id, const QString &title, const QStringList &authors, const QDate &published)
{
    ArxivEntry e;
    e.id = id;
    e.title = title;
    e.authors = authors;
    e.published = published;
    return e;
}

const QString santa = QStringLiteral("SantaCoder: don't reach for the stars!");
} // namespace

class TestArxivMatcher : public QObject
{
    Q_OBJECT
private slots:
    void cleanMatchFromARecordedReply()
    {
        const PaperRecord p = paper(santa, {QStringLiteral("Loubna Ben Allal"), QStringLiteral("Raymond Li")},
                                    QDate(2023, 1, 9));
        const ArxivMatch m = ArxivMatcher::match(p, ArxivAtomParser::parse(reply("santacoder-match.xml")).entries);
        QCOMPARE(m.outcome, ArxivMatch::Outcome::Matched);
        QCOMPARE(m.entry.id, QStringLiteral("2301.03988"));
        QCOMPARE(m.entry.authors.size(), 7);
    }

    void titleDifferingInCaseAndPunctuationMatches()
    {
        const PaperRecord p = paper(QStringLiteral("Completion $\\neq$ Collaboration: Scaling Collaborative Effort with Agents"),
                                    {QStringLiteral("Shannon Zejiang Shen")}, QDate(2025, 10, 29));
        const ArxivMatch m = ArxivMatcher::match(p, ArxivAtomParser::parse(reply("case-and-punctuation.xml")).entries);
        QCOMPARE(m.outcome, ArxivMatch::Outcome::Matched);
        QCOMPARE(m.entry.id, QStringLiteral("2510.25744"));
    }

    void twoCandidatesAreAmbiguous()
    {
        const PaperRecord p = paper(QStringLiteral("CRUXEval: A Benchmark for Code Reasoning, Understanding and Execution"),
                                    {QStringLiteral("Ada Lovecode")}, QDate(2024, 1, 5));
        const ArxivMatch m = ArxivMatcher::match(p, ArxivAtomParser::parse(reply("two-candidates.xml")).entries);
        QCOMPARE(m.outcome, ArxivMatch::Outcome::Ambiguous);
        QCOMPARE(m.candidates, (QStringList{QStringLiteral("2401.03065"), QStringLiteral("2412.00001")}));
        QVERIFY2(m.reason.contains(QStringLiteral("2 candidates")), qPrintable(m.reason));
    }

    void wrongYearIsRefused()
    {
        const PaperRecord p = paper(QStringLiteral("CWM: An Open-Weights LLM for Research on Code Generation with World Models"),
                                    {QStringLiteral("FAIR CodeGen team"), QStringLiteral("Jade Copet")}, QDate(2025, 9, 30));
        const ArxivMatch m = ArxivMatcher::match(p, ArxivAtomParser::parse(reply("wrong-year.xml")).entries);
        QCOMPARE(m.outcome, ArxivMatch::Outcome::NotFound);
        QVERIFY2(m.reason.contains(QStringLiteral("2019")) && m.reason.contains(QStringLiteral("2025")),
                 qPrintable(m.reason));
    }

    void noResult()
    {
        const PaperRecord p = paper(QStringLiteral("SlopCodeBench"), {QStringLiteral("Gabriel Orlanski")}, QDate(2025, 3, 25));
        const ArxivMatch m = ArxivMatcher::match(p, ArxivAtomParser::parse(reply("no-result.xml")).entries);
        QCOMPARE(m.outcome, ArxivMatch::Outcome::NotFound);
        QCOMPARE(m.reason, QStringLiteral("no result"));
    }

    void rules_data()
    {
        QTest::addColumn<QString>("theirTitle");
        QTest::addColumn<QString>("theirAuthor");
        QTest::addColumn<int>("theirYear");
        QTest::addColumn<bool>("matches");
        QTest::newRow("same") << santa << "Loubna Ben Allal" << 2023 << true;
        QTest::newRow("a year before") << santa << "Loubna Ben Allal" << 2022 << true;
        QTest::newRow("a year after") << santa << "Loubna Ben Allal" << 2024 << true;
        QTest::newRow("two years after") << santa << "Loubna Ben Allal" << 2025 << false;
        QTest::newRow("family name with diacritics and case") << santa << QString::fromUtf8("L. B. ALLÁL") << 2023 << true;
        QTest::newRow("other first author") << santa << "Raymond Li" << 2023 << false;
        QTest::newRow("title in capitals, other quotes") << "SANTACODER -- DON'T REACH FOR THE STARS" << "Loubna Ben Allal" << 2023 << true;
        QTest::newRow("longer title") << "SantaCoder: don't reach for the stars! Part II" << "Loubna Ben Allal" << 2023 << false;
        QTest::newRow("shorter title") << "SantaCoder" << "Loubna Ben Allal" << 2023 << false;
    }
    void rules()
    {
        QFETCH(QString, theirTitle);
        QFETCH(QString, theirAuthor);
        QFETCH(int, theirYear);
        QFETCH(bool, matches);
        const PaperRecord p = paper(santa, {QStringLiteral("Loubna Ben Allal")}, QDate(2023, 1, 9));
        const ArxivMatch m = ArxivMatcher::match(
            p, {entry(QStringLiteral("2301.03988"), theirTitle, {theirAuthor}, QDate(theirYear, 1, 1))});
        QCOMPARE(m.outcome == ArxivMatch::Outcome::Matched, matches);
        if (!matches)
            QVERIFY(!m.reason.isEmpty());
    }

    void theSameEntryTwiceIsOneCandidate()
    {
        const PaperRecord p = paper(santa, {QStringLiteral("Loubna Ben Allal")}, QDate(2023, 1, 9));
        const ArxivEntry e = entry(QStringLiteral("2301.03988"), santa, {QStringLiteral("Loubna Ben Allal")}, QDate(2023, 1, 9));
        QCOMPARE(ArxivMatcher::match(p, {e, e}).outcome, ArxivMatch::Outcome::Matched);
    }

    void requestUrlAsksForTheTitlesWords()
    {
        const QUrl url = ArxivMatcher::requestUrl(QUrl(QStringLiteral("https://export.arxiv.org/api/query")),
                                                  QStringLiteral("Completion $\\neq$ Collaboration: \"Scaling\" & Rozière's (AND) agents"));
        QCOMPARE(url.host(), QStringLiteral("export.arxiv.org"));
        QCOMPARE(url.path(), QStringLiteral("/api/query"));
        const QUrlQuery query(url);
        QCOMPARE(query.queryItemValue(QStringLiteral("search_query"), QUrl::FullyDecoded),
                 QStringLiteral("ti:\"Completion neq Collaboration Scaling Roziere's AND agents\""));
        QCOMPARE(query.queryItemValue(QStringLiteral("start")), QStringLiteral("0"));
        QCOMPARE(query.queryItemValue(QStringLiteral("max_results")), QString::number(ArxivMatcher::maxResults));
        // No raw quote, space or ampersand of the title reaches the wire.
        const QString wire = url.toString(QUrl::FullyEncoded);
        QVERIFY2(!wire.contains(QLatin1Char(' ')) && !wire.contains(QLatin1Char('"')), qPrintable(wire));
        QCOMPARE(wire.count(QLatin1Char('&')), 2);
    }
};

QTEST_GUILESS_MAIN(TestArxivMatcher)
#include "tst_arxivmatcher.moc"
