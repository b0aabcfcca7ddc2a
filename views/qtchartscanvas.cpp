#include "qtchartscanvas.h"

#include "categorypalette.h"
#include "fadingchartview.h"

#include <QBarCategoryAxis>
#include <QBarLegendMarker>
#include <QBarSeries>
#include <QBarSet>
#include <QChartView>
#include <QCursor>
#include <QHorizontalBarSeries>
#include <QHorizontalStackedBarSeries>
#include <QLabel>
#include <QLegend>
#include <QLegendMarker>
#include <QPieSeries>
#include <QPieSlice>
#include <QScatterSeries>
#include <QStackedBarSeries>
#include <QStackedLayout>
#include <QToolTip>
#include <QValueAxis>

#include <cmath>

namespace {

// An axis top with room for the value labels above the highest bar, on a
// round step (1, 2 or 5 times a power of ten) with at most `ticks` steps.
void niceRange(double maxValue, int ticks, double *top, double *step)
{
    const double target = qMax(1.0, maxValue * 1.15);
    const double raw = target / qMax(1, ticks);
    const double magnitude = std::pow(10.0, std::floor(std::log10(raw)));
    double nice = magnitude;
    for (double m : {1.0, 2.0, 5.0, 10.0}) {
        nice = m * magnitude;
        if (nice >= raw)
            break;
    }
    *step = qMax(1.0, nice);
    *top = std::ceil(target / *step) * *step;
    if (*top < maxValue + 0.5)
        *top += *step;
}

QFont scaledFont(QFont font, double factor, bool bold = false)
{
    if (font.pointSizeF() > 0)
        font.setPointSizeF(font.pointSizeF() * factor);
    font.setBold(bold);
    return font;
}

} // namespace

QtChartsCanvas::QtChartsCanvas(QWidget *parent)
    : ChartCanvas(parent), m_view(new FadingChartView), m_chart(new QChart), m_message(new QLabel),
      m_stack(new QStackedLayout(this))
{
    m_chart->setTheme(QChart::ChartThemeLight);
    m_chart->setAnimationOptions(QChart::NoAnimation);
    m_chart->setBackgroundRoundness(0);
    m_chart->setMargins(QMargins(4, 4, 4, 4));
    // On top: below the plot FadingChartView writes the bars' labels.
    m_chart->legend()->setAlignment(Qt::AlignTop);
    // QChartView makes a chart of its own and only releases it on setChart().
    QChart *own = m_view->chart();
    m_view->setChart(m_chart);
    delete own;
    m_view->setRenderHint(QPainter::Antialiasing);
    m_view->setFrameShape(QFrame::NoFrame);
    m_view->setMinimumSize(180, 120);
    m_message->setAlignment(Qt::AlignCenter);
    m_message->setWordWrap(true);
    m_message->setMargin(16);
    m_message->setAutoFillBackground(true);
    m_message->setBackgroundRole(QPalette::Base);
    m_stack->setContentsMargins(0, 0, 0, 0);
    m_stack->addWidget(m_view);
    m_stack->addWidget(m_message);
    applyPalette();
}

void QtChartsCanvas::showBars(const BarChartSpec &spec)
{
    m_kind = Kind::Bars;
    m_bars = spec;
    buildBars();
}

void QtChartsCanvas::showPie(const PieChartSpec &spec)
{
    m_kind = Kind::Pie;
    m_pie = spec;
    buildPie();
}

void QtChartsCanvas::showMessage(const QString &title, const QString &message)
{
    m_kind = Kind::Message;
    m_messageTitle = title;
    m_messageText = message;
    clear();
    m_chart->setTitle(title);
    m_message->setText(QStringLiteral("<p style='font-weight:600'>%1</p><p style='color:%3'>%2</p>")
                           .arg(title.toHtmlEscaped(), message.toHtmlEscaped(),
                                palette().color(QPalette::PlaceholderText).name()));
    m_stack->setCurrentWidget(m_message);
}

QString QtChartsCanvas::title() const
{
    return m_kind == Kind::Message ? m_messageTitle : m_chart->title();
}

QString QtChartsCanvas::toolTip(int series, int bar) const
{
    if (m_kind == Kind::Pie)
        return bar >= 0 && bar < m_pie.slices.size() ? m_pie.slices.at(bar).toolTip : QString();
    if (m_kind != Kind::Bars || series < 0 || series >= m_bars.series.size())
        return QString();
    return m_bars.series.at(series).toolTips.value(bar);
}

