// BibPaperMapper and BibEntryWriter: what a .bib entry becomes in the store
// (title, authors, date, category, arXiv id, DOI, affiliations, venue,
// fields) and that writing it back and reading it again gives the same
// entry and the same text.
#include "bibentrywriter.h"
#include "bibpapermapper.h"
#include "bibreader.h"
#include "support/testdata.h"

#include <QtTest>

namespace {

BibPaper mapped(const QString &text)
{
    const BibDocument doc = BibReader::readText(text);
    if (doc.entries.size() != 1)
        qFatal("expected one entry");
    return BibPaperMapper::map(doc.entries.at(0));
}

QString exportAll(const BibDocument &doc)
{
    QStringList preambles;
    for (const BibField &p : doc.preambles)
        preambles.append(p.value);
    QString out = BibEntryWriter::preambles(preambles);
    for (const BibEntry &e : doc.entries) {
        const BibPaper b = BibPaperMapper::map(e);
        out += QLatin1Char('\n') + BibEntryWriter::entry(b.entryType, b.paper.citationKey, b.fields);
    }
    return out;
}

} // namespace

class TestBibPaperMapper : public QObject
{
    Q_OBJECT

private slots:
    void dates_data();
    void dates();
    void arxiv_data();
    void arxiv();
    void paper();
    void affiliations();
    void venue_data();
    void venue();
    void untitled();
    void roundTrip_data();
    void roundTrip();
};

void TestBibPaperMapper::dates_data()
{
    QTest::addColumn<QString>("fields");
    QTest::addColumn<QDate>("date");
    QTest::newRow("date") << "date = {2020-03-15}" << QDate(2020, 3, 15);
    QTest::newRow("date month") << "date = {2024-07}" << QDate(2024, 7, 1);
    QTest::newRow("year") << "year = 2019" << QDate(2019, 1, 1);
    QTest::newRow("year and month macro") << "year = 1968, month = mar" << QDate(1968, 3, 1);
    QTest::newRow("year and month number") << "year = {1968}, month = {11}" << QDate(1968, 11, 1);
    QTest::newRow("date wins") << "year = 1999, date = {2001-02-03}" << QDate(2001, 2, 3);
    QTest::newRow("none") << "note = {x}" << QDate();
}

void TestBibPaperMapper::dates()
{
    QFETCH(QString, fields);
    QTEST(mapped(QStringLiteral("@article{k, title = {T}, %1}").arg(fields)).paper.date, "date");
}

void TestBibPaperMapper::arxiv_data()
{
    QTest::addColumn<QString>("fields");
    QTest::addColumn<QString>("id");
    QTest::addColumn<QString>("primaryClass");
    QTest::addColumn<QString>("category");
    QTest::newRow("eprint + primaryClass") << "eprint = {2107.03374}, archivePrefix = {arXiv}, primaryClass = {cs.LG}"
                                           << "2107.03374" << "cs.LG" << "LG";
    QTest::newRow("biblatex eprintclass") << "eprint = {2409.12345v2}, eprinttype = {arxiv}, eprintclass = {cs.SE}"
                                          << "2409.12345" << "cs.SE" << "SE";
    QTest::newRow("old eprint") << "eprint = {cs/0112017}, archiveprefix = {arXiv}" << "cs/0112017" << "cs" << "cs";
    QTest::newRow("Google Scholar journal") << "journal = {arXiv preprint arXiv:2301.03988}" << "2301.03988" << ""
                                            << "";
    QTest::newRow("other eprint") << "eprint = {12345}, eprinttype = {pubmed}" << "" << "" << "";
}

void TestBibPaperMapper::arxiv()
{
    QFETCH(QString, fields);
    const BibPaper b = mapped(QStringLiteral("@misc{k, title = {T}, %1}").arg(fields));
    QTEST(b.paper.arxivId, "id");
    QTEST(b.paper.primaryClass, "primaryClass");
    QTEST(b.paper.category, "category");
}

