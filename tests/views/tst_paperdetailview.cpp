// PaperDetailView and MathText: LaTeX in titles and abstracts reads as plain
// Unicode, every field of the paper reaches the pane, and nothing from a
// profile file is taken as HTML.

#include "bibtexpreview.h"
#include "mathtext.h"
#include "paperdetailview.h"

#include <QLabel>
#include <QTest>
#include <QTextBrowser>

namespace {

PaperRecord samplePaper()
{
    PaperRecord paper;
    paper.title = QStringLiteral("Completion $\\neq$ Collaboration: Scaling Collaborative Effort");
    paper.date = QDate(2025, 3, 25);
    paper.category = QStringLiteral("SE");
    paper.hasCode = true;
    paper.authors = QStringList{QStringLiteral("Shannon Zejiang Shen"), QStringLiteral("Valerie Chen"),
                     QStringLiteral("FAIR CodeGen team")};
    paper.authorsTruncated = true;
    paper.affiliations = QStringList{QStringLiteral("microsoft-research"), QStringLiteral("meta-ai")};
    paper.abstract = QStringLiteral("We reach $\\widetilde{\\mathcal{O}}(n^{1/2})$ regret, a "
                                    "\\textit{near} optimal 50% gain & more.");
    paper.citationKey = QStringLiteral("shen2025completion");
    paper.arxivId = QStringLiteral("2503.12345");
    paper.doi = QStringLiteral("10.1145/1234.5678");
    paper.profiles = QStringList{QStringLiteral("Alex Gu"), QStringLiteral("Naman Jain")};
    return paper;
}

} // namespace

class TestPaperDetailView : public QObject
{
    Q_OBJECT
private slots:
    void toReadable_data();
    void toReadable();
    void mathLosesAllMarkup();
    void showsEveryField();
    void escapesHtmlInText();
    void linksIdentifiers();
    void clearShowsPlaceholder();
    void followsThePalette();
};

void TestPaperDetailView::toReadable_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("expected");
    const auto row = [](const char *name, const char *input, const char *expected) {
        QTest::newRow(name) << QString::fromUtf8(input) << QString::fromUtf8(expected);
    };
    row("neq", "Completion $\\neq$ Collaboration", "Completion ≠ Collaboration");
    row("plain text", "Plain text, unchanged: 50% & a_b.", "Plain text, unchanged: 50% & a_b.");
    row("empty", "", "");
    row("textit", "\\textit{near}", "near");
    row("emph and textbf", "An \\emph{open} and \\textbf{bold} claim", "An open and bold claim");
    row("nested text command", "\\textbf{very \\textit{deep}}", "very deep");
    row("escaped specials", "100\\% of R\\&D costs \\$5", "100% of R&D costs $5");
    row("lone dollar", "It costs $5 today", "It costs $5 today");
    row("money is not math", "Between $10M and $20M", "Between $10M and $20M");
    row("command as subscript", "$x_\\text{max}$ and $A^\\top$", "xₘₐₓ and Aᵀ");
    row("unbalanced", "$x^{$ and \\", "x and ");
    row("squared", "$n^2$ time", "n² time");
    row("superscript group", "$2^{n+1}$", "2ⁿ⁺¹");
    row("superscript fraction", "$n^{1/2}$", "n¹⁄²");
    row("superscript fallback", "$2^{\\Omega(n)}$", "2^(Ω(n))");
    row("single fallback", "$x^q$", "x^q");
    row("subscript group", "$x_{i+1}$", "xᵢ₊₁");
    row("ell", "$\\ell_2$ norm", "ℓ₂ norm");
    row("greek", "$\\alpha \\to \\Omega$", "α → Ω");
    row("relations", "$a \\leq b \\geq c \\approx d$", "a ≤ b ≥ c ≈ d");
    row("operators", "$n \\times m \\cdot k \\pm 1$", "n × m · k ± 1");
    row("infinity and sum", "$\\sum_i x_i < \\infty$", "∑ᵢ xᵢ < ∞");
    row("membership", "$x \\in S \\rightarrow y$", "x ∈ S → y");
    row("widetilde", "$\\widetilde{\\mathcal{O}}(n^{1/2} K^{-2/5})$", "Õ(n¹⁄² K⁻²⁄⁵)");
    row("unknown command", "$\\log n$ and \\foo bar", "log n and foo bar");
    row("braces stripped", "${a}{b}$", "ab");
    row("frac", "$\\frac{1}{2}$", "1/2");
    row("display math", "$$x^2$$", "x²");
}

void TestPaperDetailView::toReadable()
{
    QFETCH(QString, input);
    QFETCH(QString, expected);
    QCOMPARE(MathText::toReadable(input), expected);
}

void TestPaperDetailView::mathLosesAllMarkup()
{
    const QString readable =
            MathText::toReadable(QStringLiteral("$\\widetilde{\\mathcal{O}}(n^{1/2} K^{-2/5})$"));
    QVERIFY(!readable.contains(QLatin1Char('$')));
    QVERIFY(!readable.contains(QLatin1Char('\\')));
    QVERIFY(!readable.contains(QLatin1Char('{')));
    QVERIFY(readable.contains(QLatin1Char('O')) || readable.contains(QChar(0x00D5)));
}

