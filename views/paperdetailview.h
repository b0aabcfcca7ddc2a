#pragma once
// The detail pane for the current paper: its title, authors, affiliations,
// date, category, links and abstract as rich text over the paper's BibTeX.
// It shows the value types it is given and nothing else: the BibTeX comes
// from outside, and it never reads the store, files or the network.

#include "paperrecord.h"

#include <QWidget>

class BibtexPreview;
class QLabel;
class QSplitter;
class QStackedWidget;
class QTextBrowser;

class PaperDetailView : public QWidget
{
    Q_OBJECT
public:
    explicit PaperDetailView(QWidget *parent = nullptr);

    void setPaper(const PaperRecord &paper, const QString &bibtex);
    // Shows the "Select a paper" placeholder.
    void clear();
    bool hasPaper() const { return m_hasPaper; }
    QString placeholderText() const;

    QTextBrowser *browser() const { return m_browser; }
    BibtexPreview *bibtexPreview() const { return m_preview; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void render();
    QString paperHtml() const;

    QStackedWidget *m_stack;
    QLabel *m_placeholder;
    QSplitter *m_splitter;
    QTextBrowser *m_browser;
    BibtexPreview *m_preview;
    PaperRecord m_paper;
    bool m_hasPaper = false;
};
