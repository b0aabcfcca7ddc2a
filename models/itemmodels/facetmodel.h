#pragma once
// One facet of the filter panel (categories, years, affiliations or
// profiles): each value with its count under the current filter, checkable.
// Counts ignore the facet's own selection so the other values of an OR list
// stay visible; ticked values stay listed (with 0) until they are unticked.
// refresh() changes only the rows that changed, so a view keeps its place.
// Holds no SQL: counts come from PaperStore::facetCounts.

#include "paperfilter.h"
#include "abstractpaperstore.h"

#include <QAbstractListModel>
#include <QStringList>
#include <QVector>

#include <optional>

class FacetModel : public QAbstractListModel
{
    Q_OBJECT
public:
    enum Role { ValueRole = Qt::UserRole + 1, CountRole };

    FacetModel(AbstractPaperStore &store, Facet facet, QObject *parent = nullptr);
    // A .bib facet (entry types or venues): ordered like categories, most first.
    FacetModel(AbstractPaperStore &store, BibFacet facet, QObject *parent = nullptr);

    Facet facet() const { return m_facet; }
    std::optional<BibFacet> bibFacet() const { return m_bibFacet; }

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;

    // Recomputes the counts under filter; the checked values stay.
    void refresh(const PaperFilter &filter);

    QStringList checkedValues() const { return m_checked; }   // in the order they were ticked
    void setCheckedValues(const QStringList &values);         // does not emit checkedValuesChanged
    void clearChecks();                                       // does not emit checkedValuesChanged

signals:
    // Only when the user ticks or unticks a row (setData).
    void checkedValuesChanged(const QStringList &values);

private:
    QVector<FacetCount> arranged() const;
    void apply(const QVector<FacetCount> &rows);

    AbstractPaperStore &m_store;
    Facet m_facet;
    std::optional<BibFacet> m_bibFacet;
    QVector<FacetCount> m_counts;  // as the store last answered
    QVector<FacetCount> m_rows;    // what the view sees
    QStringList m_checked;
};
