// Tests for LatexEscaper: escaping outside math, kept math and commands,
// brace balance on any input (including seeded random strings), capitals
// protection in titles and LaTeX escapes for non-ASCII letters.
#include "latexescaper.h"

#include <QRandomGenerator>
#include <QStringList>
#include <QtTest>

namespace {

// bibtex and biber count every brace, even "\{": depth never below zero,
// zero at the end.
bool balancedForBibtex(const QString &s)
{
    int depth = 0;
    for (const QChar c : s) {
        depth += c == QLatin1Char('{') ? 1 : c == QLatin1Char('}') ? -1 : 0;
        if (depth < 0)
            return false;
    }
    return depth == 0;
}

// LaTeX only counts unescaped braces.
bool balancedForLatex(const QString &s)
{
    int depth = 0;
    for (int i = 0; i < s.size(); ++i) {
        if (s.at(i) == QLatin1Char('\\')) {
            ++i; // skips the escaped character
            continue;
        }
        depth += s.at(i) == QLatin1Char('{') ? 1 : s.at(i) == QLatin1Char('}') ? -1 : 0;
        if (depth < 0)
            return false;
    }
    return depth == 0;
}

// Every % # & is escaped (also inside math, where they break LaTeX too),
// and unescaped dollars pair up.
QString unsafeCharacter(const QString &s)
{
    int dollars = 0;
    for (int i = 0; i < s.size(); ++i) {
        const QChar c = s.at(i);
        if (c == QLatin1Char('\\')) {
            ++i;
            continue;
        }
        if (c == QLatin1Char('%') || c == QLatin1Char('#') || c == QLatin1Char('&'))
            return QStringLiteral("unescaped %1 at %2").arg(c).arg(i);
        dollars += c == QLatin1Char('$') ? 1 : 0;
    }
    return dollars % 2 ? QStringLiteral("odd number of math dollars") : QString();
}

QString randomText(QRandomGenerator &random)
{
    static const QStringList pieces = {
        QStringLiteral("a"), QStringLiteral("Z"), QStringLiteral(" "), QStringLiteral(" "), QStringLiteral("{"),
        QStringLiteral("}"), QStringLiteral("$"), QStringLiteral("$$"), QStringLiteral("\\"), QStringLiteral("\\{"),
        QStringLiteral("\\}"), QStringLiteral("%"), QStringLiteral("&"), QStringLiteral("#"), QStringLiteral("_"),
        QStringLiteral("~"), QStringLiteral("^"), QStringLiteral("\\textit{"), QStringLiteral("\\neq"),
        QStringLiteral("\\%"), QStringLiteral("\\'"), QStringLiteral("GPT-4"), QStringLiteral("LLMs"),
        QStringLiteral("x_1"), QStringLiteral("5"), QStringLiteral("-"), QStringLiteral("."),
        QStringLiteral("\u00e8"), QStringLiteral("\u0142"), QStringLiteral("e\u0301"), QStringLiteral("\u00df"),
        QStringLiteral("\u2014"), QStringLiteral("\\\\"), QStringLiteral("'"), QStringLiteral("\""),
    };
    QString s;
    const int n = random.bounded(1, 40);
    for (int i = 0; i < n; ++i)
        s += pieces.at(random.bounded(pieces.size()));
    return s;
}

} // namespace