void TestPaperDetailView::showsEveryField()
{
    PaperDetailView view;
    const QString bibtex = QStringLiteral("@misc{shen2025completion,\n  title = {x}\n}\n");
    view.setPaper(samplePaper(), bibtex);
    QVERIFY(view.hasPaper());
    const QString text = view.browser()->toPlainText();
    QVERIFY2(text.contains(QString::fromUtf8("Completion ≠ Collaboration: Scaling Collaborative Effort")),
             qPrintable(text));
    QVERIFY(text.contains(QStringLiteral("Shannon Zejiang Shen, Valerie Chen, FAIR CodeGen team et al.")));
    QVERIFY(text.contains(QStringLiteral("microsoft-research")));
    QVERIFY(text.contains(QStringLiteral("meta-ai")));
    QVERIFY(text.contains(QStringLiteral("Alex Gu, Naman Jain")));
    QVERIFY(text.contains(QString::fromUtf8("We reach Õ(n¹⁄²) regret, a near optimal 50% gain & more.")));
    QVERIFY(text.contains(QStringLiteral("shen2025completion")));
    QVERIFY(text.contains(QStringLiteral("Code available")));
    QVERIFY(text.contains(QStringLiteral("SE")));
    QVERIFY(text.contains(view.locale().toString(QDate(2025, 3, 25), QLocale::LongFormat)));
    QVERIFY(!text.contains(QLatin1Char('$')));
    QCOMPARE(view.bibtexPreview()->bibtex(), bibtex);
    QVERIFY(view.browser()->openExternalLinks());

    PaperRecord complete = samplePaper();
    complete.authorsTruncated = false;
    complete.hasCode = false;
    view.setPaper(complete, bibtex);
    QVERIFY(!view.browser()->toPlainText().contains(QStringLiteral("et al.")));
    QVERIFY(!view.browser()->toPlainText().contains(QStringLiteral("Code available")));
}

void TestPaperDetailView::escapesHtmlInText()
{
    PaperRecord paper = samplePaper();
    paper.title = QStringLiteral("<script>alert(1)</script> & <b>bold</b>");
    paper.authors = QStringList{QStringLiteral("A <i>B</i>")};
    paper.abstract = QStringLiteral("x < y > z & \"quoted\"");
    PaperDetailView view;
    view.setPaper(paper, QString());
    const QString text = view.browser()->toPlainText();
    QVERIFY2(text.contains(QStringLiteral("<script>alert(1)</script> & <b>bold</b>")), qPrintable(text));
    QVERIFY(text.contains(QStringLiteral("A <i>B</i>")));
    QVERIFY(text.contains(QStringLiteral("x < y > z & \"quoted\"")));
    QVERIFY(!view.browser()->toHtml().contains(QStringLiteral("<script>")));
}

void TestPaperDetailView::linksIdentifiers()
{
    PaperRecord paper = samplePaper();
    paper.url = QStringLiteral("https://example.org/paper?id=1&v=2");
    PaperDetailView view;
    view.setPaper(paper, QString());
    const QString html = view.browser()->toHtml();
    QVERIFY(html.contains(QStringLiteral("href=\"https://arxiv.org/abs/2503.12345\"")));
    QVERIFY(html.contains(QStringLiteral("href=\"https://doi.org/10.1145/1234.5678\"")));
    QVERIFY(html.contains(QStringLiteral("href=\"https://example.org/paper?id=1&amp;v=2\"")));

    paper.url = QStringLiteral("javascript:alert(1)"); // shown, never linked
    view.setPaper(paper, QString());
    QVERIFY(view.browser()->toPlainText().contains(paper.url));
    QVERIFY(!view.browser()->toHtml().contains(QStringLiteral("href=\"javascript")));
}

void TestPaperDetailView::clearShowsPlaceholder()
{
    PaperDetailView view;
    const auto *placeholder = view.findChild<QLabel *>(QStringLiteral("paperDetailPlaceholder"));
    QVERIFY(placeholder);
    QCOMPARE(view.placeholderText(), QStringLiteral("Select a paper to see its details"));
    QVERIFY(placeholder->isVisibleTo(&view));
    QVERIFY(!view.browser()->isVisibleTo(&view));

    view.setPaper(samplePaper(), QStringLiteral("@misc{k,\n}\n"));
    QVERIFY(!placeholder->isVisibleTo(&view));
    QVERIFY(view.browser()->isVisibleTo(&view));
    QVERIFY(view.bibtexPreview()->isVisibleTo(&view));

    view.clear();
    QVERIFY(!view.hasPaper());
    QVERIFY(placeholder->isVisibleTo(&view));
    QVERIFY(!view.browser()->toPlainText().contains(QStringLiteral("Collaboration")));
    QVERIFY(view.bibtexPreview()->bibtex().isEmpty());
}

void TestPaperDetailView::followsThePalette()
{
    PaperDetailView view;
    view.setPaper(samplePaper(), QString());
    QPalette dark;
    dark.setColor(QPalette::Base, QColor(0x1e, 0x1e, 0x1e));
    dark.setColor(QPalette::Text, QColor(0xe0, 0xe0, 0xe0));
    dark.setColor(QPalette::Highlight, QColor(0x3d, 0xae, 0xe9));
    view.setPalette(dark);
    const QString html = view.browser()->toHtml();
    QVERIFY2(html.contains(QStringLiteral("#3daee9")), qPrintable(html)); // headings in the highlight colour
    QVERIFY(view.browser()->toPlainText().contains(QStringLiteral("Alex Gu"))); // still the paper
}

QTEST_MAIN(TestPaperDetailView)
#include "tst_paperdetailview.moc"
