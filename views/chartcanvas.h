#pragma once
// What the chart view needs from a charting library, and no more: draw bars
// (stacked or grouped, vertical or horizontal) or a pie from a plain
// description, fade what lies outside the selection, label the bars, show
// the given tooltips, follow the palette, and report clicks. Qt Charts
// implements it today (QtChartsCanvas); moving to Qt Graphs means writing
// one more implementation and changing ChartCanvasFactory::create(),
// nothing else. This header knows no implementation.

#include "chartspecs.h"

#include <QWidget>

class ChartCanvas : public QWidget
{
    Q_OBJECT
public:
    using QWidget::QWidget;
    ~ChartCanvas() override;

    virtual void showBars(const BarChartSpec &spec) = 0;
    virtual void showPie(const PieChartSpec &spec) = 0;
    // No data: the title and a line saying why.
    virtual void showMessage(const QString &title, const QString &message) = 0;

    // What is on show (for tests and for the Qt Graphs port's parity checks).
    virtual QString title() const = 0;
    virtual QString toolTip(int series, int bar) const = 0;   // a slice: series 0
    virtual QColor backgroundColor() const = 0;
    // The bars' labels as written along their axis, in bar order; empty
    // where one is left out to make room for its neighbours (years). Empty
    // when no bars are on show.
    virtual QStringList barLabels() const = 0;

signals:
    void barClicked(int bar, int series);
    void sliceClicked(int slice);
    void legendClicked(int series);
};
