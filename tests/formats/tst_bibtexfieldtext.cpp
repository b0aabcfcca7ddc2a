// Tests for BibtexFieldText, the checks every exported value goes through
// (which values are already clean, which names bibtex would split), and
// for BibtexWriter's author list and its one-buffer output (utf8(),
// appendEntry()) being byte for byte what write() and entry() give.
#include "bibtexfieldtext.h"
#include "bibtexwriter.h"

#include <QBuffer>
#include <QtTest>

class TestBibtexFieldText : public QObject
{
    Q_OBJECT
private slots:
    void splitsBadly_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<bool>("splits");
        QTest::newRow("comma") << QStringLiteral("Smith, John") << true;
        QTest::newRow("and") << QStringLiteral("Tom and Jerry") << true;
        QTest::newRow("And") << QStringLiteral("Tom And Jerry") << true;
        QTest::newRow("AND at the end") << QStringLiteral("Tom AND") << true;
        QTest::newRow("and alone") << QStringLiteral("and") << true;
        QTest::newRow("after a hyphen") << QStringLiteral("Zo\u00e9-and") << true;
        QTest::newRow("after a non-ASCII letter") << QStringLiteral("\u00e9and") << true; // \b is ASCII
        QTest::newRow("in a name") << QStringLiteral("Anand Sandra Alexander") << false;
        QTest::newRow("before an underscore") << QStringLiteral("x and_y") << false;
        QTest::newRow("before a digit") << QStringLiteral("and1") << false;
        QTest::newRow("an") << QStringLiteral("Jean An Nd") << false;
        QTest::newRow("empty") << QString() << false;
    }
    void splitsBadly()
    {
        QFETCH(QString, name);
        QFETCH(bool, splits);
        QCOMPARE(BibtexFieldText::splitsBadly(name), splits);
    }

    void isSimple_data()
    {
        QTest::addColumn<QString>("value");
        QTest::addColumn<bool>("simple");
        QTest::addColumn<bool>("plain");
        QTest::newRow("words") << QStringLiteral("Kai Guo") << true << true;
        QTest::newRow("empty") << QString() << true << true;
        QTest::newRow("non-ASCII") << QStringLiteral("Tom\u00e1s \u4e2d\u6587") << true << true;
        QTest::newRow("special") << QStringLiteral("50% of $x$") << true << false;
        QTest::newRow("leading space") << QStringLiteral(" a") << false << true;
        QTest::newRow("trailing space") << QStringLiteral("a ") << false << true;
        QTest::newRow("two spaces") << QStringLiteral("a  b") << false << true;
        QTest::newRow("tab") << QStringLiteral("a\tb") << false << true;
        QTest::newRow("C1 control") << QStringLiteral("a\u0085b") << false << true;
        QTest::newRow("no-break space") << QStringLiteral("a\u00a0b") << false << true; // simplified() makes it ' '
    }
    void isSimple()
    {
        QFETCH(QString, value);
        QFETCH(bool, simple);
        QFETCH(bool, plain);
        bool isPlain = false;
        QCOMPARE(BibtexFieldText::isSimple(value, &isPlain), simple);
        if (simple)
            QCOMPARE(isPlain, plain);
    }

    void authorsBraced()
    {
        PaperRecord p;
        p.citationKey = QStringLiteral("k2023t");
        p.title = QStringLiteral("T");
        p.authors = QStringList{QStringLiteral("Smith, John"), QStringLiteral("Anand Kumar"), QStringLiteral("Tom And Jerry"),
                                QStringLiteral("OpenLLM Consortium"), QStringLiteral(" "), QStringLiteral("Lab\u212a Person")};
        p.authorsTruncated = true;
        QVERIFY(BibtexWriter().entry(p).contains(
            QStringLiteral("  author = {{Smith, John} and Anand Kumar and {Tom And Jerry} and {OpenLLM Consortium} and "
                           "Lab\u212a Person and others},\n")));
        p.authors = QStringList{QStringLiteral(" ")};
        QVERIFY(BibtexWriter().entry(p).contains(QStringLiteral("@misc{k2023t,\n  key = {k2023t},\n  title = {T},\n")));
    }

    void oneBuffer()
    {
        QVector<PaperRecord> papers(3);
        papers[0].citationKey = QStringLiteral("a2020x");
        papers[0].title = QStringLiteral("SantaCoder for LLMs $O(n)$ \\textit{x}");
        papers[0].authors = QStringList{QStringLiteral("Baptiste Rozi\u00e8re")};
        papers[0].abstract = QStringLiteral("50% of {it} \u4e2d\u6587.");
        papers[1].citationKey = QStringLiteral("b2021y");
        papers[1].entryType = QStringLiteral("article");
        papers[1].bibFields = {{QStringLiteral("title"), QStringLiteral("{Kept}")}};
        papers[2].citationKey = QStringLiteral("c2022z");
        for (const auto mode : {BibtexWriter::NonAscii::KeepUtf8, BibtexWriter::NonAscii::LatexEscapes}) {
            const BibtexWriter writer(mode);
            QBuffer buffer;
            buffer.open(QIODevice::WriteOnly);
            QVERIFY(writer.write(&buffer, papers));
            QCOMPARE(writer.utf8(papers), buffer.data());
            QString appended = QStringLiteral("x");
            writer.appendEntry(appended, papers.at(0));
            QCOMPARE(appended, QLatin1Char('x') + writer.entry(papers.at(0)));
        }
        QCOMPARE(BibtexWriter().utf8({}), QByteArray());
    }
};

QTEST_GUILESS_MAIN(TestBibtexFieldText)
#include "tst_bibtexfieldtext.moc"