QColor QtChartsCanvas::backgroundColor() const
{
    return m_chart->backgroundBrush().color();
}

QStringList QtChartsCanvas::barLabels() const
{
    return m_kind == Kind::Bars ? m_view->writtenLabels() : QStringList();
}

void QtChartsCanvas::changeEvent(QEvent *event)
{
    ChartCanvas::changeEvent(event);
    if (event->type() != QEvent::PaletteChange && event->type() != QEvent::FontChange)
        return;
    switch (m_kind) {
    case Kind::Bars: buildBars(); break;
    case Kind::Pie: buildPie(); break;
    case Kind::Message: showMessage(m_messageTitle, m_messageText); break;
    case Kind::None: applyPalette(); break;
    }
}

void QtChartsCanvas::clear()
{
    m_view->setVeil({}, false, nullptr);
    m_view->setBarNames({}, nullptr);
    m_values = nullptr;
    m_totals = nullptr;
    m_chart->setMargins(QMargins(4, 4, 4, 4));
    m_chart->removeAllSeries();
    const auto axes = m_chart->axes();
    for (QAbstractAxis *axis : axes) {
        m_chart->removeAxis(axis);
        delete axis;
    }
}

void QtChartsCanvas::applyPalette()
{
    const QPalette pal = palette();
    const QColor base = pal.color(QPalette::Base);
    const QColor text = pal.color(QPalette::Text);
    QColor grid = text;
    grid.setAlpha(45);
    m_chart->setBackgroundBrush(base);
    m_chart->setBackgroundPen(Qt::NoPen);
    m_chart->setPlotAreaBackgroundVisible(false);
    m_chart->setTitleBrush(text);
    m_chart->setTitleFont(scaledFont(font(), 1.1, true));
    m_view->setBackgroundBrush(base);
    m_chart->legend()->setLabelColor(text);
    m_chart->legend()->setFont(scaledFont(font(), 0.95));
    const auto axes = m_chart->axes();
    for (QAbstractAxis *axis : axes) {
        axis->setLabelsColor(text);
        axis->setLabelsFont(scaledFont(font(), 0.95));
        axis->setTitleBrush(text);
        axis->setTitleFont(scaledFont(font(), 0.95));
        axis->setLinePenColor(grid);
        axis->setGridLineColor(grid);
    }
}

void QtChartsCanvas::hover(bool on, const QString &text)
{
    if (on) {
        QToolTip::showText(QCursor::pos(), text, m_view);
        m_view->setCursor(Qt::PointingHandCursor);
    } else {
        QToolTip::hideText();
        m_view->unsetCursor();
    }
}

