#include "bibtexpreview.h"

#include <QEvent>
#include <QFontDatabase>
#include <QFontInfo>
#include <QPalette>

#ifdef PAPERSCOPE_HAVE_KSYNTAXHIGHLIGHTING
#include <KSyntaxHighlighting/Definition>
#include <KSyntaxHighlighting/Repository>
#include <KSyntaxHighlighting/SyntaxHighlighter>
#include <KSyntaxHighlighting/Theme>
#include <ksyntaxhighlighting_version.h>

// KF6 prefixes its version macros with KSYNTAXHIGHLIGHTING_, KF5 with SyntaxHighlighting_.
#if defined(KSYNTAXHIGHLIGHTING_VERSION_STRING)
#define PAPERSCOPE_KSH_VERSION_STRING KSYNTAXHIGHLIGHTING_VERSION_STRING
#else
#define PAPERSCOPE_KSH_VERSION_STRING SyntaxHighlighting_VERSION_STRING
#endif

// The views library is static: its resources need an explicit start, and
// Q_INIT_RESOURCE must be called outside any namespace.
static void initBibtexSyntaxResource()
{
    Q_INIT_RESOURCE(bibtexpreview);
}

namespace {
// Loading the definitions and themes is costly: one repository for the app.
// It also finds our own "Paperscope BibTeX" definition (bibtexpreview-syntax.xml),
// which, unlike KSyntaxHighlighting's "BibTeX", gives the citation key, field
// names, values and braces each a style of their own.
KSyntaxHighlighting::Repository &repository()
{
    static KSyntaxHighlighting::Repository instance;
    static const bool customPathAdded = [] {
        initBibtexSyntaxResource();
        instance.addCustomSearchPath(QStringLiteral(":/paperscope/highlighting"));
        return true;
    }();
    Q_UNUSED(customPathAdded);
    return instance;
}

KSyntaxHighlighting::Definition bibtexDefinition()
{
    const KSyntaxHighlighting::Definition own =
            repository().definitionForName(QStringLiteral("Paperscope BibTeX"));
    return own.isValid() ? own : repository().definitionForName(QStringLiteral("BibTeX"));
}
} // namespace
#endif

BibtexPreview::BibtexPreview(QWidget *parent)
    : QPlainTextEdit(parent)
{
    setReadOnly(true);
    setLineWrapMode(QPlainTextEdit::NoWrap);
    QFont fixed = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    if (!QFontInfo(fixed).fixedPitch()) { // platforms without a fixed font (offscreen)
        fixed.setFamily(QStringLiteral("monospace"));
        fixed.setStyleHint(QFont::TypeWriter);
    }
    setFont(fixed);
    setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
#ifdef PAPERSCOPE_HAVE_KSYNTAXHIGHLIGHTING
    const KSyntaxHighlighting::Definition definition = bibtexDefinition();
    if (definition.isValid()) {
        m_highlighter = new KSyntaxHighlighting::SyntaxHighlighter(document());
        m_highlighter->setDefinition(definition);
        applyTheme();
    }
#endif
}

BibtexPreview::~BibtexPreview() = default;

void BibtexPreview::setBibtex(const QString &bibtex)
{
    setPlainText(bibtex);
}

QString BibtexPreview::bibtex() const
{
    return toPlainText();
}

bool BibtexPreview::isHighlighted() const
{
#ifdef PAPERSCOPE_HAVE_KSYNTAXHIGHLIGHTING
    return m_highlighter && m_highlighter->definition().isValid();
#else
    return false;
#endif
}

QString BibtexPreview::themeName() const
{
#ifdef PAPERSCOPE_HAVE_KSYNTAXHIGHLIGHTING
    if (m_highlighter)
        return m_highlighter->theme().name();
#endif
    return {};
}

QString BibtexPreview::highlighterVersion()
{
#ifdef PAPERSCOPE_HAVE_KSYNTAXHIGHLIGHTING
    return QStringLiteral(PAPERSCOPE_KSH_VERSION_STRING);
#else
    return tr("not available");
#endif
}

void BibtexPreview::changeEvent(QEvent *event)
{
    QPlainTextEdit::changeEvent(event);
    if (event->type() == QEvent::PaletteChange)
        applyTheme();
}

// The theme's colours must read on the palette's background, so a dark window
// gets the dark default theme.
void BibtexPreview::applyTheme()
{
#ifdef PAPERSCOPE_HAVE_KSYNTAXHIGHLIGHTING
    if (!m_highlighter)
        return;
    const bool dark = palette().color(QPalette::Base).lightness() < 128;
    const KSyntaxHighlighting::Theme theme = repository().defaultTheme(
            dark ? KSyntaxHighlighting::Repository::DarkTheme
                 : KSyntaxHighlighting::Repository::LightTheme);
    if (theme.name() == m_highlighter->theme().name())
        return;
    m_highlighter->setTheme(theme);
    m_highlighter->rehighlight();
#endif
}
