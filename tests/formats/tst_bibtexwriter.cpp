// Tests for BibtexWriter: exact entries, author lists, categories, both
// non-ASCII modes, device errors, and the real tools: biber
// (--validate-datamodel) and bibtex (plain.bst) must read what we write
// without a single error or warning.
#include "bibtexwriter.h"
#include "support/bibtools.h"
#include "latexescaper.h"

#include <QBuffer>
#include <QFile>
#include <QRandomGenerator>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

Q_DECLARE_METATYPE(BibtexWriter::NonAscii)

namespace {

PaperRecord paper(const QString &key, const QString &title, const QStringList &authors, bool truncated = true)
{
    PaperRecord p;
    p.citationKey = key;
    p.title = title;
    p.authors = authors;
    p.authorsTruncated = truncated;
    p.date = QDate(2023, 1, 9);
    p.category = QStringLiteral("SE");
    return p;
}

// Papers that exercise everything the escaper and the writer handle.
QVector<PaperRecord> variedPapers()
{
    QVector<PaperRecord> papers;
    PaperRecord santa = paper(QStringLiteral("allal2023santacoder"), QStringLiteral("SantaCoder: don't reach for the stars!"),
                              {QStringLiteral("Loubna Ben Allal"), QStringLiteral("Raymond Li"), QStringLiteral("Denis Kocetkov")});
    santa.hasCode = true;
    santa.affiliations = QStringList{QStringLiteral("cmu"), QStringLiteral("huggingface")};
    santa.abstract = QStringLiteral("We train 1.1B parameter models; 5+ GitHub stars. See https://hf.co/bigcode.");
    santa.arxivId = QStringLiteral("2301.03988");
    santa.doi = QStringLiteral("10.48550/arXiv.2301.03988");
    santa.url = QStringLiteral("https://arxiv.org/abs/2301.03988");
    papers << santa;

    PaperRecord ken = paper(QStringLiteral("gu2025completion"), QStringLiteral("Completion $\\neq$ Collaboration: Scaling LLMs"),
                            {QStringLiteral("Ken Gu"), QStringLiteral("Baptiste Rozi\u00e8re")});
    ken.date = QDate(2025, 10, 29);
    ken.category = QStringLiteral("stat.ML");
    ken.abstract = QStringLiteral("Costs 50% & more_ #1 ~2 x^2 $x_1$ \\textit{foo} {unbalanced and a lone } and a lone $ sign. "
                                  "Also \\textit{near-duplicate}, 40\\% and $\\widetilde{\\mathcal{O}}(n^{1/2} K^{-2/5})$.");
    papers << ken;

    PaperRecord cwm = paper(QStringLiteral("fair2025cwm"), QStringLiteral("CWM: An Open-Weights LLM for Research on Code Generation"),
                            {QStringLiteral("FAIR CodeGen team"), QStringLiteral("Jade Copet"), QStringLiteral("Quentin Carbonneaux")});
    cwm.date = QDate(2025, 9, 30);
    cwm.abstract = QStringLiteral("It reaches pass@1 scores of 65.8% on SWE-bench Verified.");
    papers << cwm;

    PaperRecord names = paper(QStringLiteral("muller2024uber"), QStringLiteral("\u00dcber GPT-4 and the \u201cWorld\u201d \u2014 a Study"),
                              {QStringLiteral("J\u00fcrgen M\u00fcller"), QStringLiteral("\u0141ukasz Stra\u00dfe"),
                               QStringLiteral("S\u00f8ren Fran\u00e7ois"), QStringLiteral("Tom\u00e1\u0161 Ho\u0148ek"),
                               QStringLiteral("Nguy\u1ec5n V\u0103n A"), QStringLiteral("Ludwig van Beethoven")},
                              false);
    names.date = QDate(2024, 12, 1);
    names.category = QStringLiteral("LG");
    names.abstract = QStringLiteral("Multi-line\nabstract\twith tabs, \u4e2d\u6587 text and $\u03b1 \\leq \u00e9$.");
    papers << names;

    PaperRecord bare = paper(QStringLiteral("anon2022bare"), QStringLiteral("min-max"), {QStringLiteral("Alex Gu")}, false);
    bare.category.clear();
    papers << bare;

    // No authors at all: plain.bst then needs a key to sort by.
    papers << paper(QStringLiteral("nobody2023note"), QStringLiteral("A Note Without Authors"), {}, false);

    // Seeded random text in titles and abstracts: any input must stay valid.
    QRandomGenerator random(20240229);
    static const QStringList pieces = {
        QStringLiteral("a"), QStringLiteral("Zb"), QStringLiteral(" "), QStringLiteral(" "), QStringLiteral("{"),
        QStringLiteral("}"), QStringLiteral("$"), QStringLiteral("\\"), QStringLiteral("\\{"), QStringLiteral("\\}"),
        QStringLiteral("%"), QStringLiteral("&"), QStringLiteral("#"), QStringLiteral("_"), QStringLiteral("~"),
        QStringLiteral("^"), QStringLiteral("\\textit{"), QStringLiteral("\\neq"), QStringLiteral("GPT-4"),
        QStringLiteral("\u00e8"), QStringLiteral("@"), QStringLiteral("\""), QStringLiteral(","), QStringLiteral("$$"),
    };
    for (int i = 0; i < 40; ++i) {
        QString title;
        QString abstract;
        for (int k = random.bounded(2, 25); k > 0; --k)
            title += pieces.at(random.bounded(pieces.size()));
        for (int k = random.bounded(2, 60); k > 0; --k)
            abstract += pieces.at(random.bounded(pieces.size()));
        PaperRecord p = paper(QStringLiteral("fuzz2023n%1").arg(i), title, {QStringLiteral("Fuzz Tester")}, i % 2);
        p.abstract = abstract;
        papers << p;
    }
    return papers;
}

QString exportText(BibtexWriter::NonAscii mode, const QVector<PaperRecord> &papers)
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    if (!BibtexWriter(mode).write(&buffer, papers))
        return QString();
    return QString::fromUtf8(buffer.data());
}

} // namespace