void QtChartsCanvas::buildBars()
{
    clear();
    const BarChartSpec &spec = m_bars;
    const int bars = int(spec.labels.size());
    // Horizontal bars list their first label on top; Qt Charts starts at the bottom.
    const bool flip = spec.horizontal;
    const auto at = [flip, bars](int slot) { return flip ? bars - 1 - slot : slot; };
    QAbstractBarSeries *series = nullptr;
    if (spec.horizontal)
        series = spec.stacked ? static_cast<QAbstractBarSeries *>(new QHorizontalStackedBarSeries)
                              : new QHorizontalBarSeries;
    else
        series = spec.stacked ? static_cast<QAbstractBarSeries *>(new QStackedBarSeries) : new QBarSeries;
    QVector<double> totals(bars, 0.0);
    double highest = 0;
    for (int s = 0; s < spec.series.size(); ++s) {
        auto *set = new QBarSet(spec.series.at(s).name);
        for (int slot = 0; slot < bars; ++slot) {
            const double v = spec.series.at(s).values.value(at(slot));
            set->append(v);
            totals[slot] += v;
            highest = qMax(highest, v);
        }
        connect(set, &QBarSet::clicked, this, [this, s, at](int slot) { emit barClicked(at(slot), s); });
        connect(set, &QBarSet::hovered, this, [this, s, at](bool on, int slot) { hover(on, toolTip(s, at(slot))); });
        series->append(set);
    }
    if (spec.stacked) {
        for (double t : totals)
            highest = qMax(highest, t);
    }
    // Grouped bars share their band; a few horizontal bars stay slim.
    series->setBarWidth(spec.series.size() > 1 && !spec.stacked ? 0.8 : spec.horizontal && bars < 4 ? 0.45 : 0.65);
    m_chart->addSeries(series);
    m_chart->setTitle(spec.title);

    auto *categories = new QBarCategoryAxis;
    for (int slot = 0; slot < bars; ++slot)
        categories->append(spec.labels.at(at(slot)));
    categories->setGridLineVisible(false);
    auto *values = new QValueAxis;
    m_values = values;
    m_highest = highest;
    double top = 1;
    double step = 1;
    niceRange(highest, 5, &top, &step);
    values->setRange(0, top);
    values->setTickType(QValueAxis::TicksDynamic);
    values->setTickAnchor(0);
    values->setTickInterval(step);
    values->setMinorTickCount(0);
    values->setLabelFormat(QStringLiteral("%d"));
    values->setTitleText(spec.valueTitle);
    m_chart->addAxis(categories, spec.horizontal ? Qt::AlignLeft : Qt::AlignBottom);
    m_chart->addAxis(values, spec.horizontal ? Qt::AlignBottom : Qt::AlignLeft);
    series->attachAxis(categories);
    series->attachAxis(values);
    // Labels written by the view, whole (see FadingChartView); the values
    // of horizontal bars are on the bars.
    categories->setLabelsVisible(false);
    if (spec.horizontal)
        values->setVisible(false);

    // Colours after the chart's theme has decorated the new series.
    const QColor base = palette().color(QPalette::Base);
    const QColor text = palette().color(QPalette::Text);
    const auto sets = series->barSets();
    for (int s = 0; s < sets.size(); ++s) {
        sets.at(s)->setColor(spec.series.at(s).color);
        sets.at(s)->setBorderColor(spec.stacked ? base : spec.series.at(s).color);
        sets.at(s)->setLabelColor(text);
    }

    if (spec.showValues && !spec.stacked) {
        series->setLabelsVisible(true);
        series->setLabelsPosition(QAbstractBarSeries::LabelsOutsideEnd);
        series->setLabelsPrecision(9);
        series->setLabelsFormat(QStringLiteral("@value"));
    } else if (spec.showValues && !spec.horizontal) {
        // Totals above the stacks: point labels of an invisible scatter series.
        auto *labels = new QScatterSeries;
        for (int slot = 0; slot < bars; ++slot) {
            if (totals.at(slot) > 0)
                labels->append(slot, totals.at(slot));
        }
        m_chart->addSeries(labels);
        labels->attachAxis(categories);
        labels->attachAxis(values);
        labels->setMarkerSize(1);
        labels->setColor(Qt::transparent);
        labels->setBorderColor(Qt::transparent);
        labels->setPointLabelsFormat(QStringLiteral("@yPoint"));
        labels->setPointLabelsColor(text);
        labels->setPointLabelsFont(scaledFont(font(), 0.9, true));
        labels->setPointLabelsClipping(false);
        labels->setPointLabelsVisible(true);
        m_totals = labels;
        m_widestTotal = 0;
        const QFontMetrics totalMetrics(labels->pointLabelsFont());
        for (double t : std::as_const(totals))
            m_widestTotal = qMax(m_widestTotal, totalMetrics.horizontalAdvance(QString::number(t)));
        const auto markers = m_chart->legend()->markers(labels);
        for (QLegendMarker *marker : markers)
            marker->setVisible(false);
    }

    QLegend *legend = m_chart->legend();
    legend->setVisible(spec.showLegend && !spec.series.isEmpty());
    const auto markers = legend->markers(series);
    for (QLegendMarker *marker : markers) {
        const int s = int(sets.indexOf(static_cast<QBarLegendMarker *>(marker)->barset()));
        connect(marker, &QLegendMarker::clicked, this, [this, s] { emit legendClicked(s); });
    }
    applyPalette();
    if (spec.horizontal)
        m_view->setBarNames(spec.labels, series);
    else
        m_view->setBandLabels(spec.labels, scaledFont(font(), 0.95), series);
    fitToSize();
    if (spec.active.contains(false))
        m_view->setVeil(spec.active, spec.horizontal, series);
    m_stack->setCurrentWidget(m_view);
}

