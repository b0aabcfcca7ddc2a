#include "paperdetailview.h"

#include "bibtexpreview.h"
#include "mathtext.h"

#include <QEvent>
#include <QLabel>
#include <QLocale>
#include <QSplitter>
#include <QStackedWidget>
#include <QTextBrowser>
#include <QUrl>
#include <QVBoxLayout>

namespace {

// A colour between two palette colours, so muted text and badges follow any
// palette, light or dark, instead of hard-coded greys.
QString blend(const QColor &a, const QColor &b, qreal weightOfA)
{
    const auto mix = [weightOfA](int x, int y) { return qRound(x * weightOfA + y * (1 - weightOfA)); };
    return QColor(mix(a.red(), b.red()), mix(a.green(), b.green()), mix(a.blue(), b.blue()))
            .name();
}

QString escaped(const QString &text)
{
    return text.toHtmlEscaped();
}

QString readable(const QString &text)
{
    return MathText::toReadable(text).toHtmlEscaped();
}

QString link(const QUrl &url, const QString &label, const QString &colour)
{
    return QStringLiteral("<a href=\"%1\" style=\"color:%2; text-decoration:none\">%3</a>")
            .arg(escaped(url.toString(QUrl::FullyEncoded)), colour, escaped(label));
}

} // namespace

PaperDetailView::PaperDetailView(QWidget *parent)
    : QWidget(parent)
    , m_stack(new QStackedWidget(this))
    , m_placeholder(new QLabel(tr("Select a paper to see its details"), m_stack))
    , m_splitter(new QSplitter(Qt::Vertical, m_stack))
    , m_browser(new QTextBrowser(m_splitter))
    , m_preview(new BibtexPreview(m_splitter))
{
    m_browser->setObjectName(QStringLiteral("paperDetailBrowser"));
    m_browser->setAccessibleName(tr("Paper details"));
    m_browser->setOpenExternalLinks(true);
    m_browser->setFrameShape(QFrame::NoFrame);
    m_browser->document()->setDocumentMargin(18);
    m_preview->setObjectName(QStringLiteral("paperBibtexPreview"));
    m_preview->setAccessibleName(tr("BibTeX preview"));
    m_preview->setFrameShape(QFrame::NoFrame);
    m_preview->document()->setDocumentMargin(10);
    m_splitter->setChildrenCollapsible(false);
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 1);
    m_placeholder->setObjectName(QStringLiteral("paperDetailPlaceholder"));
    m_placeholder->setAlignment(Qt::AlignCenter);
    m_placeholder->setWordWrap(true);
    m_placeholder->setMargin(24);
    m_placeholder->setAutoFillBackground(true);
    m_placeholder->setBackgroundRole(QPalette::Base);
    m_stack->addWidget(m_placeholder);
    m_stack->addWidget(m_splitter);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_stack);
    clear();
}

void PaperDetailView::setPaper(const PaperRecord &paper, const QString &bibtex)
{
    m_paper = paper;
    m_hasPaper = true;
    m_preview->setBibtex(bibtex);
    render();
}

void PaperDetailView::clear()
{
    m_paper = PaperRecord();
    m_hasPaper = false;
    m_preview->setBibtex(QString());
    render();
}

void PaperDetailView::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    // The HTML carries palette colours: build it again for the new palette.
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::FontChange)
        render();
}

QString PaperDetailView::placeholderText() const
{
    return m_placeholder->text();
}

void PaperDetailView::render()
{
    // Our children get a new palette or font only after our own change event.
    QPalette muted = palette();
    muted.setColor(QPalette::Text, // the label's foreground on its Base background
                   QColor(blend(muted.color(QPalette::Text), muted.color(QPalette::Base), 0.55)));
    m_placeholder->setPalette(muted);
    QFont larger = font();
    larger.setPointSizeF(larger.pointSizeF() > 0 ? larger.pointSizeF() * 1.2 : 12);
    m_placeholder->setFont(larger);

    m_stack->setCurrentWidget(m_hasPaper ? static_cast<QWidget *>(m_splitter) : m_placeholder);
    m_browser->setHtml(m_hasPaper ? paperHtml() : QString());
}

