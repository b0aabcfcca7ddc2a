// The first pass over a large .bib file (BibChunkReader::scan parses with
// BibParser::setScanOnly, building no values but those it keeps) finds
// exactly what the full parse finds: on every fixture, on every kind of bad
// entry and hostile input, and with crossref parents before and after
// their children (a parent after its child is read whole). And the chunk
// reader's scan of a file over many windows reports the bad entries,
// counts and forward parents as BibReader::read() does.
#include "bibchunkreader.h"
#include "bibencoding.h"
#include "bibparser.h"
#include "bibreader.h"
#include "support/bibscantesting.h"
#include "support/testdata.h"

#include <QBuffer>
#include <QDir>
#include <QtTest>

class TestBibScan : public QObject
{
    Q_OBJECT

private slots:
    void sameAsFullParse_data();
    void sameAsFullParse();
    void parentAfterChildReadWhole();
    void chunkReaderScan();
};

void TestBibScan::sameAsFullParse_data()
{
    QTest::addColumn<QString>("text");
    const QDir bib(TestData::fixture(QStringLiteral("bib")));
    for (const QString &name : bib.entryList({QStringLiteral("*.bib")}, QDir::Files, QDir::Name))
        QTest::newRow(qPrintable(name)) << BibEncoding::decode(TestData::fixtureBytes(QStringLiteral("bib/") + name));
    QTest::newRow("unclosed at end") << "@a{k,\n f = {x}\n";
    QTest::newRow("value unclosed at end") << "@a{k,\n f = {x\n";
    QTest::newRow("value unclosed before next") << "@a{k,\n f = {x\n@b{j, g = 1}\n";
    QTest::newRow("missing equals") << "@a{k,\n f {x}}";
    QTest::newRow("missing key") << "@a{\n f = {x}}";
    QTest::newRow("comma after key") << "@a{k f = {x}}";
    QTest::newRow("repeated field") << "@a{k, f = 1,\n f = 2}";
    QTest::newRow("repeated field, other case") << "@a{k, Title = 1,\n tItle = {2}}";
    QTest::newRow("repeated crossref") << "@a{k, crossref = {p},\n crossref = {q}}\n@b{p, title = {P}}";
    QTest::newRow("stray character") << "@a{k, f = {x}, = 3}";
    QTest::newRow("missing comma before field") << "@a{k, f = {x}\n g = 3}";
    QTest::newRow("bad string") << "@string{= {x}}";
    QTest::newRow("quote with closing brace") << "@a{k, f = \"a}\"}";
    QTest::newRow("undefined macro") << "@a{k, f = nomacro # {x}}";
    QTest::newRow("macros and months") << "@string{J = {Journal}}\n@a{k, journal = j # { of } # \"X\", month = Mar}\n";
    QTest::newRow("empty parts") << "@a{k, f = {} # {} # {x} # \"\" # 1}";
    QTest::newRow("parentheses") << "@a(k, f = {x}, crossref = {P})\n@b(p, title = {T})\n@c(q, f = 1";
    QTest::newRow("comments and text") << "text\n@comment{c}\n% x\n@a{k, % note\n f = 1}\nme@example.org\n@comment(x)\n";
    QString macros = QStringLiteral("@string{m0 = \"xxxxxxxxxxxxxxxx\"}\n");
    for (int i = 1; i < 40; ++i)
        macros += QStringLiteral("@string{m%1 = m%2 # m%2}\n").arg(i).arg(i - 1);
    QTest::newRow("exponential macros") << macros + QStringLiteral("@a{k, f = m39}\n@a{j, f = m20 # m20}\n");
    QString fields = QStringLiteral("@string{big = {") + QString(BibParser::maxValueLength / 2, QLatin1Char('x'))
        + QStringLiteral("}}\n@a{k");
    for (int i = 0; i < 200; ++i)
        fields += QStringLiteral(", f%1 = big # big").arg(i);
    QTest::newRow("repeated large concatenation") << fields + QStringLiteral("}\n@a{ok, f = 1}\n");
    QTest::newRow("too long") << QStringLiteral("@string{big = {") + QString(BibParser::maxValueLength / 2 + 1, QLatin1Char('x'))
            + QStringLiteral("}}\n@a{k, f = big # big}\n@a{ok, f = big}\n");
    QTest::newRow("deep braces") << QStringLiteral("@a{k, f = ") + QString(20000, QLatin1Char('{'));
    QTest::newRow("many at signs") << QString(20000, QLatin1Char('@'));
}