class TestBibtexWriter : public QObject
{
    Q_OBJECT
private slots:
    void entry()
    {
        const PaperRecord santa = variedPapers().at(0);
        QCOMPARE(BibtexWriter().entry(santa),
                 QStringLiteral("@misc{allal2023santacoder,\n"
                                "  author = {Loubna Ben Allal and Raymond Li and Denis Kocetkov and others},\n"
                                "  title = {{SantaCoder}: don't reach for the stars!},\n"
                                "  year = {2023},\n"
                                "  month = jan,\n"
                                "  eprint = {2301.03988},\n"
                                "  archivePrefix = {arXiv},\n"
                                "  primaryClass = {cs.SE},\n"
                                "  doi = {10.48550/arXiv.2301.03988},\n"
                                "  url = {https://arxiv.org/abs/2301.03988},\n"
                                "  abstract = {We train 1.1B parameter models; 5+ GitHub stars. See https://hf.co/bigcode.},\n"
                                "}\n"));
        const PaperRecord bare = variedPapers().at(4);
        QCOMPARE(BibtexWriter().entry(bare), QStringLiteral("@misc{anon2022bare,\n"
                                                            "  author = {Alex Gu},\n"
                                                            "  title = {min-max},\n"
                                                            "  year = {2023},\n"
                                                            "  month = jan,\n"
                                                            "}\n"));
    }

    void fields_data()
    {
        QTest::addColumn<int>("index");
        QTest::addColumn<BibtexWriter::NonAscii>("mode");
        QTest::addColumn<QString>("line");
        const auto utf8 = BibtexWriter::NonAscii::KeepUtf8;
        const auto latex = BibtexWriter::NonAscii::LatexEscapes;
        QTest::newRow("math title") << 1 << utf8 << QStringLiteral("  title = {Completion $\\neq$ Collaboration: Scaling {LLMs}},\n");
        QTest::newRow("dotted category") << 1 << utf8 << QStringLiteral("  primaryClass = {stat.ML},\n");
        QTest::newRow("october") << 1 << utf8 << QStringLiteral("  month = oct,\n");
        QTest::newRow("utf8 author") << 1 << utf8 << QStringLiteral("  author = {Ken Gu and Baptiste Rozi\u00e8re and others},\n");
        QTest::newRow("latex author") << 1 << latex << QStringLiteral("  author = {Ken Gu and Baptiste Rozi{\\`e}re and others},\n");
        QTest::newRow("abstract") << 1 << utf8
            << QStringLiteral("  abstract = {Costs 50\\% \\& more\\_ \\#1 \\textasciitilde{}2 x\\textasciicircum{}2 $x_1$ "
                              "\\textit{foo} \\{unbalanced and a lone \\} and a lone \\$ sign. Also \\textit{near-duplicate}, "
                              "40\\% and $\\widetilde{\\mathcal{O}}(n^{1/2} K^{-2/5})$.},\n");
        QTest::newRow("organisation") << 2 << utf8
            << QStringLiteral("  author = {{FAIR CodeGen team} and Jade Copet and Quentin Carbonneaux and others},\n");
        QTest::newRow("acronyms") << 2 << utf8
            << QStringLiteral("  title = {{CWM}: An {Open-Weights} {LLM} for Research on Code Generation},\n");
        QTest::newRow("latex names") << 3 << latex
            << QStringLiteral("  author = {J{\\\"u}rgen M{\\\"u}ller and {\\L}ukasz Stra{\\ss}e and S{\\o}ren Fran{\\c c}ois and "
                              "Tom{\\'a}{\\v s} Ho{\\v n}ek and Nguy{\\~{\\^e}}n V{\\u a}n A and Ludwig van Beethoven},\n");
        QTest::newRow("latex title") << 3 << latex
            << QStringLiteral("  title = {{\\\"U}ber {GPT-4} and the ``World'' --- a Study},\n");
        QTest::newRow("utf8 title") << 3 << utf8
            << QStringLiteral("  title = {\u00dcber {GPT-4} and the \u201cWorld\u201d \u2014 a Study},\n");
        QTest::newRow("one line abstract") << 3 << latex
            << QStringLiteral("  abstract = {Multi-line abstract with tabs, \u4e2d\u6587 text and $\u03b1 \\leq \u00e9$.},\n");
        QTest::newRow("category prefix") << 3 << utf8 << QStringLiteral("  primaryClass = {cs.LG},\n");
        QTest::newRow("key without authors") << 5 << utf8 << QStringLiteral("  key = {nobody2023note},\n");
    }
    void fields()
    {
        QFETCH(int, index);
        QFETCH(BibtexWriter::NonAscii, mode);
        QFETCH(QString, line);
        const QString entry = BibtexWriter(mode).entry(variedPapers().at(index));
        QVERIFY2(entry.contains(line), qPrintable(entry));
    }

