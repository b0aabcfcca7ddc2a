// BibtexPreview: shows BibTeX read-only; with KSyntaxHighlighting the text is
// really highlighted (formats on the blocks), and the theme follows the palette.

#include "bibtexpreview.h"

#include <QPalette>
#include <QTest>
#include <QTextBlock>
#include <QTextLayout>

#ifdef PAPERSCOPE_HAVE_KSYNTAXHIGHLIGHTING
#include <KSyntaxHighlighting/Repository>
#include <KSyntaxHighlighting/Theme>
#endif

namespace {

const QString entry = QStringLiteral(
        "@misc{gu2024cruxeval,\n"
        "  title = {{CRUXEval}: A Benchmark for Code Reasoning},\n"
        "  author = {Gu, Alex and Rozi\u00e8re, Baptiste and others},\n"
        "  year = {2024},\n"
        "  eprint = {2401.03065},\n"
        "  archivePrefix = {arXiv},\n"
        "  primaryClass = {cs.SE}\n"
        "}\n");

// The format the highlighter gave the character at (line, column); the
// default format when it gave none (used only with KSyntaxHighlighting).
[[maybe_unused]] QTextCharFormat formatAt(const QTextDocument *document, int line, int column)
{
    const QTextBlock block = document->findBlockByNumber(line);
    for (const QTextLayout::FormatRange &range : block.layout()->formats()) {
        if (column >= range.start && column < range.start + range.length)
            return range.format;
    }
    return {};
}

// Every format range the highlighter put on the document's blocks.
QVector<QTextLayout::FormatRange> appliedFormats(const QTextDocument *document)
{
    QVector<QTextLayout::FormatRange> all;
    for (QTextBlock block = document->begin(); block.isValid(); block = block.next()) {
        for (const QTextLayout::FormatRange &range : block.layout()->formats()) {
            if (range.length > 0)
                all << range;
        }
    }
    return all;
}

#ifdef PAPERSCOPE_HAVE_KSYNTAXHIGHLIGHTING
QPalette darkPalette()
{
    QPalette pal;
    pal.setColor(QPalette::Window, QColor(0x2b, 0x2b, 0x2b));
    pal.setColor(QPalette::Base, QColor(0x1e, 0x1e, 0x1e));
    pal.setColor(QPalette::Text, QColor(0xe0, 0xe0, 0xe0));
    pal.setColor(QPalette::WindowText, QColor(0xe0, 0xe0, 0xe0));
    return pal;
}

QPalette lightPalette()
{
    QPalette pal;
    pal.setColor(QPalette::Window, QColor(0xef, 0xef, 0xef));
    pal.setColor(QPalette::Base, Qt::white);
    pal.setColor(QPalette::Text, Qt::black);
    pal.setColor(QPalette::WindowText, Qt::black);
    return pal;
}
#endif

} // namespace

class TestBibtexPreview : public QObject
{
    Q_OBJECT
private slots:
    void isReadOnlyMonospaceWithoutWrap();
    void keepsTheTextItIsGiven();
    void highlightsWhenTheLibraryIsThere();
    void keysFieldsValuesAndBracesLookDifferent();
    void darkPaletteChoosesDarkTheme();
    void reportsHighlighterVersion();
};

void TestBibtexPreview::isReadOnlyMonospaceWithoutWrap()
{
    BibtexPreview preview;
    QVERIFY(preview.isReadOnly());
    QCOMPARE(preview.lineWrapMode(), QPlainTextEdit::NoWrap);
    QVERIFY(preview.font().fixedPitch() || preview.font().styleHint() == QFont::TypeWriter
            || QFontInfo(preview.font()).fixedPitch());
}

void TestBibtexPreview::keepsTheTextItIsGiven()
{
    BibtexPreview preview;
    preview.setBibtex(entry);
    QCOMPARE(preview.bibtex(), entry);
    preview.setBibtex(QString());
    QCOMPARE(preview.bibtex(), QString());
}

void TestBibtexPreview::highlightsWhenTheLibraryIsThere()
{
    BibtexPreview preview;
    preview.resize(500, 300);
    preview.setBibtex(entry);
    QCoreApplication::processEvents();
    const QVector<QTextLayout::FormatRange> formats = appliedFormats(preview.document());
#ifdef PAPERSCOPE_HAVE_KSYNTAXHIGHLIGHTING
    QVERIFY(preview.isHighlighted());
    QVERIFY2(formats.size() >= 5, qPrintable(QString::number(formats.size())));
    // The entry type "@misc" at the start of the first block has a colour.
    const QTextBlock first = preview.document()->firstBlock();
    bool entryTypeColoured = false;
    for (const QTextLayout::FormatRange &range : first.layout()->formats()) {
        if (range.start == 0 && range.length > 0 && range.format.hasProperty(QTextFormat::ForegroundBrush))
            entryTypeColoured = true;
    }
    QVERIFY(entryTypeColoured);
#else
    QVERIFY(!preview.isHighlighted());
    QVERIFY(preview.themeName().isEmpty());
    QVERIFY(formats.isEmpty());
    QCOMPARE(preview.toPlainText(), entry);
#endif
}

