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
