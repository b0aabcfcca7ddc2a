#include "paperindex.h"

#include "filtersql.h"
#include "indexranks.h"

#include <QMap>

using namespace IndexMask;

#include <algorithm>

using IndexRanks::binaryRanks;
using IndexRanks::facetRows;

namespace {

// The ranks finish() kept, or fresh ones for an index built without it.
const QVector<int> &ranksOf(const QStringList &names, const QVector<int> &kept, QVector<int> *fresh)
{
    if (kept.size() == names.size())
        return kept;
    *fresh = binaryRanks(names);
    return *fresh;
}

} // namespace

void PaperIndex::reset(quint32 idLimit)
{
    *this = PaperIndex();
    m_category.fill(noPaper, int(idLimit));
    m_year.fill(0, int(idLimit));
    m_flags.fill(0, int(idLimit));
    m_organise.reset(idLimit);
    m_bib.reset(idLimit);
}

bool PaperIndex::addPapers(const QString &category, int year, const QVector<quint32> &ids)
{
    auto code = m_categoryCodes.constFind(category);
    if (code == m_categoryCodes.constEnd()) {
        if (m_categoryNames.size() >= noPaper)
            return false;
        code = m_categoryCodes.insert(category, int(m_categoryNames.size()));
        m_categoryNames << category;
    }
    if (year < 0 || year > 32767)
        return false;
    for (quint32 id : ids) {
        if (id >= idLimit() || m_category.at(int(id)) != noPaper)
            return false;
        m_category[int(id)] = quint16(*code);
        m_year[int(id)] = qint16(year);
        ++m_paperCount;
    }
    if (year != 0 && !ids.isEmpty()) {
        m_firstYear = qMin(m_firstYear, qint16(year));
        m_lastYear = qMax(m_lastYear, qint16(year));
    }
    return true;
}

void PaperIndex::setFlag(quint8 flag, const QVector<quint32> &ids)
{
    for (quint32 id : ids) {
        if (id < idLimit())
            m_flags[int(id)] |= flag;
    }
}

void PaperIndex::setAffiliation(const QString &slug, QVector<quint32> ids)
{
    m_affiliationByName.insert(slug, int(m_affiliationNames.size()));
    m_affiliationNames << slug;
    m_affiliationPapers << std::move(ids);
}

void PaperIndex::setProfile(const QString &name, QVector<quint32> ids)
{
    m_profileByName.insert(name, int(m_profileNames.size()));
    m_profileNames << name;
    m_profilePapers << std::move(ids);
}

void PaperIndex::setOrder(PaperSort sort, QVector<quint32> ids)
{
    m_order[int(sort)] = std::move(ids);
}

void PaperIndex::finish()
{
    m_categoryRank = binaryRanks(m_categoryNames);
    m_affiliationRank = binaryRanks(m_affiliationNames);
    m_profileRank = binaryRanks(m_profileNames);
    m_organise.finish();
    m_bib.finish();
}

quint16 PaperIndex::bitOf(Facet facet)
{
    switch (facet) {
    case Facet::Category: return CategoryBit;
    case Facet::Year: return YearBit;
    case Facet::Affiliation: return AffiliationBit;
    case Facet::Profile: return ProfileBit;
    }
    return 0;
}

// The ids in the named lists pass `bit`; all others fail it.
void PaperIndex::markListed(Mask &mask, quint16 bit, const QVector<QVector<quint32>> &lists,
                            const QHash<QString, int> &byName, const QStringList &names)
{
    QVector<int> chosen;
    for (const QString &name : names) {
        const auto it = name.isNull() ? byName.constEnd() : byName.constFind(name); // NULL equals nothing
        if (it != byName.constEnd())
            chosen << *it;
    }
    IndexMask::markListed(mask, bit, lists, chosen);
}

