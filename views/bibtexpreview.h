#pragma once
// A read-only, monospace view of BibTeX text. With KSyntaxHighlighting
// (PAPERSCOPE_HAVE_KSYNTAXHIGHLIGHTING) it is highlighted with the "BibTeX"
// definition in a light or dark theme that follows the palette; without it
// the text is plain. It only shows text it is given: it never formats papers.

#include <QPlainTextEdit>
#include <QString>

#ifdef PAPERSCOPE_HAVE_KSYNTAXHIGHLIGHTING
namespace KSyntaxHighlighting {
class SyntaxHighlighter;
}
#endif

class BibtexPreview : public QPlainTextEdit
{
    Q_OBJECT
public:
    explicit BibtexPreview(QWidget *parent = nullptr);
    ~BibtexPreview() override;

    void setBibtex(const QString &bibtex);
    QString bibtex() const;

    // True when a highlighter with a valid BibTeX definition is attached.
    bool isHighlighted() const;
    // The highlighting theme in use ("Breeze Dark", ...); empty when plain.
    QString themeName() const;
    // The KSyntaxHighlighting version built against, or "not available".
    static QString highlighterVersion();

protected:
    void changeEvent(QEvent *event) override;

private:
    void applyTheme();

#ifdef PAPERSCOPE_HAVE_KSYNTAXHIGHLIGHTING
    KSyntaxHighlighting::SyntaxHighlighter *m_highlighter = nullptr;
#endif
};
