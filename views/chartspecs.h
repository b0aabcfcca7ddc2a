#pragma once
// What a chart shows, as plain values: the bars (stacked or grouped,
// vertical or horizontal) or the pie a ChartCanvas draws. ChartView fills
// them from the chart models; a canvas draws them. Neither side needs to
// know the other's class for these.

#include <QColor>
#include <QStringList>
#include <QVector>

struct BarChartSpec
{
    struct Series
    {
        QString name;
        QColor color;
        QVector<double> values;   // one per bar
        QStringList toolTips;     // one per bar
    };
    QString title;
    QStringList labels;           // one per bar (years, affiliations)
    QVector<bool> active;         // per bar; inactive bars are faded (empty: all active)
    QVector<Series> series;
    QString valueTitle;           // the value axis' title
    bool horizontal = false;
    bool stacked = false;
    bool showLegend = true;
    bool showValues = true;       // a total at the end of every bar (stack)
};

struct PieChartSpec
{
    struct Slice
    {
        QString label;
        double value = 0;
        QColor color;
        bool active = true;       // inactive slices are faded
        QString toolTip;
    };
    QString title;
    QVector<Slice> slices;
};
