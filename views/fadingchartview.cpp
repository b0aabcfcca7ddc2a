#include "fadingchartview.h"

#include <QChart>
#include <QPainter>

#include <limits>

namespace {
constexpr double tickRoom = 5; // between the plot's bottom edge and the labels
}

void FadingChartView::setVeil(const QVector<bool> &active, bool horizontal, QAbstractSeries *series)
{
    m_active = active;
    m_horizontal = horizontal;
    m_series = series;
    viewport()->update();
}

void FadingChartView::setBarNames(const QStringList &names, QAbstractSeries *series)
{
    m_names = names;
    m_bandLabels.clear();
    m_series = series;
    viewport()->update();
}

void FadingChartView::setBandLabels(const QStringList &labels, const QFont &font, QAbstractSeries *series)
{
    m_bandLabels = labels;
    m_bandFont = font;
    m_names.clear();
    m_series = series;
    viewport()->update();
}

int FadingChartView::labelRoom(const QFont &font)
{
    return int(tickRoom) + QFontMetrics(font).height() + 4;
}

QStringList FadingChartView::writtenLabels() const
{
    QStringList texts;
    const QVector<Label> labels = layoutLabels();
    for (const Label &label : labels)
        texts << label.text;
    return texts;
}

void FadingChartView::drawForeground(QPainter *painter, const QRectF &rect)
{
    QChartView::drawForeground(painter, rect);
    if (!m_series || !chart())
        return;
    const QRectF plot = chart()->plotArea();
    const QColor text = palette().color(QPalette::Text);
    QColor faded = text;
    faded.setAlpha(110);
    const QVector<Label> labels = layoutLabels();
    painter->save();
    for (int i = 0; i < labels.size(); ++i) {
        const Label &label = labels.at(i);
        if (label.text.isEmpty())
            continue;
        painter->setFont(label.font);
        // Years outside the selection are faded like their bars.
        painter->setPen(!m_names.isEmpty() || m_active.value(i, true) ? text : faded);
        painter->drawText(label.box, (m_names.isEmpty() ? Qt::AlignHCenter : Qt::AlignRight) | Qt::AlignVCenter,
                          label.text);
    }
    painter->restore();
    QColor veil = palette().color(QPalette::Base);
    veil.setAlpha(165);
    for (int i = 0; i < m_active.size(); ++i) {
        if (m_active.at(i))
            continue;
        QRectF band;
        if (m_horizontal) {
            const int row = int(m_active.size()) - 1 - i; // first bar on top
            const QPointF a = chart()->mapToPosition(QPointF(0, row - 0.5), m_series);
            const QPointF b = chart()->mapToPosition(QPointF(0, row + 0.5), m_series);
            band = QRectF(QPointF(plot.left(), qMin(a.y(), b.y())), QPointF(plot.right(), qMax(a.y(), b.y())));
        } else {
            const QPointF a = chart()->mapToPosition(QPointF(i - 0.5, 0), m_series);
            const QPointF b = chart()->mapToPosition(QPointF(i + 0.5, 0), m_series);
            band = QRectF(QPointF(qMin(a.x(), b.x()), plot.top()), QPointF(qMax(a.x(), b.x()), plot.bottom()));
        }
        painter->fillRect(chart()->mapRectToScene(band), veil);
    }
}

QVector<FadingChartView::Label> FadingChartView::layoutLabels() const
{
    if (!m_series || !chart())
        return {};
    return m_names.isEmpty() ? layoutBandLabels() : layoutNames();
}

QFont FadingChartView::nameFont(double band) const
{
    QFont font = this->font();
    font.setPointSizeF(qMax(6.5, qMin(font.pointSizeF() * 0.95, band * 0.62)));
    return font;
}

QVector<FadingChartView::Label> FadingChartView::layoutNames() const
{
    const int n = int(m_names.size());
    const QRectF plot = chart()->plotArea();
    const QPointF first = chart()->mapToPosition(QPointF(0, 0), m_series);
    const QPointF second = chart()->mapToPosition(QPointF(0, 1), m_series);
    const double band = qAbs(first.y() - second.y());
    const QFont font = nameFont(band);
    const QFontMetrics metrics(font);
    const double width = plot.left() - namePadding - 2;
    QVector<Label> labels;
    for (int i = 0; i < n; ++i) {
        const QPointF centre = chart()->mapToPosition(QPointF(0, n - 1 - i), m_series);
        const QRectF box(QPointF(2, centre.y() - band / 2), QPointF(plot.left() - namePadding, centre.y() + band / 2));
        labels.append({metrics.elidedText(m_names.at(i), Qt::ElideMiddle, int(qMax(0.0, width))),
                       chart()->mapRectToScene(box), font});
    }
    return labels;
}

// Every label whole, centred under its bar. When the widest does not fit a
// band, only every step-th is written (steps 2, 5, 10...; for years the
// ones divisible by the step), and none closer to the last than a gap.
QVector<FadingChartView::Label> FadingChartView::layoutBandLabels() const
{
    const int n = int(m_bandLabels.size());
    const QRectF plot = chart()->plotArea();
    const QFontMetricsF metrics(m_bandFont);
    const double gap = metrics.averageCharWidth() * 1.5;
    const double band = n > 1 ? qAbs(chart()->mapToPosition(QPointF(1, 0), m_series).x()
                                     - chart()->mapToPosition(QPointF(0, 0), m_series).x())
                              : plot.width();
    double widest = 0;
    bool numeric = true;
    for (const QString &label : m_bandLabels) {
        widest = qMax(widest, metrics.horizontalAdvance(label));
        bool ok = false;
        label.toInt(&ok);
        numeric = numeric && ok;
    }
    int step = 1;
    for (int s : {1, 2, 5, 10, 20, 25, 50, 100, 200, 500, 1000}) {
        step = s;
        if (s * band >= widest + gap)
            break;
    }
    QVector<Label> labels;
    double lastRight = -std::numeric_limits<double>::infinity();
    const double sceneWidth = chart()->size().width();
    for (int i = 0; i < n; ++i) {
        const QString &text = m_bandLabels.at(i);
        const bool round = numeric ? text.toInt() % step == 0 : i % step == 0;
        const double width = metrics.horizontalAdvance(text);
        const double centre = chart()->mapToPosition(QPointF(i, 0), m_series).x();
        QRectF box(centre - width / 2, plot.bottom() + tickRoom, width, metrics.height());
        if (box.left() < 0)
            box.moveLeft(0);
        if (box.right() > sceneWidth)
            box.moveRight(sceneWidth);
        if (!round || box.left() < lastRight + gap) {
            labels.append({QString(), QRectF(), m_bandFont});
            continue;
        }
        lastRight = box.right();
        labels.append({text, chart()->mapRectToScene(box), m_bandFont});
    }
    return labels;
}
