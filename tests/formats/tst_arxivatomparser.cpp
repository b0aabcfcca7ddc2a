// ArxivAtomParser as a pure function on bytes: recorded arXiv replies (a
// clean match, no result, two candidates, a title in other case and
// punctuation, a wrong year, arXiv's error feed, malformed XML, arXiv's
// empty reply) and small hand-made payloads.
#include "arxivatomparser.h"

#include "support/testdata.h"

#include <QtTest>

namespace {
QByteArray reply(const char *name)
{
    return TestData::fixtureBytes(QStringLiteral("arxiv/") + QLatin1String(name));
}
} // namespace

class TestArxivAtomParser : public QObject
{
    Q_OBJECT
private slots:
    void cleanMatch()
    {
        const ArxivFeed feed = ArxivAtomParser::parse(reply("santacoder-match.xml"));
        QVERIFY2(feed.ok(), qPrintable(feed.error));
        QCOMPARE(feed.totalResults, 1);
        QCOMPARE(feed.entries.size(), 1);
        const ArxivEntry &e = feed.entries.first();
        QCOMPARE(e.id, QStringLiteral("2301.03988"));
        QCOMPARE(e.version, 2);
        QCOMPARE(e.title, QStringLiteral("SantaCoder: don't reach for the stars!")); // white space folded
        QVERIFY(e.summary.startsWith(QStringLiteral("The BigCode project is an open-scientific collaboration working on the responsible")));
        QCOMPARE(e.authors, (QStringList{QStringLiteral("Loubna Ben Allal"), QStringLiteral("Raymond Li"),
                                         QStringLiteral("Denis Kocetkov"), QStringLiteral("Chenghao Mou"),
                                         QStringLiteral("Niklas Muennighoff"), QStringLiteral("Harm de Vries"),
                                         QStringLiteral("Leandro von Werra")}));
        QCOMPARE(e.published, QDate(2023, 1, 9));
        QCOMPARE(e.updated, QDate(2023, 2, 24));
        QCOMPARE(e.doi, QStringLiteral("10.48550/arXiv.2301.03988"));
        QCOMPARE(e.primaryCategory, QStringLiteral("cs.SE"));
        QCOMPARE(e.categories, (QStringList{QStringLiteral("cs.SE"), QStringLiteral("cs.AI"), QStringLiteral("cs.LG")}));
        QCOMPARE(e.absUrl, QStringLiteral("http://arxiv.org/abs/2301.03988v2"));
        QCOMPARE(e.pdfUrl, QStringLiteral("http://arxiv.org/pdf/2301.03988v2"));
    }

    void noResult()
    {
        const ArxivFeed feed = ArxivAtomParser::parse(reply("no-result.xml"));
        QVERIFY(feed.ok());
        QCOMPARE(feed.totalResults, 0);
        QVERIFY(feed.entries.isEmpty());
    }

    void twoCandidatesWithPrefixedNamespaces()
    {
        const ArxivFeed feed = ArxivAtomParser::parse(reply("two-candidates.xml"));
        QVERIFY(feed.ok());
        QCOMPARE(feed.totalResults, 2);
        QCOMPARE(feed.entries.size(), 2);
        QCOMPARE(feed.entries.at(0).id, QStringLiteral("2401.03065"));
        QCOMPARE(feed.entries.at(0).authors.at(1), QString::fromUtf8("Baptiste Rozière"));
        QCOMPARE(feed.entries.at(1).id, QStringLiteral("2412.00001"));
        QCOMPARE(feed.entries.at(1).version, 3);
        QCOMPARE(feed.entries.at(1).primaryCategory, QStringLiteral("cs.LG"));
        QVERIFY(feed.entries.at(1).pdfUrl.isEmpty());
    }

    void titleWithMathAndWrappedLines()
    {
        const ArxivFeed feed = ArxivAtomParser::parse(reply("case-and-punctuation.xml"));
        QVERIFY(feed.ok());
        QCOMPARE(feed.entries.size(), 2);
        QCOMPARE(feed.entries.first().title,
                 QStringLiteral("COMPLETION $\\neq$ COLLABORATION -- Scaling collaborative effort, with agents."));
        QCOMPARE(feed.entries.at(1).primaryCategory, QString()); // none given
    }

    void wrongYearIsStillParsed()
    {
        const ArxivFeed feed = ArxivAtomParser::parse(reply("wrong-year.xml"));
        QVERIFY(feed.ok());
        QCOMPARE(feed.entries.first().published, QDate(2019, 11, 4));
        QCOMPARE(feed.entries.first().authors.first(), QStringLiteral("FAIR CodeGen team"));
    }