// Horizontal bars: room on the left for their names, at most 40% of the
// width. Vertical bars: as many value ticks as fit the height (Qt Charts
// would shorten crowded labels to "..."), none when even two do not.
void QtChartsCanvas::fitToSize()
{
    if (m_kind != Kind::Bars || !m_values)
        return;
    const QFont labelFont = scaledFont(font(), 0.95);
    const QFontMetrics metrics(labelFont);
    if (m_bars.horizontal) {
        int widest = 0;
        for (const QString &name : std::as_const(m_bars.labels))
            widest = qMax(widest, metrics.horizontalAdvance(name));
        const int room = qMin(widest + FadingChartView::namePadding, int(qMax(width(), 320) * 0.4));
        m_chart->setMargins(QMargins(4 + room, 4, 4, 4));
        return;
    }
    m_chart->setMargins(QMargins(4, 4, 4, 4 + FadingChartView::labelRoom(labelFont)));
    const int line = metrics.height();
    // A legend too wide for one row above the plot goes to its right, one
    // entry a line (Qt Charts would shorten its names to "...").
    const QFontMetrics legendMetrics(m_chart->legend()->font());
    int legendWidth = 0;
    for (const BarChartSpec::Series &series : std::as_const(m_bars.series))
        legendWidth += legendMetrics.horizontalAdvance(series.name) + 3 * legendMetrics.height();
    const bool legendAside = m_bars.showLegend && legendWidth > width() - 4 * line;
    m_chart->legend()->setAlignment(legendAside ? Qt::AlignRight : Qt::AlignTop);
    // Left for the plot after the title, the bar labels, the legend and margins.
    const int plot = height() - int(line * (m_bars.showLegend && !legendAside ? 6.5 : 4.5));
    const int ticks = plot / int(line * 1.5);
    double top = 1;
    double step = 1;
    niceRange(m_highest, qBound(1, ticks, 5), &top, &step);
    m_values->setRange(0, top);
    m_values->setTickInterval(step);
    m_values->setVisible(ticks >= 2);
    // Totals over bars narrower than their text would run into each other;
    // the tooltips still give them.
    if (m_totals) {
        const double band = double(width() - 8 * line) / qMax(1, int(m_bars.labels.size()));
        m_totals->setPointLabelsVisible(band >= m_widestTotal + 4);
    }
    m_values->setTitleText(plot > metrics.horizontalAdvance(m_bars.valueTitle) + 2 * line ? m_bars.valueTitle
                                                                                          : QString());
}

void QtChartsCanvas::resizeEvent(QResizeEvent *event)
{
    ChartCanvas::resizeEvent(event);
    fitToSize();
}

void QtChartsCanvas::buildPie()
{
    clear();
    const PieChartSpec &spec = m_pie;
    auto *series = new QPieSeries;
    double total = 0;
    bool anyInactive = false;
    for (const PieChartSpec::Slice &s : spec.slices) {
        series->append(s.label, s.value);
        total += s.value;
        anyInactive = anyInactive || !s.active;
    }
    series->setHoleSize(0.42);
    series->setPieSize(0.62); // room for the labels outside
    m_chart->addSeries(series);
    m_chart->setTitle(spec.title);
    m_chart->legend()->setVisible(false);

    const QColor base = palette().color(QPalette::Base);
    const QColor text = palette().color(QPalette::Text);
    const auto slices = series->slices();
    for (int i = 0; i < slices.size(); ++i) {
        QPieSlice *slice = slices.at(i);
        const PieChartSpec::Slice &s = spec.slices.at(i);
        slice->setColor(s.active ? s.color : CategoryPalette::faded(s.color, base));
        slice->setBorderColor(base);
        slice->setBorderWidth(1);
        slice->setLabelColor(s.active ? text : CategoryPalette::faded(text, base, 0.45));
        slice->setLabelFont(scaledFont(font(), 0.95, s.active && anyInactive));
        slice->setLabelPosition(QPieSlice::LabelOutside);
        slice->setLabelArmLengthFactor(0.12);
        // Very thin slices would stack their labels; their tooltips still say it.
        slice->setLabelVisible(total > 0 && s.value / total >= 0.025);
        slice->setExploded(s.active && anyInactive);
        slice->setExplodeDistanceFactor(0.06);
        connect(slice, &QPieSlice::clicked, this, [this, i] { emit sliceClicked(i); });
        connect(slice, &QPieSlice::hovered, this, [this, i](bool on) { hover(on, toolTip(0, i)); });
    }
    applyPalette();
    m_stack->setCurrentWidget(m_view);
}
