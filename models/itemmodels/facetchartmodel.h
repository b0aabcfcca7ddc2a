#pragma once
// A facet (categories or affiliations) shaped for a chart: the values with
// the most papers (top N, plus any ticked value further down) and one
// "other" row summing the rest. Reads its FacetModel, so the chart, the
// filter list and `paperscope stats` show the same counts; rebuild() after
// the FacetModel refreshed. Loops over facet values only, never over papers.

#include "abstractpaperstore.h"

#include <QAbstractListModel>
#include <QVector>

class FacetModel;

class FacetChartModel : public QAbstractListModel
{
    Q_OBJECT
public:
    enum Role { ValueRole = Qt::UserRole + 1, CountRole, ActiveRole, OtherRole, ColorRole };

    // top 0: every value, no "other" row.
    FacetChartModel(FacetModel *source, int top, QObject *parent = nullptr);

    Facet facet() const;
    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

    void rebuild();

    int total() const { return m_total; }            // sum of every count, "other" included
    int otherValues() const { return m_otherValues; } // how many values "other" sums
    bool hasSelection() const { return !m_checked.isEmpty(); }

private:
    FacetModel *m_source;
    int m_top;
    QVector<FacetCount> m_rows;    // the "other" row last, with an empty value
    QStringList m_checked;
    int m_otherValues = 0;
    int m_total = 0;
};
