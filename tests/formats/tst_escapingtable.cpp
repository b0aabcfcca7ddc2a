// The escaping table of design.md section 5, end to end: every special
// character (& % $ # _ { } ~ ^ \ and a space), alone and in pairs, outside
// and inside $...$, plus the backslash cases of issue 16, goes through
// BibtexWriter into one .bib; the real bibtex (plain.bst, the title in the
// .bbl) and biber --tool (title and abstract of its re-written .bib) read
// it, and what LaTeX would typeset from their output (support/latexreader.h)
// must equal what the input text means.
#include "bibtexwriter.h"
#include "support/bibtools.h"
#include "support/latexreader.h"

#include <QBuffer>
#include <QFile>
#include <QHash>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QtTest>

namespace {

struct Case
{
    QString key;
    QString text;
    QString typeset; // expected; empty: LatexReader::meaning(text)
};

QVector<Case> cases()
{
    QVector<Case> all;
    const QString specials = QStringLiteral("&%$#_{}~^\\ ");
    QStringList pieces;
    for (const QChar a : specials) {
        pieces << QString(a);
        for (const QChar b : specials)
            pieces << QString(a) + b;
    }
    // Digits around: no letter follows a backslash or an accent here; the
    // letter cases are written out below.
    for (const QString &p : std::as_const(pieces)) {
        all.append({QStringLiteral("t%1").arg(all.size()), QStringLiteral("1") + p + QStringLiteral("2"), QString()});
        all.append({QStringLiteral("m%1").arg(all.size()), QStringLiteral("$1") + p + QStringLiteral("2$"), QString()});
    }
    const auto add = [&all](const char *text, const char *typeset = nullptr) {
        all.append({QStringLiteral("x%1").arg(all.size()), QString::fromUtf8(text),
                    typeset ? QString::fromUtf8(typeset) : QString()});
    };
    add("C:\\data\\set here");
    add("a \\ b");
    add("a \\ b \\");
    add("e.g.\\ the", "e.g. the");
    add("tab \\t and newline \\n");
    add("c:\\temp\\b and d:\\emph\\it");
    add("a \\data{x} b");
    add("a \\alpha b");
    add("see \\textit{near-duplicate} code", "see near-duplicate code");
    add("completion $\\neq$ collaboration");
    add("costs 40\\% and 50%", "costs 40% and 50%");
    add("na\\\"ive caf\\'e", "nai\u0308ve cafe\u0301");
    add("na\\\"{i}ve", "nai\u0308ve");
    add("a \\~ b \\^ c");
    add("rate $o(n^{1/2})$ and $x_1$");
    return all;
}

QString bibField(const QString &entry, const QString &name)
{
    const int at = entry.indexOf(QStringLiteral("  %1 = {").arg(name));
    if (at < 0)
        return QString();
    int i = entry.indexOf(QLatin1Char('{'), at) + 1;
    const int begin = i;
    for (int depth = 1; i < entry.size() && depth > 0; ++i)
        depth += entry.at(i) == QLatin1Char('{') ? 1 : entry.at(i) == QLatin1Char('}') ? -1 : 0;
    return entry.mid(begin, i - 1 - begin);
}

} // namespace

class TestEscapingTable : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;
    QVector<Case> m_cases;
    QHash<QString, QString> m_bbl;                       // key -> title typeset by plain.bst
    QHash<QString, QPair<QString, QString>> m_biber;     // key -> title, abstract

private slots:
    void initTestCase()
    {
        m_cases = cases();
        QVector<PaperRecord> papers;
        for (const Case &c : std::as_const(m_cases)) {
            PaperRecord p;
            p.citationKey = c.key;
            p.title = c.text;
            p.abstract = c.text;
            p.authors = QStringList{QStringLiteral("Ann Bee")}; // biber's datamodel wants an author
            p.date = QDate(2023, 1, 9);                          // and a date
            papers << p;
        }
        const QString bib = m_dir.filePath(QStringLiteral("refs.bib"));
        QFile file(bib);
        QVERIFY(file.open(QIODevice::WriteOnly));
        QVERIFY(BibtexWriter().write(&file, papers));
        file.close();

        const BibTools::Verdict bibtex = BibTools::bibtex(bib);
        QVERIFY2(bibtex.clean, qPrintable(bibtex.report));
        QCOMPARE(bibtex.entries, m_cases.size());
        const QStringList items = bibtex.produced.split(QStringLiteral("\\bibitem{"));
        for (int i = 1; i < items.size(); ++i) {
            const QString item = items.at(i);
            const int close = item.indexOf(QLatin1Char('}'));
            // "Ann Bee. \newblock <title>, January 2023."
            QString text = item.mid(close + 1).section(QStringLiteral("\n\n"), 0, 0).simplified();
            text = text.section(QStringLiteral("\\newblock "), 1);
            const QString date = QStringLiteral(", January 2023.");
            text = text.endsWith(date) ? text.chopped(date.size()) : QStringLiteral("(no date) ") + text;
            m_bbl.insert(item.left(close), text);
        }

        const BibTools::Verdict biber = BibTools::biber(bib);
        QVERIFY2(biber.clean, qPrintable(biber.report));
        QCOMPARE(biber.entries, m_cases.size());
        static const QRegularExpression entryStart(QStringLiteral("^@MISC\\{([^,]+),"), QRegularExpression::MultilineOption);
        const QStringList entries = biber.produced.split(QStringLiteral("\n@"));
        for (const QString &e : entries) {
            const QString entry = e.startsWith(QLatin1Char('@')) ? e : QLatin1Char('@') + e;
            const QRegularExpressionMatch m = entryStart.match(entry);
            if (m.hasMatch())
                m_biber.insert(m.captured(1), {bibField(entry, QStringLiteral("TITLE")), bibField(entry, QStringLiteral("ABSTRACT"))});
        }
    }

    void typesetEqualsInput_data()
    {
        QTest::addColumn<QString>("tool");
        QTest::addColumn<QString>("key");
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("expected");
        for (const Case &c : std::as_const(m_cases)) {
            const QString expected = c.typeset.isEmpty() ? LatexReader::meaning(c.text) : c.typeset;
            for (const char *tool : {"bibtex title", "biber title", "biber abstract"})
                QTest::addRow("%s %s", tool, qPrintable(c.text)) << QString::fromLatin1(tool) << c.key << c.text << expected;
        }
    }
    void typesetEqualsInput()
    {
        QFETCH(QString, tool);
        QFETCH(QString, key);
        QFETCH(QString, input);
        QFETCH(QString, expected);
        QString field;
        if (tool == QLatin1String("bibtex title"))
            field = m_bbl.value(key);
        else
            field = tool == QLatin1String("biber title") ? m_biber.value(key).first : m_biber.value(key).second;
        const LatexReader::Reading reading = LatexReader::typeset(field);
        expected = expected.normalized(QString::NormalizationForm_C); // biber writes accents precomposed
        const QString context = QStringLiteral("input \"%1\", %2 gives \"%3\"").arg(input, tool, field);
        QVERIFY2(reading.ok, qPrintable(reading.error + QStringLiteral("; ") + context));
        QVERIFY2(reading.text.normalized(QString::NormalizationForm_C) == expected, qPrintable(QStringLiteral("typeset \"%1\", expected \"%2\"; ").arg(reading.text, expected) + context));
    }
};

QTEST_GUILESS_MAIN(TestEscapingTable)
#include "tst_escapingtable.moc"