class TestLatexEscaper : public QObject
{
    Q_OBJECT
private slots:
    void escapeText_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("expected");
        const auto row = [](const char *name, const char *text, const char *expected) {
            QTest::newRow(name) << QString::fromUtf8(text) << QString::fromUtf8(expected);
        };
        row("plain", "Code can pass the test suite.", "Code can pass the test suite.");
        row("percent", "65.8% on SWE-bench", "65.8\\% on SWE-bench");
        row("ampersand", "R&D", "R\\&D");
        row("hash", "#1 model", "\\#1 model");
        row("underscore", "x_1 and snake_case", "x\\_1 and snake\\_case");
        row("tilde", "~100 tokens", "\\textasciitilde{}100 tokens");
        row("caret", "2^10", "2\\textasciicircum{}10");
        row("backslash space", "C:\\ 5", "C:\\textbackslash{} 5");
        row("lone backslash", "a \\ b \\", "a \\textbackslash{} b \\textbackslash{}");
        row("control space idiom", "e.g.\\ the \\LaTeX\\ way", "e.g.\\ the \\LaTeX\\ way");
        row("path", "C:\\data\\set", "C:\\textbackslash{}data\\textbackslash{}set");
        row("path with command names", "(d:\\emph\\it)", "(d:\\textbackslash{}emph\\textbackslash{}it)");
        row("unknown command", "\\data{x}", "\\textbackslash{}data\\{x\\}");
        row("math command outside math", "\\alpha", "\\textbackslash{}alpha");
        row("letter accent needs its brace", "\\t and \\v{n} {\\c c}", "\\textbackslash{}t and \\v{n} {\\c c}");
        row("accent without a letter", "\\~ 1 \\'{", "\\textbackslash{}\\textasciitilde{} 1 \\textbackslash{}'\\textbraceleft{}");
        row("own escapes kept", "\\textbackslash{}x", "\\textbackslash{}x");
        row("unsound math", "$a^^b$ $1\\2$", "\\$a\\textasciicircum{}\\textasciicircum{}b\\$ \\$1\\textbackslash{}2\\$");
        row("backslash digit", "\\1", "\\textbackslash{}1");
        row("double backslash", "a\\\\b", "a\\textbackslash{}\\textbackslash{}b");
        row("already escaped", "70\\% and \\& \\_ \\# \\$", "70\\% and \\& \\_ \\# \\$");
        row("math kept", "rate $\\widetilde{\\mathcal{O}}(n^{1/2} K^{-2/5})$ for $n$",
            "rate $\\widetilde{\\mathcal{O}}(n^{1/2} K^{-2/5})$ for $n$");
        row("math neq", "Completion $\\neq$ Collaboration", "Completion $\\neq$ Collaboration");
        row("math subscript", "$x_1$ and x_1", "$x_1$ and x\\_1");
        row("percent in math", "$50%$", "$50\\%$");
        row("display math", "$$a+b$$ end", "$$a+b$$ end");
        row("lone dollar", "costs $5", "costs \\$5");
        row("money", "$5 and $10", "\\$5 and \\$10");
        row("space after dollar", "a $ b$", "a \\$ b\\$");
        row("odd dollars", "$x$ and $", "$x$ and \\$");
        row("unbalanced math", "$x^{2$ y", "\\$x\\textasciicircum{}\\textbraceleft{}2\\$ y");
        row("escaped brace in math", "$\\{x\\}$", "$\\{x\\}$");
        row("lone escaped brace in math", "$\\{x$", "\\$\\textbraceleft{}x\\$");
        row("command kept", "\\textit{near-duplicate} code", "\\textit{near-duplicate} code");
        row("command special inside", "\\textit{50% & more}", "\\textit{50\\% \\& more}");
        row("nested command", "\\textsc{\\textit{Oracle}}", "\\textsc{\\textit{Oracle}}");
        row("two arguments", "\\href{a}{b}", "\\href{a}{b}");
        row("group with command", "{\\em x} Rozi{\\`e}re", "{\\em x} Rozi{\\`e}re");
        row("accent kept", "Rozi\\`ere M\\\"{u}ller", "Rozi\\`ere M\\\"{u}ller");
        row("bare braces", "a {set} b", "a \\{set\\} b");
        row("unbalanced open", "{unbalanced", "\\textbraceleft{}unbalanced");
        row("lone close", "end }", "end \\textbraceright{}");
        row("unclosed command", "\\textit{foo", "\\textit\\textbraceleft{}foo");
        row("escaped open alone", "\\{ x", "\\textbraceleft{} x");
        row("escaped close alone", "x \\}", "x \\textbraceright{}");
        row("escaped pair", "\\{x\\}", "\\{x\\}");
        row("close before open", "} {", "\\textbraceright{} \\textbraceleft{}");
        row("all together", "% & _ # ~ ^ $x_1$ \\textit{foo} {unbalanced } $",
            "\\% \\& \\_ \\# \\textasciitilde{} \\textasciicircum{} $x_1$ \\textit{foo} \\{unbalanced \\} \\$");
        row("utf8 untouched", "Rozi\u00e8re", "Rozi\u00e8re");
        row("empty", "", "");
    }
    void escapeText()
    {
        QFETCH(QString, text);
        QFETCH(QString, expected);
        QCOMPARE(LatexEscaper::escapeText(text), expected);
    }

    void escapeTitle_data()
    {
        QTest::addColumn<QString>("title");
        QTest::addColumn<QString>("expected");
        const auto row = [](const char *name, const char *title, const char *expected) {
            QTest::newRow(name) << QString::fromUtf8(title) << QString::fromUtf8(expected);
        };
        row("camel case", "SantaCoder: don't reach for the stars!", "{SantaCoder}: don't reach for the stars!");
        row("acronym plural", "Evaluating LLMs", "Evaluating {LLMs}");
        row("acronym", "CWM: An Open-Weights LLM", "{CWM}: An {Open-Weights} {LLM}");
        row("with digits", "GPT-4 and InCoder-6.7B", "{GPT-4} and {InCoder-6.7B}");
        row("trailing dot", "Beyond LLMs.", "Beyond {LLMs}.");
        row("plus kept", "StarCoder+ wins", "{StarCoder+} wins");
        row("capitalised only", "Completion $\\neq$ Collaboration", "Completion $\\neq$ Collaboration");
        row("math untouched", "$O(N^2)$ Attention", "$O(N^2)$ Attention");
        row("command argument untouched", "The \\textsc{OracleBench} Test", "The \\textsc{OracleBench} Test");
        row("single capital", "A Study of I/O", "A Study of {I/O}");
        row("possessive", "LeanDojo's Prover", "{LeanDojo's} Prover");
        row("non-ascii capitals", "\u00c9TUDE of \u00dcberNet", "{\u00c9TUDE} of {\u00dcberNet}");
        row("escaped around", "GPT_4 & AI", "{GPT}\\_4 \\& {AI}");
        row("lower case", "min-max bilevel optimization", "min-max bilevel optimization");
    }
    void escapeTitle()
    {
        QFETCH(QString, title);
        QFETCH(QString, expected);
        QCOMPARE(LatexEscaper::escapeTitle(title), expected);
    }

    void nonAscii_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("expected");
        const auto row = [](const char *name, const char *text, const char *expected) {
            QTest::newRow(name) << QString::fromUtf8(text) << QString::fromUtf8(expected);
        };
        row("grave", "Rozi\u00e8re", "Rozi{\\`e}re");
        row("umlaut", "M\u00fcller", "M{\\\"u}ller");
        row("acute", "Jos\u00e9", "Jos{\\'e}");
        row("decomposed input", "Jose\u0301", "Jos{\\'e}");
        row("eszett", "Stra\u00dfe", "Stra{\\ss}e");
        row("slashed o", "S\u00f8ren", "S{\\o}ren");
        row("stroke l", "\u0141ukasz Kaiser", "{\\L}ukasz Kaiser");
        row("cedilla", "Fran\u00e7ois", "Fran{\\c c}ois");
        row("caron", "Ho\u0148ek \u0160imon", "Ho{\\v n}ek {\\v S}imon");
        row("ring", "\u00c5ngstr\u00f6m", "{\\AA}ngstr{\\\"o}m");
        row("dotless i", "Y\u0131lmaz \u00ef", "Y{\\i}lmaz {\\\"\\i}");
        row("double acute", "Erd\u0151s", "Erd{\\H o}s");
        row("ogonek", "\u0105", "{\\k a}");
        row("stacked marks", "Nguy\u1ec5n", "Nguy{\\~{\\^e}}n");
        row("dot below and hat", "\u1ec7", "{\\^{\\d e}}");
        row("dashes and quotes", "a\u2013b \u2014 \u201cq\u201d it\u2019s", "a--b --- ``q'' it's");
        row("no mapping", "\u4e2d\u6587 \u03b1", "\u4e2d\u6587 \u03b1");
        row("math untouched", "$\u00e9$ \u00e9", "$\u00e9$ {\\'e}");
        row("ascii", "plain \\% $x$", "plain \\% $x$");
        row("emoji", "ok \U0001F600", "ok \U0001F600");
    }
    void nonAscii()
    {
        QFETCH(QString, text);
        QFETCH(QString, expected);
        QCOMPARE(LatexEscaper::nonAsciiToLatex(text), expected);
    }

    // Whatever comes in, braces balance for both bibtex and LaTeX, the
    // characters that break LaTeX are escaped, and escaping is stable.
    void alwaysBalanced_data()
    {
        QTest::addColumn<QString>("text");
        const char *const handWritten[] = {
            "{", "}", "}{", "{{}", "{}}", "\\{", "\\}", "\\{{", "{\\}", "$", "$$", "$$$", "${$", "$}$", "$\\{$",
            "$\\}$", "\\textit{", "\\textit}", "\\textit{{}", "\\", "\\\\", "\\\\{", "{\\", "$x$}", "{$x$",
            "$x{$}", "\\'{", "\\href{a}{", "{\\em x", "\\{\\{\\}", "{ \\} }", "$$x$", "$x$$", "a\\$b$c$",
        };
        for (const char *text : handWritten)
            QTest::newRow(text) << QString::fromUtf8(text);
        for (quint32 seed = 1; seed <= 5; ++seed) {
            QRandomGenerator random(seed);
            for (int i = 0; i < 200; ++i)
                QTest::addRow("seed %u #%d", seed, i) << randomText(random);
        }
    }
    void alwaysBalanced()
    {
        QFETCH(QString, text);
        const QString escaped = LatexEscaper::escapeText(text);
        const QString title = LatexEscaper::escapeTitle(text);
        const QString latex = LatexEscaper::nonAsciiToLatex(title);
        for (const QString &out : {escaped, title, latex}) {
            const QString message = text + QStringLiteral("  ->  ") + out;
            QVERIFY2(balancedForBibtex(out), qPrintable(message));
            QVERIFY2(balancedForLatex(out), qPrintable(message));
            const QString unsafe = unsafeCharacter(out);
            QVERIFY2(unsafe.isEmpty(), qPrintable(unsafe + QStringLiteral(": ") + message));
        }
        QCOMPARE(LatexEscaper::escapeText(escaped), escaped);
    }
};

QTEST_GUILESS_MAIN(TestLatexEscaper)
#include "tst_latexescaper.moc"
