#pragma once
// An in-memory digest of the store for the window: per paper its category,
// year and code/arXiv flags, the papers of every affiliation and profile,
// the order of all papers by a sort column, and what a user decided
// (OrganiseIndex: tags, star, reading state, collections) and the .bib
// entry types and venues (BibIndex). It answers a filter's
// count, ordered ids, facet counts and chart counts by looping over small
// arrays (milliseconds with a million papers) where SQL would group, join
// and sort hundreds of thousands of rows. Every answer is the one the SQL
// in PaperStore/FilterSql/StoreCounts gives for the same snapshot (the
// tests compare them), including the order of the facet values.
//
// Built by PaperIndexLoader from one read snapshot; immutable afterwards,
// so a worker thread may build it and the GUI thread read it. Holds no SQL:
// the free-text part of a filter comes in as the ids FTS5 matched.

#include "bibindex.h"
#include "indexmask.h"
#include "organiseindex.h"
#include "papercounts.h"
#include "paperfilter.h"

#include <QHash>
#include <QStringList>
#include <QVector>

class PaperIndex
{
public:
    static constexpr quint16 noPaper = 0xFFFF;   // m_category of an id without a paper
    static constexpr int sortCount = int(PaperSort::Date) + 1;

    // What a filter keeps: a word of failed conditions per id (0: kept).
    using Mask = IndexMask::Mask;

    // The ids a search matched, one bit each (TextIdLookup).
    using IdBits = QVector<quint64>;

    int paperCount() const { return m_paperCount; }
    quint32 idLimit() const { return quint32(m_category.size()); }   // largest id + 1
    // The orders by year, category and code come from the per-id arrays
    // (a counting sort); the others are read from the store (setOrder).
    static bool isDerivedOrder(PaperSort sort)
    {
        return sort == PaperSort::Year || sort == PaperSort::Category || sort == PaperSort::Code;
    }
    bool hasOrder(PaperSort sort) const
    {
        return isDerivedOrder(sort) || !m_order[int(sort)].isEmpty() || m_paperCount == 0;
    }

    // textMatches: the ids the filter's text matched, when it has searchable text.
    Mask mask(const PaperFilter &filter, const IdBits *textMatches) const;
    int count(const Mask &mask) const;
    QVector<quint32> orderedIds(const Mask &mask, PaperSort sort, Qt::SortOrder order) const;
    // With excludeOwnFacet, the facet's own condition is left out (mask bits).
    QVector<FacetCount> facetCounts(Facet facet, const Mask &mask, bool excludeOwnFacet) const;
    QVector<YearCount> yearCategoryCounts(const Mask &mask) const;
    QVector<YearCount> profileYearCounts(const Mask &mask, const QStringList &profiles) const;
    // Tags, star, states and collections (OrganiseCounts' answers from organise()).
    const OrganiseIndex &organise() const { return m_organise; }
    // Entry types and venues (StoreCounts::bibFacet's answers from bib()).
    const BibIndex &bib() const { return m_bib; }

    // Loading (PaperIndexLoader).
    void reset(quint32 idLimit);
    // false when there are more distinct values than the index can hold
    bool addPapers(const QString &category, int year, const QVector<quint32> &ids);
    void setFlag(quint8 flag, const QVector<quint32> &ids);
    void setAffiliation(const QString &slug, QVector<quint32> ids);
    void setProfile(const QString &name, QVector<quint32> ids);
    void setOrder(PaperSort sort, QVector<quint32> ids); // not for a derived order
    void finish(); // after the last set...(): ranks the names for the sorted answers
    OrganiseIndex &organise() { return m_organise; } // loaded with the rest (reset() resets it)
    BibIndex &bib() { return m_bib; }                // likewise

    enum Flag : quint8 { Code = 1, Arxiv = 2 };

private:
    static quint16 bitOf(Facet facet);
    QVector<quint32> derivedOrder(const Mask &mask, PaperSort sort, Qt::SortOrder order) const;
    static void markListed(Mask &mask, quint16 bit, const QVector<QVector<quint32>> &lists,
                           const QHash<QString, int> &byName, const QStringList &names);

    int m_paperCount = 0;
    QVector<quint16> m_category;                 // by id: index into m_categoryNames, or noPaper
    QVector<qint16> m_year;                      // by id: 0 when the paper has none
    QVector<quint8> m_flags;                     // by id: Flag bits
    qint16 m_firstYear = 32767, m_lastYear = 0;  // of the papers with a year
    QStringList m_categoryNames;
    QHash<QString, int> m_categoryCodes;
    QStringList m_affiliationNames, m_profileNames;
    QHash<QString, int> m_affiliationByName, m_profileByName;
    QVector<QVector<quint32>> m_affiliationPapers, m_profilePapers;
    QVector<int> m_categoryRank, m_affiliationRank, m_profileRank; // by name index: place in BINARY order
    QVector<quint32> m_order[sortCount];         // every id, ascending (column, id); empty when derived
    OrganiseIndex m_organise;
    BibIndex m_bib;
};
