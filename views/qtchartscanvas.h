#pragma once
// ChartCanvas drawn with Qt Charts (GPL-3.0, deprecated since Qt 6.10: see
// ChartCanvas for the way out). Rebuilds its chart from each spec and keeps
// the spec for tooltips and palette changes. Inactive bars are faded by a
// veil painted over their bands (FadingChartView), so stacked and grouped
// bars fade alike on Qt 5 and Qt 6; totals on stacked bars are point labels
// of an invisible scatter series. Colours come from the spec and the
// widget's palette only.

#include "chartcanvas.h"
#include "chartscompat.h"

#include <QChart>
#include <QValueAxis>
#include <QXYSeries>

class FadingChartView;
class QLabel;
class QStackedLayout;

class QtChartsCanvas : public ChartCanvas
{
    Q_OBJECT
public:
    explicit QtChartsCanvas(QWidget *parent = nullptr);

    void showBars(const BarChartSpec &spec) override;
    void showPie(const PieChartSpec &spec) override;
    void showMessage(const QString &title, const QString &message) override;
    QString title() const override;
    QString toolTip(int series, int bar) const override;
    QColor backgroundColor() const override;
    QStringList barLabels() const override;

    QChart *chart() const { return m_chart; }

protected:
    void changeEvent(QEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    enum class Kind { None, Bars, Pie, Message };
    void clear();
    void applyPalette();
    void buildBars();
    void buildPie();
    void hover(bool on, const QString &text);
    void fitToSize();

    FadingChartView *m_view;
    QChart *m_chart;
    QLabel *m_message;
    QStackedLayout *m_stack;
    Kind m_kind = Kind::None;
    BarChartSpec m_bars;
    PieChartSpec m_pie;
    QString m_messageTitle;
    QString m_messageText;
    QValueAxis *m_values = nullptr;   // the value axis on show (owned by m_chart)
    QXYSeries *m_totals = nullptr;    // totals above stacked bars (owned by m_chart)
    int m_widestTotal = 0;            // their widest text, in pixels
    double m_highest = 0;             // its highest bar or stack
};