void TestBibScan::sameAsFullParse()
{
    QFETCH(QString, text);
    const QString mismatch = BibScanTesting::scanMismatch(text);
    QVERIFY2(mismatch.isEmpty(), qPrintable(mismatch));
}

// A parent that comes after a child is read whole (scan() keeps it for the
// child); other entries keep their crossref alone, a parent before its
// child nothing.
void TestBibScan::parentAfterChildReadWhole()
{
    const QString text = QStringLiteral("@proceedings{early, title = {Early}}\n"
                                        "@inproceedings{c1, title = {One}, crossref = {Late}}\n"
                                        "@inproceedings{c2, title = {Two}, crossref = {early}}\n"
                                        "@proceedings{LATE, title = {Late}, year = 2001}\n");
    QVERIFY2(BibScanTesting::scanMismatch(text).isEmpty(), qPrintable(BibScanTesting::scanMismatch(text)));
    QSet<QString> wanted;
    BibParser parser(text);
    parser.setScanOnly(&wanted);
    BibDocument doc;
    parser.parse(&doc);
    QCOMPARE(wanted, QSet<QString>({QStringLiteral("late"), QStringLiteral("early")}));
    QCOMPARE(doc.entries.size(), 4);
    QCOMPARE(doc.entries.at(0).fields.size(), 0);
    QCOMPARE(doc.entries.at(1).fields.size(), 1);
    QCOMPARE(doc.entries.at(1).fields.at(0).value, QStringLiteral("Late"));
    QCOMPARE(doc.entries.at(3).value(QStringLiteral("year")), QStringLiteral("2001"));
    QCOMPARE(doc.entries.at(3).value(QStringLiteral("title")), QStringLiteral("Late"));
    QVERIFY(doc.comments.isEmpty());
}

// Many windows, bad entries in several, a parent after its children in
// the same window and in a later one, a macro defined mid-file.
void TestBibScan::chunkReaderScan()
{
    QByteArray bytes = "@string{jt = {Journal of Tests}}\n";
    for (int i = 0; i < 60000; ++i) {
        const QByteArray n = QByteArray::number(i);
        if (i % 1000 == 999)
            bytes += "@article{bad" + n + ",\n  title = {x},\n  title = {y},\n}\n\n";
        else if (i % 1000 == 500)
            bytes += "@proceedings{P" + QByteArray::number(i / 1000) + ",\n  title = {Proc " + n + "},\n  year = 2001,\n}\n\n";
        else if (i % 100 == 7)
            bytes += "@inproceedings{k" + n + ",\n  title = {T " + n + "},\n  crossref = {p"
                + QByteArray::number(i / 1000 + (i % 3 ? 0 : 1)) + "},\n}\n\n";
        else
            bytes += "@article{k" + n + ",\n  title = {Title number " + n + "},\n  journal = jt # { } # mar,\n}\n\n";
    }
    bytes += "@article{K5, title = {Duplicate}}\n";
    QVERIFY(bytes.size() > 3 * BibChunkReader::windowBytes);
    const BibDocument whole = BibReader::read(bytes);
    QBuffer buffer;
    buffer.setData(bytes);
    QVERIFY(buffer.open(QIODevice::ReadOnly));
    BibChunkReader reader(&buffer);
    const BibDocument scanned = reader.scan();
    QCOMPARE(scanned.errors.size(), whole.errors.size());
    QVERIFY(whole.errors.size() > 60);
    for (int i = 0; i < whole.errors.size(); ++i)
        QCOMPARE(BibScanTesting::errorText(scanned.errors.at(i)), BibScanTesting::errorText(whole.errors.at(i)));
    QCOMPARE(reader.readableEntries(), int(whole.entries.size()));
    int i = 0;
    QVector<BibEntry> entries;
    while (reader.next(&entries)) {
        for (const BibEntry &e : std::as_const(entries)) {
            const BibEntry &w = whole.entries.at(i++);
            QCOMPARE(e.key, w.key);
            QCOMPARE(BibScanTesting::fieldsText(e.fields), BibScanTesting::fieldsText(w.fields));
            QCOMPARE(BibScanTesting::fieldsText(e.inherited), BibScanTesting::fieldsText(w.inherited));
        }
        entries.clear();
    }
    QCOMPARE(i, int(whole.entries.size()));
}

QTEST_GUILESS_MAIN(TestBibScan)
#include "tst_bibscan.moc"
