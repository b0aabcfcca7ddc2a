#pragma once
// A QChartView that veils the bands of inactive bars (drawn over the scene,
// so it fades bars, labels and totals alike and leaves clicks alone) and
// writes the bars' labels itself: Qt Charts shortens a category label to
// "..." ("2...") as soon as its band is a little narrower or lower than the
// text. Names of horizontal bars go left of the plot area; labels of
// vertical bars (years) go below it, whole, and where they do not fit side
// by side only every 2nd, 5th, 10th... is written (the round years).
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
    // Labels of vertical bars, first on the left, written below the plot
    // area in font (the chart keeps labelRoom(font) free there).
    void setBandLabels(const QStringList &labels, const QFont &font, QAbstractSeries *series);
    static int labelRoom(const QFont &font);
    static constexpr int namePadding = 8;

    // The labels as written at the current size, in bar order (empty where
    // one is left out, names of horizontal bars as shortened to fit).
    QStringList writtenLabels() const;

protected:
    void drawForeground(QPainter *painter, const QRectF &rect) override;

private:
    struct Label
    {
        QString text;
        QRectF box; // in scene coordinates
        QFont font;
    };
    QVector<Label> layoutLabels() const;
    QVector<Label> layoutNames() const;
    QVector<Label> layoutBandLabels() const;
    QFont nameFont(double band) const;

    QVector<bool> m_active;
    bool m_horizontal = false;
    QAbstractSeries *m_series = nullptr;
    QStringList m_names;
    QStringList m_bandLabels;
    QFont m_bandFont;
};
