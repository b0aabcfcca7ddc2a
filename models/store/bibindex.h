#pragma once
// The part of the in-memory index (PaperIndex) that holds the .bib side of
// the papers: the papers of every entry type and of every venue as written.
// Answers a filter's entry type and venue conditions and the Entry Types
// and Venues lists' counts the way FilterSql and StoreCounts::bibFacet do in
// SQL: types compare exactly, venues as SQLite's NOCASE (ASCII letters
// folded), a venue's row shows the smallest spelling among the counted
// papers, and an empty name in a filter matches the papers without one
// (profile papers). Immutable once loaded, like PaperIndex.

#include "indexmask.h"
#include "papercounts.h"
#include "paperfilter.h"

#include <QHash>
#include <QStringList>

class BibIndex
{
public:
    void reset(quint32 idLimit);
    void setEntryType(const QString &type, QVector<quint32> ids);
    void setVenue(const QString &venue, QVector<quint32> ids); // each spelling on its own
    void finish(); // ranks the names as the SQL sorts them

    bool isEmpty() const { return m_typeNames.isEmpty() && m_venueNames.isEmpty(); }
    // The filter's entry type and venue conditions into mask.
    void apply(const PaperFilter &filter, IndexMask::Mask &mask) const;
    // StoreCounts::bibFacet's rows; with excludeOwn the facet's own bit is ignored.
    QVector<FacetCount> counts(BibFacet facet, const IndexMask::Mask &mask, bool excludeOwn) const;

private:
    enum Has : quint8 { HasType = 1, HasVenue = 2 };
    void mark(IndexMask::Mask &mask, quint16 bit, Has has, const QVector<QVector<quint32>> &lists,
              const QVector<int> &chosen, bool withoutValue) const;
    QVector<FacetCount> venueCounts(const IndexMask::Mask &mask, quint16 keep) const;

    QVector<quint8> m_has;                       // by id: Has bits
    QStringList m_typeNames;
    QHash<QString, int> m_typeByName;
    QVector<QVector<quint32>> m_typePapers;
    QVector<int> m_typeRank;                     // BINARY order of the type names
    QStringList m_venueNames;                    // every spelling
    QVector<int> m_venueGroup;                   // by spelling: its NOCASE group
    QHash<QString, QVector<int>> m_venuesByFold; // folded name: its spellings
    QVector<QVector<quint32>> m_venuePapers;     // by spelling
    QVector<int> m_venueRank;                    // BINARY order of the spellings
    int m_venueGroups = 0;
};
