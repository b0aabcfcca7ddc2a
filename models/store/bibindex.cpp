#include "bibindex.h"

#include "indexranks.h"
#include "organiseindex.h"

using namespace IndexMask;

void BibIndex::reset(quint32 idLimit)
{
    *this = BibIndex();
    m_has.fill(0, int(idLimit));
}

void BibIndex::setEntryType(const QString &type, QVector<quint32> ids)
{
    for (quint32 id : ids) {
        if (qsizetype(id) < m_has.size())
            m_has[int(id)] |= HasType;
    }
    m_typeByName.insert(type, int(m_typeNames.size()));
    m_typeNames << type;
    m_typePapers << std::move(ids);
}

void BibIndex::setVenue(const QString &venue, QVector<quint32> ids)
{
    for (quint32 id : ids) {
        if (qsizetype(id) < m_has.size())
            m_has[int(id)] |= HasVenue;
    }
    QVector<int> &spellings = m_venuesByFold[OrganiseIndex::foldCase(venue)];
    m_venueGroup << (spellings.isEmpty() ? m_venueGroups++ : m_venueGroup.at(spellings.first()));
    spellings << int(m_venueNames.size());
    m_venueNames << venue;
    m_venuePapers << std::move(ids);
}

void BibIndex::finish()
{
    m_typeRank = IndexRanks::binaryRanks(m_typeNames);
    m_venueRank = IndexRanks::binaryRanks(m_venueNames);
}

// The ids of the chosen lists (and with withoutValue those without one)
// pass `bit`; all others fail it.
void BibIndex::mark(Mask &mask, quint16 bit, Has has, const QVector<QVector<quint32>> &lists,
                    const QVector<int> &chosen, bool withoutValue) const
{
    IndexMask::markListed(mask, bit, lists, chosen);
    if (!withoutValue)
        return;
    quint16 *out = mask.data();
    const quint8 *flags = m_has.constData();
    const qsizetype n = qMin(mask.size(), m_has.size());
    for (qsizetype id = 0; id < n; ++id) {
        if (!(flags[id] & has))
            out[id] &= quint16(~bit);
    }
}

void BibIndex::apply(const PaperFilter &f, Mask &mask) const
{
    if (!f.entryTypes.isEmpty()) {
        QVector<int> chosen;
        bool without = false;
        for (const QString &type : f.entryTypes) {
            if (type.isNull())
                continue; // bound as NULL, which equals nothing
            without = without || type.isEmpty();
            const auto it = m_typeByName.constFind(type);
            if (it != m_typeByName.constEnd())
                chosen << *it;
        }
        mark(mask, EntryTypeBit, HasType, m_typePapers, chosen, without);
    }
    if (!f.venues.isEmpty()) {
        QVector<int> chosen;
        bool without = false;
        for (const QString &venue : f.venues) {
            if (venue.isNull())
                continue;
            without = without || venue.isEmpty();
            chosen += m_venuesByFold.value(OrganiseIndex::foldCase(venue));
        }
        mark(mask, VenueBit, HasVenue, m_venuePapers, chosen, without);
    }
}

QVector<FacetCount> BibIndex::counts(BibFacet facet, const Mask &mask, bool excludeOwn) const
{
    const bool types = facet == BibFacet::EntryType;
    const quint16 keep = excludeOwn ? quint16(~(types ? EntryTypeBit : VenueBit)) : quint16(0xFFFF);
    if (!types)
        return venueCounts(mask, keep);
    QVector<int> counts(m_typeNames.size(), 0);
    const quint16 *m = mask.constData();
    for (int t = 0; t < m_typePapers.size(); ++t) {
        int c = 0;
        for (quint32 id : m_typePapers.at(t))
            c += (m[id] & keep) == 0;
        counts[t] = c;
    }
    return IndexRanks::facetRows(counts, m_typeNames, m_typeRank, true);
}

// One row per NOCASE group: its count over every spelling, shown by the
// smallest counted spelling (SQL's MIN(venue) over the group's rows).
QVector<FacetCount> BibIndex::venueCounts(const Mask &mask, quint16 keep) const
{
    QVector<int> groupCount(m_venueGroups, 0);
    QVector<int> shownBy(m_venueGroups, -1); // the group's spelling of least rank with papers
    const quint16 *m = mask.constData();
    for (int v = 0; v < m_venuePapers.size(); ++v) {
        int c = 0;
        for (quint32 id : m_venuePapers.at(v))
            c += (m[id] & keep) == 0;
        if (c == 0)
            continue;
        const int g = m_venueGroup.at(v);
        groupCount[g] += c;
        if (shownBy.at(g) < 0 || m_venueRank.at(v) < m_venueRank.at(shownBy.at(g)))
            shownBy[g] = v;
    }
    QVector<int> counts(m_venueNames.size(), 0); // the group's count on its shown spelling
    for (int g = 0; g < m_venueGroups; ++g) {
        if (shownBy.at(g) >= 0)
            counts[shownBy.at(g)] = groupCount.at(g);
    }
    return IndexRanks::facetRows(counts, m_venueNames, m_venueRank, true);
}
