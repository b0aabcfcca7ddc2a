// The @preamble blocks of imported .bib files are written at the top of an
// export (issue 17): once each, in the order first seen, before the
// entries; the export reads back to the same bytes, and the real bibtex
// (plain.bst) and biber --tool read it without a warning when a preamble
// defines a macro a title uses (the .bbl carries the definition).
#include "bibtexexport.h"
#include "paperstore.h"
#include "profileimporter.h"
#include "support/bibstoretesting.h"
#include "support/bibtools.h"

#include <QtTest>

using namespace BibStoreTesting;

namespace {

const QByteArray first = QByteArrayLiteral(
    "@preamble{\"\\providecommand{\\SCode}{S\\textsc{Code}}\"}\n"
    "@PREAMBLE{ {\\providecommand{\\Java}{Ja\\-va}} }\n"
    "@article{scode2023,\n"
    "  title = {The {\\SCode} Benchmark},\n"
    "  author = {Ann Bee},\n"
    "  journal = {Journal of Code},\n"
    "  year = 2023\n"
    "}\n");

const QByteArray second = QByteArrayLiteral(
    "@preamble{{\\providecommand{\\Java}{Ja\\-va}}}\n"
    "@preamble{\"\\providecommand{\\TM}{\\textsuperscript{TM}}\"}\n"
    "@article{java2024,\n"
    "  title = {{\\Java}{\\TM} at Scale},\n"
    "  author = {Cy Dee},\n"
    "  journal = {Journal of Code},\n"
    "  year = 2024\n"
    "}\n");

const QByteArray expectedTop = QByteArrayLiteral(
    "@preamble{{\\providecommand{\\SCode}{S\\textsc{Code}}}}\n"
    "@preamble{{\\providecommand{\\Java}{Ja\\-va}}}\n"
    "@preamble{{\\providecommand{\\TM}{\\textsuperscript{TM}}}}\n"
    "\n"
    "@article{scode2023,\n");

} // namespace

class TestBibPreambleExport : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;
    int m_n = 0;

    bool open(PaperStore &store) { return store.open(m_dir.filePath(QStringLiteral("s%1.sqlite").arg(++m_n))); }

private slots:
    void writtenFirstOnceInOrder();
    void roundTrip();
    void clipboardHasNoPreambles();
    void noPreamblesNoBlock();
    void bibtexAndBiberReadIt();
};

void TestBibPreambleExport::writtenFirstOnceInOrder()
{
    PaperStore store;
    QVERIFY(open(store));
    QVERIFY(importText(store, first, QStringLiteral("first.bib")));
    QVERIFY(importText(store, second, QStringLiteral("second.bib")));
    QVERIFY(importText(store, first, QStringLiteral("first.bib"))); // again: nothing new
    const QByteArray out = exported(store);
    QVERIFY2(out.startsWith(expectedTop), out.constData());
    QCOMPARE(int(out.count("@preamble")), 3);
    QVERIFY(out.contains("@article{java2024,\n"));
}

void TestBibPreambleExport::roundTrip()
{
    PaperStore a, b;
    QVERIFY(open(a) && open(b));
    QVERIFY(importText(a, first, QStringLiteral("first.bib")));
    QVERIFY(importText(a, second, QStringLiteral("second.bib")));
    const QByteArray one = exported(a);
    QVERIFY(importText(b, one, QStringLiteral("export.bib")));
    QCOMPARE(exported(b), one);
}

void TestBibPreambleExport::clipboardHasNoPreambles()
{
    PaperStore store;
    QVERIFY(open(store));
    QVERIFY(importText(store, first, QStringLiteral("first.bib")));
    BibtexExport exporter(store, BibtexWriter::NonAscii::KeepUtf8);
    const QString text = exporter.text(store.paperIds(PaperFilter(), PaperSort::Date, Qt::AscendingOrder));
    QVERIFY2(text.startsWith(QLatin1String("@article{scode2023,\n")), qPrintable(text));
    QVERIFY(!text.contains(QLatin1String("@preamble")));
}

void TestBibPreambleExport::noPreamblesNoBlock()
{
    PaperStore store;
    QVERIFY(open(store));
    QByteArray plain = first;
    plain.remove(0, plain.indexOf("@article"));
    QVERIFY(importText(store, plain, QStringLiteral("plain.bib")));
    QVERIFY(exported(store).startsWith("@article{scode2023,\n"));
    // A store with preambles but no paper under the filter writes nothing.
    QVERIFY(importText(store, first, QStringLiteral("first.bib")));
    PaperFilter none;
    none.text = QStringLiteral("nothingmatchesthis");
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    QVERIFY(BibtexExport(store, BibtexWriter::NonAscii::KeepUtf8).writeFiltered(&buffer, none));
    QVERIFY(buffer.data().isEmpty());
}

void TestBibPreambleExport::bibtexAndBiberReadIt()
{
    PaperStore store;
    QVERIFY(open(store));
    QVERIFY(importText(store, first, QStringLiteral("first.bib")));
    QVERIFY(importText(store, second, QStringLiteral("second.bib")));
    const QString path = m_dir.filePath(QStringLiteral("export.bib"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(exported(store));
    file.close();
    const BibTools::Verdict bibtex = BibTools::bibtex(path);
    QVERIFY2(bibtex.clean, qPrintable(bibtex.report));
    QCOMPARE(bibtex.entries, 2);
    // The definitions come before the bibliography that uses them, once each.
    const int begin = int(bibtex.produced.indexOf(QLatin1String("\\begin{thebibliography}")));
    for (const char *macro : {"\\providecommand{\\SCode}", "\\providecommand{\\Java}", "\\providecommand{\\TM}"}) {
        const int at = int(bibtex.produced.indexOf(QLatin1String(macro)));
        QVERIFY2(at >= 0 && at < begin, macro);
        QCOMPARE(int(bibtex.produced.count(QLatin1String(macro))), 1);
    }
    QVERIFY2(bibtex.produced.contains(QLatin1String("{\\SCode}")), qPrintable(bibtex.produced));
    const BibTools::Verdict biber = BibTools::biber(path);
    QVERIFY2(biber.clean, qPrintable(biber.report));
    QCOMPARE(biber.entries, 2);
}

QTEST_GUILESS_MAIN(TestBibPreambleExport)
#include "tst_bibpreambleexport.moc"
