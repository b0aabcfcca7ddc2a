#pragma once
// A QChartView that veils the bands of inactive bars (drawn over the scene,
// so it fades bars, labels and totals alike and leaves clicks alone) and
// writes the names of horizontal bars itself: Qt Charts shortens a category
// label to "..." as soon as its band is a little lower than the text box.
// Part of QtChartsCanvas; nothing else uses it.

#include "chartscompat.h"

#include <QChartView>
#include <QStringList>
#include <QVector>

class FadingChartView : public QChartView
{
public:
    using QChartView::QChartView;

    // Bars whose flag is false get a veil in the palette's base colour.
    void setVeil(const QVector<bool> &active, bool horizontal, QAbstractSeries *series);
    // Names of horizontal bars, first on top, written left of the plot area.
    void setBarNames(const QStringList &names, QAbstractSeries *series);
    static constexpr int namePadding = 8;

protected:
    void drawForeground(QPainter *painter, const QRectF &rect) override;

private:
    void drawNames(QPainter *painter, const QRectF &plot);

    QVector<bool> m_active;
    bool m_horizontal = false;
    QAbstractSeries *m_series = nullptr;
    QStringList m_names;
};