// FilterSql::build, condition by condition: a NULL year fails every year
// condition, unknown names match nothing, text without a searchable word
// is no condition. One pass over the per-id arrays (raw pointers: this is
// the loop every filter change runs over a million ids).
PaperIndex::Mask PaperIndex::mask(const PaperFilter &f, const IdBits *textMatches) const
{
    const int n = int(idLimit());
    QVector<quint8> categoryOk;
    if (!f.categories.isEmpty()) {
        categoryOk.fill(0, int(m_categoryNames.size()));
        for (const QString &c : f.categories) {
            if (c.isNull())
                continue; // bound as NULL, which equals nothing
            const auto it = m_categoryCodes.constFind(c);
            if (it != m_categoryCodes.constEnd())
                categoryOk[*it] = 1;
        }
    }
    const bool years = f.yearFrom > 0 || f.yearTo > 0 || !f.years.isEmpty();
    QVector<quint8> yearOk;
    if (years) {
        yearOk.fill(0, 32768);
        for (int y = 1; y < 32768; ++y) {
            yearOk[y] = (f.yearFrom <= 0 || y >= f.yearFrom) && (f.yearTo <= 0 || y <= f.yearTo)
                && (f.years.isEmpty() || f.years.contains(y));
        }
    }
    const bool text = textMatches && !FilterSql::ftsQuery(f.text).isEmpty();
    const quint64 *matched = text ? textMatches->constData() : nullptr;
    const int matchedWords = text ? int(textMatches->size()) : 0;
    const quint8 *catOk = categoryOk.isEmpty() ? nullptr : categoryOk.constData();
    const quint8 *yOk = years ? yearOk.constData() : nullptr;
    const quint16 *category = m_category.constData();
    const qint16 *year = m_year.constData();
    const quint8 *flags = m_flags.constData();

    Mask mask(n, 0);
    quint16 *out = mask.data();
    for (int id = 0; id < n; ++id) {
        const quint16 c = category[id];
        if (c == noPaper) {
            out[id] = Absent;
            continue;
        }
        quint16 m = 0;
        if (catOk && !catOk[c])
            m |= CategoryBit;
        if (yOk && !yOk[year[id]])
            m |= YearBit;
        if (f.hasCodeOnly && !(flags[id] & Code))
            m |= CodeBit;
        if (f.hasArxivOnly && !(flags[id] & Arxiv))
            m |= ArxivBit;
        if (text && (id / 64 >= matchedWords || !((matched[id / 64] >> (id % 64)) & 1)))
            m |= TextBit;
        out[id] = m;
    }
    if (!f.affiliations.isEmpty())
        markListed(mask, AffiliationBit, m_affiliationPapers, m_affiliationByName, f.affiliations);
    if (!f.profiles.isEmpty())
        markListed(mask, ProfileBit, m_profilePapers, m_profileByName, f.profiles);
    m_organise.apply(f, mask);
    m_bib.apply(f, mask);
    return mask;
}

int PaperIndex::count(const Mask &mask) const
{
    return int(std::count(mask.cbegin(), mask.cend(), quint16(0)));
}

QVector<quint32> PaperIndex::orderedIds(const Mask &mask, PaperSort sort, Qt::SortOrder order) const
{
    if (isDerivedOrder(sort))
        return derivedOrder(mask, sort, order);
    const QVector<quint32> &all = m_order[int(sort)];
    const quint16 *m = mask.constData();
    const quint32 *in = all.constData();
    const qsizetype n = all.size();
    QVector<quint32> ids(count(mask));
    quint32 *out = ids.data();
    qsizetype k = 0;
    const qsizetype room = ids.size();
    for (qsizetype i = 0; i < n && k < room; ++i) {
        const quint32 id = in[order == Qt::AscendingOrder ? i : n - 1 - i];
        if (m[id] == 0)
            out[k++] = id;
    }
    ids.resize(k);
    return ids;
}

// "ORDER BY column, id" by a counting sort over the column's small keys:
// the year (a NULL year, 0 here, first), the category's rank in SQLite's
// BINARY order, or the code flag. Descending is the same list reversed.
QVector<quint32> PaperIndex::derivedOrder(const Mask &mask, PaperSort sort, Qt::SortOrder order) const
{
    QVector<int> fresh;
    const QVector<int> &rank = ranksOf(m_categoryNames, m_categoryRank, &fresh);
    const int keys = sort == PaperSort::Category ? int(rank.size()) : sort == PaperSort::Code ? 2 : 32768;
    const quint16 *m = mask.constData();
    const quint16 *category = m_category.constData();
    const qint16 *year = m_year.constData();
    const quint8 *flags = m_flags.constData();
    const int *rankOf = rank.constData();
    const auto keyOf = [&](int id) {
        switch (sort) {
        case PaperSort::Category: return rankOf[category[id]];
        case PaperSort::Code: return (flags[id] & Code) ? 1 : 0;
        default: return int(year[id]);
        }
    };
    QVector<int> next(keys + 1, 0); // first slot of each key
    int *slot = next.data();
    const int n = int(mask.size());
    for (int id = 0; id < n; ++id) {
        if (m[id] == 0)
            ++slot[keyOf(id) + 1];
    }
    for (int k = 0; k < keys; ++k)
        slot[k + 1] += slot[k];
    QVector<quint32> ids(slot[keys]);
    quint32 *out = ids.data();
    for (int id = 0; id < n; ++id) {
        if (m[id] == 0)
            out[slot[keyOf(id)]++] = quint32(id);
    }
    if (order == Qt::DescendingOrder)
        std::reverse(ids.begin(), ids.end());
    return ids;
}

