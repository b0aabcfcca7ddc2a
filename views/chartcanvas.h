#pragma once
// What the chart view needs from a charting library, and no more: draw bars
// (stacked or grouped, vertical or horizontal) or a pie from a plain
// description, fade what lies outside the selection, label the bars, show
// the given tooltips, follow the palette, and report clicks. Qt Charts
// implements it today (QtChartsCanvas); moving to Qt Graphs means writing
// one more implementation and changing ChartCanvas::create(), nothing else.

#include <QColor>
#include <QStringList>
#include <QVector>
#include <QWidget>

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

class ChartCanvas : public QWidget
{
    Q_OBJECT
public:
    // The implementation in use (Qt Charts).
    static ChartCanvas *create(QWidget *parent = nullptr);

    using QWidget::QWidget;

    virtual void showBars(const BarChartSpec &spec) = 0;
    virtual void showPie(const PieChartSpec &spec) = 0;
    // No data: the title and a line saying why.
    virtual void showMessage(const QString &title, const QString &message) = 0;

    // What is on show (for tests and for the Qt Graphs port's parity checks).
    virtual QString title() const = 0;
    virtual QString toolTip(int series, int bar) const = 0;   // a slice: series 0
    virtual QColor backgroundColor() const = 0;

signals:
    void barClicked(int bar, int series);
    void sliceClicked(int slice);
    void legendClicked(int series);
};
