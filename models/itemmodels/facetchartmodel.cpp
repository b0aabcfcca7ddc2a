#include "facetchartmodel.h"

#include "categorypalette.h"
#include "facetmodel.h"

#include <QColor>
#include <QLocale>

#include <algorithm>

FacetChartModel::FacetChartModel(FacetModel *source, int top, QObject *parent)
    : QAbstractListModel(parent), m_source(source), m_top(top)
{
    rebuild();
}

Facet FacetChartModel::facet() const
{
    return m_source->facet();
}

int FacetChartModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant FacetChartModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return QVariant();
    const FacetCount &row = m_rows.at(index.row());
    const bool other = row.value.isEmpty() && m_otherValues > 0 && index.row() == m_rows.size() - 1;
    const QString papers = tr("%Ln papers", nullptr, row.count);
    switch (role) {
    case Qt::DisplayRole:
        return other ? tr("other") : row.value;
    case ValueRole:
        return row.value;
    case CountRole:
        return row.count;
    case OtherRole:
        return other;
    case ActiveRole:
        return m_checked.isEmpty() || (!other && m_checked.contains(row.value));
    case ColorRole:
        if (other)
            return CategoryPalette::otherColor();
        return facet() == Facet::Category ? QVariant(CategoryPalette::color(row.value)) : QVariant();
    case Qt::ToolTipRole:
        if (facet() == Facet::Affiliation) {
            // A paper counts once per affiliation, so no shares of a whole here.
            if (other)
                return tr("%Ln more affiliations: %1 (a paper counts once per affiliation)", nullptr, m_otherValues)
                    .arg(papers);
            return tr("%1: %2").arg(row.value, papers);
        }
        {
            const QString share = QLocale().toString(m_total > 0 ? qRound(100.0 * row.count / m_total) : 0);
            if (other)
                return tr("%Ln more categories: %1 (%2%)", nullptr, m_otherValues).arg(papers, share);
            return tr("%1: %2 (%3%)").arg(row.value, papers, share);
        }
    }
    return QVariant();
}

void FacetChartModel::rebuild()
{
    QVector<FacetCount> all;
    for (int r = 0; r < m_source->rowCount(); ++r) {
        const QModelIndex index = m_source->index(r, 0);
        const FacetCount c{index.data(FacetModel::ValueRole).toString(), index.data(FacetModel::CountRole).toInt()};
        if (c.count > 0 && !c.value.isEmpty())
            all.append(c);
    }
    std::stable_sort(all.begin(), all.end(), [](const FacetCount &a, const FacetCount &b) {
        return a.count != b.count ? a.count > b.count : a.value.compare(b.value, Qt::CaseInsensitive) < 0;
    });
    const QStringList checked = m_source->checkedValues();
    QVector<FacetCount> rows;
    FacetCount other;
    int otherValues = 0;
    int total = 0;
    for (int i = 0; i < all.size(); ++i) {
        const FacetCount &c = all.at(i);
        total += c.count;
        // The top N, and ticked values wherever they rank (they must stay clickable).
        if (m_top <= 0 || i < m_top || checked.contains(c.value)) {
            rows.append(c);
        } else {
            other.count += c.count;
            ++otherValues;
        }
    }
    if (otherValues > 0)
        rows.append(other);

    beginResetModel();
    m_rows = rows;
    m_checked = checked;
    m_otherValues = otherValues;
    m_total = total;
    endResetModel();
}