QVector<FacetCount> PaperIndex::facetCounts(Facet facet, const Mask &mask, bool excludeOwnFacet) const
{
    const quint16 keep = excludeOwnFacet ? quint16(~bitOf(facet)) : quint16(0xFFFF);
    const quint16 *m = mask.constData();
    const int n = int(mask.size());
    QVector<int> fresh;
    switch (facet) {
    case Facet::Category: {
        QVector<int> counts(m_categoryNames.size(), 0);
        int *count = counts.data();
        const quint16 *category = m_category.constData();
        for (int id = 0; id < n; ++id) {
            if ((m[id] & keep) == 0)
                ++count[category[id]];
        }
        return facetRows(counts, m_categoryNames, ranksOf(m_categoryNames, m_categoryRank, &fresh), true);
    }
    case Facet::Year: {
        QVector<int> counts(32768, 0);
        int *count = counts.data();
        const qint16 *year = m_year.constData();
        for (int id = 0; id < n; ++id) {
            if (year[id] != 0 && (m[id] & keep) == 0)
                ++count[year[id]];
        }
        QVector<FacetCount> rows;
        for (int y = m_firstYear; y <= m_lastYear; ++y) {
            if (count[y] > 0)
                rows.append({QString::number(y), count[y]});
        }
        return rows;
    }
    case Facet::Affiliation:
    case Facet::Profile: {
        const bool affiliations = facet == Facet::Affiliation;
        const QVector<QVector<quint32>> &lists = affiliations ? m_affiliationPapers : m_profilePapers;
        const QStringList &names = affiliations ? m_affiliationNames : m_profileNames;
        QVector<int> counts(lists.size(), 0);
        for (int i = 0; i < lists.size(); ++i) {
            int c = 0;
            for (quint32 id : lists.at(i))
                c += (m[id] & keep) == 0;
            counts[i] = c;
        }
        const QVector<int> &rank = affiliations ? ranksOf(names, m_affiliationRank, &fresh)
                                                : ranksOf(names, m_profileRank, &fresh);
        return facetRows(counts, names, rank, affiliations);
    }
    }
    return {};
}

QVector<YearCount> PaperIndex::yearCategoryCounts(const Mask &mask) const
{
    // A flat table over the years present: (year - first) x categories.
    QVector<YearCount> rows;
    if (m_lastYear < m_firstYear)
        return rows;
    const int categories = int(m_categoryNames.size());
    QVector<int> counts((m_lastYear - m_firstYear + 1) * categories, 0);
    int *count = counts.data();
    const quint16 *m = mask.constData();
    const quint16 *category = m_category.constData();
    const qint16 *year = m_year.constData();
    const int n = int(mask.size());
    for (int id = 0; id < n; ++id) {
        if (m[id] == 0 && year[id] != 0)
            ++count[(year[id] - m_firstYear) * categories + category[id]];
    }
    QVector<int> fresh;
    const QVector<int> &rank = ranksOf(m_categoryNames, m_categoryRank, &fresh);
    QVector<int> byName(categories); // category codes in BINARY order
    for (int c = 0; c < categories; ++c)
        byName[rank.at(c)] = c;
    for (int y = 0; y <= m_lastYear - m_firstYear; ++y) {
        for (int c : std::as_const(byName)) {
            if (count[y * categories + c] > 0)
                rows.append({m_firstYear + y, m_categoryNames.at(c), count[y * categories + c]});
        }
    }
    return rows;
}

QVector<YearCount> PaperIndex::profileYearCounts(const Mask &mask, const QStringList &profiles) const
{
    QStringList names = profiles;
    names.removeDuplicates();
    QVector<int> fresh;
    const QVector<int> &rank = ranksOf(m_profileNames, m_profileRank, &fresh);
    QVector<int> chosen;
    for (const QString &name : std::as_const(names)) {
        const auto it = m_profileByName.constFind(name);
        if (it != m_profileByName.constEnd())
            chosen << *it;
    }
    std::sort(chosen.begin(), chosen.end(), [&rank](int a, int b) { return rank.at(a) < rank.at(b); });
    QMap<int, QVector<YearCount>> byYear; // each year's rows in name order
    for (int p : std::as_const(chosen)) {
        QMap<int, int> perYear;
        for (quint32 id : m_profilePapers.at(p)) {
            if (mask.at(int(id)) == 0 && m_year.at(int(id)) != 0)
                ++perYear[m_year.at(int(id))];
        }
        for (auto y = perYear.cbegin(); y != perYear.cend(); ++y)
            byYear[y.key()].append({y.key(), m_profileNames.at(p), y.value()});
    }
    QVector<YearCount> rows;
    for (const QVector<YearCount> &year : std::as_const(byYear))
        rows += year;
    return rows;
}