QString PaperDetailView::paperHtml() const
{
    const QPalette pal = palette(); // the browser gets it only after our PaletteChange
    const QColor text = pal.color(QPalette::Text);
    const QColor base = pal.color(QPalette::Base);
    const QString muted = blend(text, base, 0.6);
    const QString accent = pal.color(QPalette::Highlight).name();
    const QString badge = blend(pal.color(QPalette::Highlight), base, 0.2);
    const QString linkColour = pal.color(QPalette::Link).name();
    const qreal basePt = font().pointSizeF() > 0 ? font().pointSizeF() : 10;

    QString html = QStringLiteral("<p style=\"font-size:%1pt; font-weight:700; margin-bottom:8px\">"
                                  "%2</p>")
                           .arg(qRound(basePt * 1.25))
                           .arg(readable(m_paper.title));

    QString authors = escaped(m_paper.authors.join(QStringLiteral(", ")));
    if (m_paper.authorsTruncated)
        authors += QStringLiteral(" <i>%1</i>").arg(escaped(tr("et al.")));
    if (!authors.isEmpty())
        html += QStringLiteral("<p style=\"font-size:%1pt; margin:0\">%2</p>")
                        .arg(qRound(basePt * 1.1))
                        .arg(authors);
    if (!m_paper.affiliations.isEmpty())
        html += QStringLiteral("<p style=\"color:%1; margin-top:2px\">%2</p>")
                        .arg(muted, escaped(m_paper.affiliations.join(QString::fromUtf8("  ·  "))));

    // Category and code as badges, then the date.
    const QString badgeHtml = QStringLiteral("<span style=\"background-color:%1; font-weight:600\">"
                                             "&nbsp;%2&nbsp;</span>&nbsp;&nbsp;");
    QString meta;
    if (!m_paper.category.isEmpty())
        meta += badgeHtml.arg(badge, escaped(m_paper.category));
    if (m_paper.hasCode)
        meta += badgeHtml.arg(badge, escaped(tr("Code available")));
    if (m_paper.date.isValid())
        meta += QStringLiteral("<span style=\"color:%1\">%2</span>")
                        .arg(muted, escaped(locale().toString(m_paper.date, QLocale::LongFormat)));
    if (!meta.isEmpty())
        html += QStringLiteral("<p style=\"margin-top:10px\">%1</p>").arg(meta);

    const QString heading = QStringLiteral("<p style=\"color:%1; font-weight:700; font-size:%2pt;"
                                           " letter-spacing:1px; text-transform:uppercase;"
                                           " margin-top:20px; margin-bottom:6px\">%3</p>")
                                    .arg(accent).arg(qRound(basePt * 0.85));
    if (!m_paper.abstract.isEmpty()) {
        html += heading.arg(escaped(tr("Abstract")));
        html += QStringLiteral("<p style=\"line-height:135%\">%1</p>").arg(readable(m_paper.abstract));
    }

    QStringList rows;
    const QString row = QStringLiteral("<tr><td style=\"color:%1; padding:0 16px 4px 0\">%2</td>"
                                       "<td style=\"padding-bottom:4px\">%3</td></tr>");
    const auto addRow = [&](const QString &label, const QString &valueHtml) {
        if (!valueHtml.isEmpty())
            rows << row.arg(muted, escaped(label), valueHtml);
    };
    addRow(tr("Profiles"), escaped(m_paper.profiles.join(QStringLiteral(", "))));
    addRow(tr("Citation key"), escaped(m_paper.citationKey));
    if (!m_paper.arxivId.isEmpty())
        addRow(tr("arXiv"), link(QUrl(QStringLiteral("https://arxiv.org/abs/") + m_paper.arxivId),
                                 m_paper.arxivId, linkColour)
                                + (m_paper.primaryClass.isEmpty()
                                       ? QString()
                                       : QStringLiteral(" (%1)").arg(escaped(m_paper.primaryClass))));
    if (!m_paper.doi.isEmpty())
        addRow(tr("DOI"), link(QUrl(QStringLiteral("https://doi.org/") + m_paper.doi),
                               m_paper.doi, linkColour));
    const QUrl url(m_paper.url);
    if (url.isValid() && (url.scheme() == QLatin1String("https") || url.scheme() == QLatin1String("http")))
        addRow(tr("URL"), link(url, m_paper.url, linkColour));
    else
        addRow(tr("URL"), escaped(m_paper.url));
    const QUrl pdf(m_paper.pdfUrl);
    if (pdf.isValid() && (pdf.scheme() == QLatin1String("https") || pdf.scheme() == QLatin1String("http")))
        addRow(tr("PDF"), link(pdf, m_paper.pdfUrl, linkColour));
    if (!rows.isEmpty()) {
        html += heading.arg(escaped(tr("Details")));
        html += QStringLiteral("<table cellspacing=\"0\" cellpadding=\"0\">%1</table>")
                        .arg(rows.join(QString()));
    }
    return html;
}