// Each part of an entry has its own look, in the light and in the dark theme:
// "@misc{gu2024cruxeval," / "  title = {{CRUXEval}: ...}," / "  year = {2024},".
void TestBibtexPreview::keysFieldsValuesAndBracesLookDifferent()
{
#ifdef PAPERSCOPE_HAVE_KSYNTAXHIGHLIGHTING
    for (const QPalette &palette : {lightPalette(), darkPalette()}) {
        BibtexPreview preview;
        preview.setPalette(palette);
        preview.setBibtex(entry);
        QCoreApplication::processEvents();
        const QTextDocument *doc = preview.document();
        const QTextCharFormat entryType = formatAt(doc, 0, 1); // misc
        const QTextCharFormat key = formatAt(doc, 0, 8);       // gu2024cruxeval
        const QTextCharFormat field = formatAt(doc, 1, 3);     // title
        const QTextCharFormat value = formatAt(doc, 1, 14);    // CRUXEval
        const QTextCharFormat brace = formatAt(doc, 1, 10);    // {
        const QTextCharFormat normal = formatAt(doc, 1, 8);    // =

        // One kind, one format, wherever it stands.
        QCOMPARE(formatAt(doc, 3, 3), field);                  // year
        QCOMPARE(formatAt(doc, 3, 10), value);                 // 2024
        QCOMPARE(formatAt(doc, 3, 9), brace);                  // { of {2024}
        QCOMPARE(formatAt(doc, 3, 14), brace);                 // } of {2024}
        QCOMPARE(formatAt(doc, 7, 0), brace);                  // the entry's }

        const QList<QPair<const char *, QTextCharFormat>> parts{
                {"key", key}, {"field name", field}, {"value", value}, {"brace", brace}};
        for (int i = 0; i < parts.size(); ++i) {
            QVERIFY2(parts[i].second.hasProperty(QTextFormat::ForegroundBrush), parts[i].first);
            QVERIFY2(parts[i].second.foreground().color() != normal.foreground().color(), parts[i].first);
            for (int j = i + 1; j < parts.size(); ++j) {
                QVERIFY2(parts[i].second.foreground().color() != parts[j].second.foreground().color(),
                         qPrintable(QStringLiteral("%1 and %2 share a colour")
                                            .arg(QLatin1String(parts[i].first), QLatin1String(parts[j].first))));
            }
        }
        QVERIFY(entryType != field && entryType != key && entryType != normal);
    }
#else
    QSKIP("Built without KSyntaxHighlighting: the preview is plain text");
#endif
}

void TestBibtexPreview::darkPaletteChoosesDarkTheme()
{
#ifdef PAPERSCOPE_HAVE_KSYNTAXHIGHLIGHTING
    KSyntaxHighlighting::Repository repository;
    const auto backgroundLightness = [&](const QString &themeName) {
        const KSyntaxHighlighting::Theme theme = repository.theme(themeName);
        return QColor::fromRgba(theme.editorColor(KSyntaxHighlighting::Theme::BackgroundColor)).lightness();
    };

    BibtexPreview preview;
    preview.setBibtex(entry);
    preview.setPalette(lightPalette());
    const QString lightTheme = preview.themeName();
    QVERIFY(!lightTheme.isEmpty());
    QVERIFY2(backgroundLightness(lightTheme) >= 128, qPrintable(lightTheme));

    preview.setPalette(darkPalette());
    const QString darkTheme = preview.themeName();
    QVERIFY(darkTheme != lightTheme);
    QVERIFY2(backgroundLightness(darkTheme) < 128, qPrintable(darkTheme));
    QCOMPARE(darkTheme, repository.defaultTheme(KSyntaxHighlighting::Repository::DarkTheme).name());
    QVERIFY(!appliedFormats(preview.document()).isEmpty()); // highlighted again, not wiped
#else
    QSKIP("Built without KSyntaxHighlighting: the preview is plain text");
#endif
}

void TestBibtexPreview::reportsHighlighterVersion()
{
    const QString version = BibtexPreview::highlighterVersion();
#ifdef PAPERSCOPE_HAVE_KSYNTAXHIGHLIGHTING
    QVERIFY2(version.contains(QLatin1Char('.')) && version.at(0).isDigit(), qPrintable(version));
#else
    QCOMPARE(version, QStringLiteral("not available"));
#endif
}

QTEST_MAIN(TestBibtexPreview)
#include "tst_bibtexpreview.moc"