    void identifiersVerbatim()
    {
        PaperRecord p = paper(QStringLiteral("k2023x"), QStringLiteral("T"), {QStringLiteral("A B")});
        p.doi = QStringLiteral("10.1000/a_b%c#d");
        p.url = QStringLiteral("https://example.org/a_b?x=1&y=%20#frag{}");
        p.arxivId = QStringLiteral("cs/0601001v2");
        const QString entry = BibtexWriter().entry(p);
        QVERIFY(entry.contains(QStringLiteral("  doi = {10.1000/a_b%c#d},\n")));
        QVERIFY(entry.contains(QStringLiteral("  url = {https://example.org/a_b?x=1&y=%20#frag%7B%7D},\n")));
        QVERIFY(entry.contains(QStringLiteral("  eprint = {cs/0601001v2},\n")));
        QVERIFY(!BibtexWriter().entry(paper(QStringLiteral("k"), QStringLiteral("T"), {})).contains(QStringLiteral("eprint")));
    }

    void write()
    {
        const QVector<PaperRecord> papers = variedPapers().mid(0, 3);
        const QString text = exportText(BibtexWriter::NonAscii::KeepUtf8, papers);
        QCOMPARE(text, BibtexWriter().entry(papers.at(0)) + QLatin1Char('\n') + BibtexWriter().entry(papers.at(1))
                           + QLatin1Char('\n') + BibtexWriter().entry(papers.at(2)));
        QVERIFY(!text.contains(QStringLiteral("\n\n\n")));
        QCOMPARE(exportText(BibtexWriter::NonAscii::KeepUtf8, {}), QString());

        QBuffer closed;
        QVERIFY(!BibtexWriter().write(&closed, papers));
        QVERIFY(!BibtexWriter().write(nullptr, papers));
    }

    void realToolsAccept_data()
    {
        QTest::addColumn<BibtexWriter::NonAscii>("mode");
        QTest::newRow("utf8") << BibtexWriter::NonAscii::KeepUtf8;
        QTest::newRow("latex escapes") << BibtexWriter::NonAscii::LatexEscapes;
    }
    void realToolsAccept()
    {
        QFETCH(BibtexWriter::NonAscii, mode);
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QVector<PaperRecord> papers = variedPapers();
        QFile bib(dir.filePath(QStringLiteral("refs.bib")));
        QVERIFY(bib.open(QIODevice::WriteOnly));
        QVERIFY(BibtexWriter(mode).write(&bib, papers));
        bib.close();
        const BibTools::Verdict biber = BibTools::biber(bib.fileName());
        QVERIFY2(biber.clean, qPrintable(biber.report));
        QCOMPARE(biber.entries, papers.size());
        const BibTools::Verdict bibtex = BibTools::bibtex(bib.fileName());
        QVERIFY2(bibtex.clean, qPrintable(bibtex.report));
        QCOMPARE(bibtex.entries, papers.size());
    }
};

QTEST_GUILESS_MAIN(TestBibtexWriter)
#include "tst_bibtexwriter.moc"