    void errorFeed()
    {
        const ArxivFeed feed = ArxivAtomParser::parse(reply("error.xml"));
        QCOMPARE(feed.status, ArxivFeed::Status::ApiError);
        QCOMPARE(feed.error, QStringLiteral("max_results must be non-negative"));
        QVERIFY(feed.entries.isEmpty()); // the error entry is not a paper
        QVERIFY(!feed.ok());
    }

    void malformedXml()
    {
        const ArxivFeed feed = ArxivAtomParser::parse(reply("malformed.xml"));
        QCOMPARE(feed.status, ArxivFeed::Status::Malformed);
        QVERIFY2(feed.error.startsWith(QStringLiteral("line ")), qPrintable(feed.error));
        QVERIFY(feed.entries.isEmpty());
    }

    void emptyReplies_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::newRow("no bytes") << QByteArray();
        QTest::newRow("white space") << QByteArray(" \r\n\t");
        QTest::newRow("results claimed, none given") << reply("empty-feed.xml");
    }
    void emptyReplies()
    {
        QFETCH(QByteArray, bytes);
        const ArxivFeed feed = ArxivAtomParser::parse(bytes);
        QCOMPARE(feed.status, ArxivFeed::Status::Empty);
        QVERIFY(!feed.error.isEmpty());
    }

    void notAnAtomFeed_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::newRow("html") << QByteArray("<!DOCTYPE html><html><body>Service Unavailable</body></html>");
        QTest::newRow("rss") << QByteArray("<rss version=\"2.0\"><channel/></rss>");
        QTest::newRow("feed without namespace") << QByteArray("<feed><entry><id>x</id></entry></feed>");
        QTest::newRow("plain text") << QByteArray("Rate exceeded.");
        QTest::newRow("trailing garbage") << QByteArray("<feed xmlns=\"http://www.w3.org/2005/Atom\"></feed><x>");
        QTest::newRow("binary") << QByteArray("\x89PNG\r\n\x1a\n\0\0", 10);
    }
    void notAnAtomFeed()
    {
        QFETCH(QByteArray, bytes);
        const ArxivFeed feed = ArxivAtomParser::parse(bytes);
        QCOMPARE(feed.status, ArxivFeed::Status::Malformed);
        QVERIFY(!feed.error.isEmpty());
    }

    void entriesWithoutAnIdAreSkipped()
    {
        const QByteArray bytes = "<feed xmlns=\"http://www.w3.org/2005/Atom\">"
                                 "<entry><title>No id here</title></entry>"
                                 "<entry><id>https://arxiv.org/abs/hep-th/9901001v1</id><title>Old style</title>"
                                 "<author><name> Ada   Lovecode </name></author><unknown><deep/></unknown></entry>"
                                 "</feed>";
        const ArxivFeed feed = ArxivAtomParser::parse(bytes);
        QVERIFY(feed.ok());
        QCOMPARE(feed.totalResults, -1);
        QCOMPARE(feed.entries.size(), 1);
        QCOMPARE(feed.entries.first().id, QStringLiteral("hep-th/9901001"));
        QCOMPARE(feed.entries.first().authors, QStringList{QStringLiteral("Ada Lovecode")});
    }

    void idFromUrl_data()
    {
        QTest::addColumn<QString>("url");
        QTest::addColumn<QString>("id");
        QTest::addColumn<int>("version");
        QTest::newRow("new style") << "http://arxiv.org/abs/2301.03988v2" << "2301.03988" << 2;
        QTest::newRow("https, no version") << "https://arxiv.org/abs/2301.03988" << "2301.03988" << 0;
        QTest::newRow("five digits") << "http://arxiv.org/abs/2510.25744v12" << "2510.25744" << 12;
        QTest::newRow("old style") << "http://arxiv.org/abs/hep-th/9901001v1" << "hep-th/9901001" << 1;
        QTest::newRow("old style with v in archive") << "http://arxiv.org/abs/solv-int/9901001" << "solv-int/9901001" << 0;
        QTest::newRow("not an abstract page") << "http://arxiv.org/api/errors#bad" << "" << 0;
    }
    void idFromUrl()
    {
        QFETCH(QString, url);
        QFETCH(QString, id);
        QFETCH(int, version);
        int v = -1;
        QCOMPARE(ArxivAtomParser::idFromUrl(url, &v), id);
        QCOMPARE(v, version);
    }
};

QTEST_GUILESS_MAIN(TestArxivAtomParser)
#include "tst_arxivatomparser.moc"