void TestBibPaperMapper::paper()
{
    const BibDocument doc = BibReader::read(TestData::fixtureBytes(QStringLiteral("bib/jabref.bib")));
    const BibPaper b = BibPaperMapper::map(doc.entries.at(0));
    QCOMPARE(b.entryType, QStringLiteral("article"));
    QCOMPARE(b.paper.citationKey, QStringLiteral("Mueller2019"));
    QCOMPARE(b.paper.title, QStringLiteral("Deep Learning for Code Search: A Survey"));
    QCOMPARE(b.paper.authors, QStringList({"Jörg Müller", "John Smith", "María García"}));
    QVERIFY(!b.paper.authorsTruncated);
    QCOMPARE(b.paper.doi, QStringLiteral("10.1007/s10664-019-09700-5"));
    QCOMPARE(b.paper.date, QDate(2019, 1, 1));
    QCOMPARE(b.venue, QStringLiteral("Empirical Software Engineering"));
    QCOMPARE(b.fields.size(), 12);
    QCOMPARE(b.fields.at(0), qMakePair(QStringLiteral("author"),
                                       QStringLiteral("M{\\\"u}ller, J{\\\"o}rg and Smith, John and Garc{\\'\\i}a, Mar{\\'\\i}a")));
    QCOMPARE(b.fields.at(7), qMakePair(QStringLiteral("month"), QStringLiteral("January")));
    const BibPaper scholar = BibPaperMapper::map(
        BibReader::read(TestData::fixtureBytes(QStringLiteral("bib/scholar.bib"))).entries.at(0));
    QVERIFY(scholar.paper.authorsTruncated);
    QCOMPARE(scholar.paper.authors.size(), 10);
}

void TestBibPaperMapper::affiliations()
{
    QCOMPARE(mapped(QStringLiteral("@phdthesis{k, title = {T}, school = {Universiteit van Amsterdam}}")).paper.affiliations,
             QStringList({"universiteit-van-amsterdam"}));
    QCOMPARE(mapped(QStringLiteral("@techreport{k, title = {T}, institution = {Microsoft Research}}")).paper.affiliations,
             QStringList({"microsoft-research"}));
    QCOMPARE(mapped(QStringLiteral("@article{k, title = {T}, affiliation = {ETH Z{\\\"u}rich; Inria and MIT}}")).paper.affiliations,
             QStringList({"eth-zurich", "inria", "mit"}));
}

void TestBibPaperMapper::venue_data()
{
    QTest::addColumn<QString>("fields");
    QTest::addColumn<QString>("venue");
    QTest::newRow("journal") << "journal = {J. {ACM}}, publisher = {ACM}" << "J. ACM";
    QTest::newRow("biblatex journaltitle") << "journaltitle = {Empirical Software Engineering}" << "Empirical Software Engineering";
    QTest::newRow("booktitle") << "booktitle = {Proc. {ICSE}}" << "Proc. ICSE";
    QTest::newRow("publisher") << "publisher = {Addison{\\-}Wesley}" << "AddisonWesley";
    QTest::newRow("none") << "note = {x}" << "";
}

void TestBibPaperMapper::venue()
{
    QFETCH(QString, fields);
    QTEST(mapped(QStringLiteral("@book{k, title = {T}, %1}").arg(fields)).venue, "venue");
}

void TestBibPaperMapper::untitled()
{
    const BibPaper b = mapped(QStringLiteral("@misc{web:home, url = {https://example.org}}"));
    QCOMPARE(b.paper.title, QStringLiteral("web:home"));
    QCOMPARE(b.paper.url, QStringLiteral("https://example.org"));
}

void TestBibPaperMapper::roundTrip_data()
{
    QTest::addColumn<QString>("file");
    for (const char *file : {"jabref.bib", "zotero.bib", "scholar.bib", "public-macros.bib", "windows-1252.bib",
                             "utf16le.bib"})
        QTest::newRow(file) << QString::fromLatin1(file);
}

void TestBibPaperMapper::roundTrip()
{
    QFETCH(QString, file);
    const BibDocument first = BibReader::read(TestData::fixtureBytes(QStringLiteral("bib/") + file));
    const QString exported = exportAll(first);
    const BibDocument second = BibReader::read(exported.toUtf8());
    QVERIFY2(second.ok(), qPrintable(second.errors.value(0).message));
    QCOMPARE(second.entries.size(), first.entries.size());
    QCOMPARE(second.preambles.size(), first.preambles.size());
    for (int i = 0; i < first.entries.size(); ++i) {
        const BibPaper a = BibPaperMapper::map(first.entries.at(i));
        const BibPaper b = BibPaperMapper::map(second.entries.at(i));
        QCOMPARE(b.paper.citationKey, a.paper.citationKey);
        QCOMPARE(b.entryType, a.entryType);
        QCOMPARE(b.fields, a.fields);
        QCOMPARE(b.paper.title, a.paper.title);
        QCOMPARE(b.paper.authors, a.paper.authors);
    }
    QCOMPARE(exportAll(second), exported);
}

QTEST_GUILESS_MAIN(TestBibPaperMapper)
#include "tst_bibpapermapper.moc"
