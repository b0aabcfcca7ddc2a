#include "categorypalette.h"

#include <QStringList>

namespace {

// Tableau 10 (without its grey) plus three more, distinct enough side by side.
const QRgb palette[] = {0x4e79a7, 0xf28e2b, 0x59a14f, 0xe15759, 0xb07aa1, 0x76b7b2,
                        0xedc948, 0xff9da7, 0x9c755f, 0x86bcb6, 0xd37295, 0x8cd17d};
constexpr int paletteSize = int(sizeof(palette) / sizeof(palette[0]));

// The most common arXiv CS categories first: each of these has its own colour.
const QStringList known = {
    QStringLiteral("SE"), QStringLiteral("LG"), QStringLiteral("CL"), QStringLiteral("AI"),
    QStringLiteral("CV"), QStringLiteral("RO"), QStringLiteral("IR"), QStringLiteral("HC"),
    QStringLiteral("CR"), QStringLiteral("DC"), QStringLiteral("PL"), QStringLiteral("DB"),
};

} // namespace

namespace CategoryPalette {

QColor color(const QString &category)
{
    const int index = int(known.indexOf(category.toUpper()));
    if (index >= 0)
        return QColor(palette[index % paletteSize]);
    // A stable pick for any other code (qHash is seeded per process).
    uint h = 5381;
    for (const QChar c : category.toUpper())
        h = h * 33 + c.unicode();
    return QColor(palette[h % paletteSize]);
}

QColor otherColor()
{
    return QColor(0xbab0ac);
}

QColor seriesColor(int index)
{
    // Start away from SE's blue so a lone profile is not read as a category.
    static const int order[] = {4, 5, 1, 8, 10, 2, 6, 0, 3, 7, 9, 11};
    return QColor(palette[order[qAbs(index) % paletteSize]]);
}

QColor faded(const QColor &c, const QColor &background, double amount)
{
    const auto mix = [amount](int a, int b) { return int(a + (b - a) * amount + 0.5); };
    return QColor(mix(c.red(), background.red()), mix(c.green(), background.green()),
                  mix(c.blue(), background.blue()));
}

QColor textOn(const QColor &c)
{
    const double luminance = 0.299 * c.redF() + 0.587 * c.greenF() + 0.114 * c.blueF();
    return luminance > 0.6 ? QColor(Qt::black) : QColor(Qt::white);
}

} // namespace CategoryPalette
