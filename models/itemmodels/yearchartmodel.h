#pragma once
// Papers per year as a table for the charts: one row per year (gaps filled
// with zeros, oldest first), one column per category (most papers first) or
// per profile (in the order they were ticked). Years follow the filter's
// other facets but not its own year selection, so every year stays
// clickable; rows of unselected years answer ActiveRole false (drawn faded).
// Counts come from one grouped query (PaperStore::yearCategoryCounts or
// profileYearCounts); holds no SQL and never loops over paper rows.

#include "paperfilter.h"
#include "abstractpaperstore.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QStringList>
#include <QVector>

class YearChartModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum class Series { Categories, Profiles };
    // data(): CountRole per cell. headerData(Vertical): YearRole, ActiveRole,
    // TotalRole. headerData(Horizontal): KeyRole, ColorRole, TotalRole.
    enum Role { CountRole = Qt::UserRole + 1, YearRole, KeyRole, ActiveRole, ColorRole, TotalRole };

    // Beyond this many years without papers in between, gaps are not filled.
    static constexpr int maxFilledSpan = 60;

    YearChartModel(AbstractPaperStore &store, Series series, QObject *parent = nullptr);

    Series series() const { return m_series; }
    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // Re-reads the counts under filter (one query, one model reset).
    void refresh(const PaperFilter &filter);

    int year(int row) const { return m_years.value(row); }
    QString key(int column) const { return m_keys.value(column); }
    int count(int row, int column) const;
    int yearTotal(int row) const { return m_yearTotals.value(row); }
    int keyTotal(int column) const { return m_keyTotals.value(column); }
    bool isActive(int row) const;
    QColor keyColor(int column) const;

private:
    AbstractPaperStore &m_store;
    Series m_series;
    PaperFilter m_filter;
    QVector<int> m_years;
    QStringList m_keys;
    QVector<int> m_counts;         // row-major, rows x columns
    QVector<int> m_yearTotals;
    QVector<int> m_keyTotals;
};
