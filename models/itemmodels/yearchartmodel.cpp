#include "yearchartmodel.h"

#include "categorypalette.h"

#include <QColor>
#include <QLocale>
#include <QMap>
#include <QSet>

#include <algorithm>

YearChartModel::YearChartModel(AbstractPaperStore &store, Series series, QObject *parent)
    : QAbstractTableModel(parent), m_store(store), m_series(series)
{
}

int YearChartModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_years.size());
}

int YearChartModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_keys.size());
}

int YearChartModel::count(int row, int column) const
{
    if (row < 0 || row >= m_years.size() || column < 0 || column >= m_keys.size())
        return 0;
    return m_counts.at(row * int(m_keys.size()) + column);
}

bool YearChartModel::isActive(int row) const
{
    const int y = year(row);
    if (m_filter.yearFrom > 0 && y < m_filter.yearFrom)
        return false;
    if (m_filter.yearTo > 0 && y > m_filter.yearTo)
        return false;
    return m_filter.years.isEmpty() || m_filter.years.contains(y);
}

QColor YearChartModel::keyColor(int column) const
{
    if (m_series == Series::Categories)
        return CategoryPalette::color(key(column));
    // A profile keeps its colour by its place in the filter's profile list.
    return CategoryPalette::seriesColor(int(m_filter.profiles.indexOf(key(column))));
}

QVariant YearChartModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return QVariant();
    const int n = count(index.row(), index.column());
    switch (role) {
    case Qt::DisplayRole:
    case CountRole:
        return n;
    case Qt::ToolTipRole:
        return tr("%1 in %2: %3 of %4")
            .arg(key(index.column()), QString::number(year(index.row())),
                 tr("%Ln papers", nullptr, n), QLocale().toString(yearTotal(index.row())));
    case YearRole:
        return year(index.row());
    case KeyRole:
        return key(index.column());
    case ActiveRole:
        return isActive(index.row());
    case ColorRole:
        return keyColor(index.column());
    }
    return QVariant();
}

QVariant YearChartModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Vertical) {
        if (section < 0 || section >= m_years.size())
            return QVariant();
        switch (role) {
        case Qt::DisplayRole: return QString::number(year(section));
        case YearRole: return year(section);
        case ActiveRole: return isActive(section);
        case TotalRole: return yearTotal(section);
        }
        return QVariant();
    }
    if (section < 0 || section >= m_keys.size())
        return QVariant();
    switch (role) {
    case Qt::DisplayRole:
    case KeyRole: return key(section);
    case Qt::DecorationRole:
    case ColorRole: return keyColor(section);
    case TotalRole: return keyTotal(section);
    }
    return QVariant();
}

void YearChartModel::refresh(const PaperFilter &filter)
{
    // Every year stays visible (and clickable); the selection only fades.
    PaperFilter withoutYears = filter;
    withoutYears.years.clear();
    withoutYears.yearFrom = 0;
    withoutYears.yearTo = 0;
    const QVector<YearCount> counts = m_series == Series::Categories
        ? m_store.yearCategoryCounts(withoutYears)
        : m_store.profileYearCounts(withoutYears, filter.profiles);

    QMap<int, int> yearTotals;
    QHash<QString, int> keyTotals;
    for (const YearCount &c : counts) {
        yearTotals[c.year] += c.count;
        keyTotals[c.key] += c.count;
    }
    QVector<int> years;
    if (!yearTotals.isEmpty()) {
        const int first = yearTotals.firstKey();
        const int last = yearTotals.lastKey();
        if (last - first <= maxFilledSpan) {
            for (int y = first; y <= last; ++y)
                years << y;
        } else {
            years = QVector<int>(yearTotals.keyBegin(), yearTotals.keyEnd());
        }
    }
    QStringList keys;
    if (m_series == Series::Profiles) {
        keys = filter.profiles;         // ticked profiles with no papers here still get a column
        keys.removeDuplicates();
    } else {
        keys = keyTotals.keys();
        std::sort(keys.begin(), keys.end(), [&](const QString &a, const QString &b) {
            const int ca = keyTotals.value(a);
            const int cb = keyTotals.value(b);
            return ca != cb ? ca > cb : a < b;
        });
    }

    beginResetModel();
    m_filter = filter;
    m_years = years;
    m_keys = keys;
    m_counts = QVector<int>(int(years.size() * keys.size()), 0);
    m_yearTotals = QVector<int>(int(years.size()), 0);
    m_keyTotals = QVector<int>(int(keys.size()), 0);
    QHash<int, int> rowOf;
    for (int r = 0; r < years.size(); ++r)
        rowOf.insert(years.at(r), r);
    QHash<QString, int> columnOf;
    for (int c = 0; c < keys.size(); ++c)
        columnOf.insert(keys.at(c), c);
    for (const YearCount &c : counts) {
        const int row = rowOf.value(c.year, -1);
        const int column = columnOf.value(c.key, -1);
        if (row < 0 || column < 0)
            continue;
        m_counts[row * int(keys.size()) + column] += c.count;
        m_yearTotals[row] += c.count;
        m_keyTotals[column] += c.count;
    }
    endResetModel();
}
