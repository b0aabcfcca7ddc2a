#pragma once
// One colour per category, the same in every chart and in the paper list,
// and one colour per series for things that are not categories (profiles).
// Fixed, mid-tone colours that read on light and dark palettes; the common
// arXiv CS categories get distinct colours, any other code a stable one.
// Lives in models/ because item models hand these colours out as roles.

#include <QColor>
#include <QString>

namespace CategoryPalette {

QColor color(const QString &category);
QColor otherColor();                       // the "other" slice or bar
QColor seriesColor(int index);             // the n-th profile in a comparison

// c faded toward background by amount (0: c, 1: background), for values
// outside the current selection.
QColor faded(const QColor &c, const QColor &background, double amount = 0.65);
// Black or white, whichever reads better on c.
QColor textOn(const QColor &c);

} // namespace CategoryPalette
