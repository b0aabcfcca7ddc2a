#include "facetmodel.h"

#include <QHash>
#include <QSet>

#include <algorithm>
#include <utility>

FacetModel::FacetModel(AbstractPaperStore &store, Facet facet, QObject *parent)
    : QAbstractListModel(parent), m_store(store), m_facet(facet)
{
    m_counts = m_store.facetCounts(m_facet, PaperFilter(), true);
    m_rows = arranged();
}

// m_facet Affiliation: arranged() orders by count, then by name.
FacetModel::FacetModel(AbstractPaperStore &store, BibFacet facet, QObject *parent)
    : QAbstractListModel(parent), m_store(store), m_facet(Facet::Affiliation), m_bibFacet(facet)
{
    m_counts = m_store.bibFacetCounts(facet, PaperFilter(), true);
    m_rows = arranged();
}

int FacetModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant FacetModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.parent().isValid() || index.row() >= m_rows.size())
        return QVariant();
    const FacetCount &row = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case ValueRole:
        return row.value;
    case CountRole:
        return row.count;
    case Qt::ToolTipRole:
        return tr("%Ln papers", nullptr, row.count);
    case Qt::CheckStateRole:
        return int(m_checked.contains(row.value) ? Qt::Checked : Qt::Unchecked);
    }
    return QVariant();
}

bool FacetModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::CheckStateRole || !index.isValid() || index.row() >= m_rows.size())
        return false;
    const QString &facetValue = m_rows.at(index.row()).value;
    const bool check = value.toInt() == Qt::Checked;
    if (check == m_checked.contains(facetValue))
        return true;
    if (check)
        m_checked.append(facetValue);
    else
        m_checked.removeAll(facetValue);
    // A row unticked at 0 stays until the next refresh, so it does not vanish under the mouse.
    emit dataChanged(index, index, {Qt::CheckStateRole});
    emit checkedValuesChanged(m_checked);
    return true;
}

Qt::ItemFlags FacetModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable | Qt::ItemNeverHasChildren;
}

void FacetModel::refresh(const PaperFilter &filter)
{
    m_counts = m_bibFacet ? m_store.bibFacetCounts(*m_bibFacet, filter, /*excludeOwnFacet=*/true)
                          : m_store.facetCounts(m_facet, filter, /*excludeOwnFacet=*/true);
    apply(arranged());
}

void FacetModel::setCheckedValues(const QStringList &values)
{
    QStringList unique = values;
    unique.removeDuplicates();
    if (unique == m_checked)
        return;
    m_checked = unique;
    apply(arranged());
    if (!m_rows.isEmpty())
        emit dataChanged(index(0), index(int(m_rows.size()) - 1), {Qt::CheckStateRole});
}

void FacetModel::clearChecks()
{
    setCheckedValues(QStringList());
}

// The store's counts plus ticked values it no longer lists, in display order:
// years newest first, profiles by name, the rest by count and then name.
QVector<FacetCount> FacetModel::arranged() const
{
    QVector<FacetCount> rows = m_counts;
    // Papers without a value (a .bib entry has no arXiv category) are not a row to tick.
    rows.erase(std::remove_if(rows.begin(), rows.end(), [](const FacetCount &c) { return c.value.isEmpty(); }),
               rows.end());
    QSet<QString> listed;
    for (const FacetCount &c : rows)
        listed.insert(c.value);
    for (const QString &value : m_checked) {
        if (!listed.contains(value))
            rows.append({value, 0});
    }
    auto byName = [](const FacetCount &a, const FacetCount &b) {
        return a.value.compare(b.value, Qt::CaseInsensitive) < 0;
    };
    switch (m_facet) {
    case Facet::Year:
        std::stable_sort(rows.begin(), rows.end(), [](const FacetCount &a, const FacetCount &b) {
            return a.value.toInt() > b.value.toInt();
        });
        break;
    case Facet::Profile:
        std::stable_sort(rows.begin(), rows.end(), byName);
        break;
    case Facet::Category:
    case Facet::Affiliation:
        std::stable_sort(rows.begin(), rows.end(), [&](const FacetCount &a, const FacetCount &b) {
            return a.count != b.count ? a.count > b.count : byName(a, b);
        });
        break;
    }
    return rows;
}

// Turns m_rows into rows with as few signals as it takes: removals, one
// layout change when the kept rows move, insertions, then count changes.
void FacetModel::apply(const QVector<FacetCount> &rows)
{
    QHash<QString, int> newRow;
    for (int i = 0; i < rows.size(); ++i)
        newRow.insert(rows.at(i).value, i);

    for (int last = int(m_rows.size()) - 1; last >= 0; --last) {
        if (newRow.contains(m_rows.at(last).value))
            continue;
        int first = last;
        while (first > 0 && !newRow.contains(m_rows.at(first - 1).value))
            --first;
        beginRemoveRows(QModelIndex(), first, last);
        m_rows.remove(first, last - first + 1);
        endRemoveRows();
        last = first;
    }

    QVector<FacetCount> kept = m_rows;
    std::stable_sort(kept.begin(), kept.end(), [&](const FacetCount &a, const FacetCount &b) {
        return newRow.value(a.value) < newRow.value(b.value);
    });
    bool moved = false;
    for (int i = 0; i < kept.size() && !moved; ++i)
        moved = kept.at(i).value != m_rows.at(i).value;
    if (moved) {
        emit layoutAboutToBeChanged({}, QAbstractItemModel::VerticalSortHint);
        QHash<QString, int> keptRow;
        for (int i = 0; i < kept.size(); ++i)
            keptRow.insert(kept.at(i).value, i);
        const QModelIndexList from = persistentIndexList();
        QModelIndexList to;
        for (const QModelIndex &index : from)
            to.append(createIndex(keptRow.value(m_rows.at(index.row()).value), index.column()));
        m_rows = kept;
        changePersistentIndexList(from, to);
        emit layoutChanged({}, QAbstractItemModel::VerticalSortHint);
    }

    // The kept rows are now a subsequence of rows, in order: what is left over is new.
    QSet<QString> present;
    for (const FacetCount &c : std::as_const(m_rows))
        present.insert(c.value);
    for (int i = 0; i < rows.size(); ++i) {
        if (present.contains(rows.at(i).value))
            continue;
        int end = i;
        while (end + 1 < rows.size() && !present.contains(rows.at(end + 1).value))
            ++end;
        beginInsertRows(QModelIndex(), i, end);
        for (int j = i; j <= end; ++j)
            m_rows.insert(j, rows.at(j));
        endInsertRows();
        i = end;
    }

    int firstChanged = -1;
    int lastChanged = -1;
    for (int i = 0; i < m_rows.size(); ++i) {
        if (m_rows.at(i).count == rows.at(i).count)
            continue;
        m_rows[i].count = rows.at(i).count;
        if (firstChanged < 0)
            firstChanged = i;
        lastChanged = i;
    }
    if (firstChanged >= 0)
        emit dataChanged(index(firstChanged), index(lastChanged), {CountRole, Qt::ToolTipRole});
}
