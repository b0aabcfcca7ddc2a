#include "fadingchartview.h"

#include <QChart>
#include <QPainter>

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
    m_series = series;
    viewport()->update();
}

void FadingChartView::drawForeground(QPainter *painter, const QRectF &rect)
{
    QChartView::drawForeground(painter, rect);
    if (!m_series || !chart())
        return;
    const QRectF plot = chart()->plotArea();
    drawNames(painter, plot);
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

void FadingChartView::drawNames(QPainter *painter, const QRectF &plot)
{
    const int n = int(m_names.size());
    if (n == 0)
        return;
    const QPointF first = chart()->mapToPosition(QPointF(0, 0), m_series);
    const QPointF second = chart()->mapToPosition(QPointF(0, 1), m_series);
    const double band = qAbs(first.y() - second.y());
    QFont font = this->font();
    font.setPointSizeF(qMax(6.5, qMin(font.pointSizeF() * 0.95, band * 0.62)));
    const QFontMetrics metrics(font);
    const double width = plot.left() - namePadding - 2;
    painter->save();
    painter->setFont(font);
    for (int i = 0; i < n; ++i) {
        const QPointF centre = chart()->mapToPosition(QPointF(0, n - 1 - i), m_series);
        const QRectF box(QPointF(2, centre.y() - band / 2), QPointF(plot.left() - namePadding, centre.y() + band / 2));
        painter->setPen(palette().color(QPalette::Text));
        painter->drawText(chart()->mapRectToScene(box), Qt::AlignRight | Qt::AlignVCenter,
                          metrics.elidedText(m_names.at(i), Qt::ElideMiddle, int(qMax(0.0, width))));
    }
    painter->restore();
}
