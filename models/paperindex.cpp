#include "paperindex.h"

#include "filtersql.h"

#include <QMap>

#include <algorithm>

namespace {

// SQLite's BINARY collation: UTF-8 bytes, i.e. code points (QString's
// operator< compares UTF-16 units, which differs beyond U+FFFF).
bool binaryLess(const QString &a, const QString &b)
{
    return a.toUtf8() < b.toUtf8();
}

// "ORDER BY count DESC, value" as the facet queries sort.
void byCountThenValue(QVector<FacetCount> &rows)
{
    std::sort(rows.begin(), rows.end(), [](const FacetCount &a, const FacetCount &b) {
        return a.count != b.count ? a.count > b.count : binaryLess(a.value, b.value);
    });
}

} // namespace

void PaperIndex::reset(quint32 idLimit)
{
    *this = PaperIndex();
    m_category.fill(noPaper, int(idLimit));
    m_year.fill(0, int(idLimit));
    m_flags.fill(0, int(idLimit));
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

quint8 PaperIndex::bitOf(Facet facet)
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
void PaperIndex::markListed(Mask &mask, quint8 bit, const QVector<QVector<quint32>> &lists,
                            const QHash<QString, int> &byName, const QStringList &names)
{
    for (quint8 &m : mask)
        m |= bit;
    const quint8 clear = quint8(~bit);
    for (const QString &name : names) {
        const auto it = name.isNull() ? byName.constEnd() : byName.constFind(name); // NULL equals nothing
        if (it == byName.constEnd())
            continue;
        for (quint32 id : lists.at(*it))
            mask[int(id)] &= clear;
    }
}

// FilterSql::build, condition by condition: a NULL year fails every year
// condition, unknown names match nothing, text without a searchable word
// is no condition.
PaperIndex::Mask PaperIndex::mask(const PaperFilter &f, const QVector<quint32> *textIds) const
{
    const int n = int(idLimit());
    Mask mask(n, 0);
    QVector<bool> categoryOk;
    if (!f.categories.isEmpty()) {
        categoryOk.fill(false, int(m_categoryNames.size()));
        for (const QString &c : f.categories) {
            if (c.isNull())
                continue; // bound as NULL, which equals nothing
            const auto it = m_categoryCodes.constFind(c);
            if (it != m_categoryCodes.constEnd())
                categoryOk[*it] = true;
        }
    }
    const bool years = f.yearFrom > 0 || f.yearTo > 0 || !f.years.isEmpty();
    QVector<bool> yearOk;
    if (years) {
        yearOk.fill(false, 32768);
        for (int y = 1; y < 32768; ++y) {
            yearOk[y] = (f.yearFrom <= 0 || y >= f.yearFrom) && (f.yearTo <= 0 || y <= f.yearTo)
                && (f.years.isEmpty() || f.years.contains(y));
        }
    }
    for (int id = 0; id < n; ++id) {
        const quint16 category = m_category.at(id);
        if (category == noPaper) {
            mask[id] = Absent;
            continue;
        }
        quint8 m = 0;
        if (!categoryOk.isEmpty() && !categoryOk.at(category))
            m |= CategoryBit;
        if (years && !yearOk.at(m_year.at(id)))
            m |= YearBit;
        if (f.hasCodeOnly && !(m_flags.at(id) & Code))
            m |= CodeBit;
        if (f.hasArxivOnly && !(m_flags.at(id) & Arxiv))
            m |= ArxivBit;
        mask[id] = m;
    }
    if (!f.affiliations.isEmpty())
        markListed(mask, AffiliationBit, m_affiliationPapers, m_affiliationByName, f.affiliations);
    if (!f.profiles.isEmpty())
        markListed(mask, ProfileBit, m_profilePapers, m_profileByName, f.profiles);
    if (textIds && !FilterSql::ftsQuery(f.text).isEmpty()) {
        for (quint8 &m : mask)
            m |= TextBit;
        for (quint32 id : *textIds) {
            if (id < quint32(n))
                mask[int(id)] &= quint8(~TextBit);
        }
    }
    return mask;
}

int PaperIndex::count(const Mask &mask) const
{
    return int(std::count(mask.cbegin(), mask.cend(), quint8(0)));
}

QVector<quint32> PaperIndex::orderedIds(const Mask &mask, PaperSort sort, Qt::SortOrder order) const
{
    const QVector<quint32> &all = m_order[int(sort)];
    QVector<quint32> ids;
    ids.reserve(count(mask));
    if (order == Qt::AscendingOrder) {
        for (quint32 id : all) {
            if (mask.at(int(id)) == 0)
                ids.append(id);
        }
    } else {
        for (auto it = all.crbegin(); it != all.crend(); ++it) {
            if (mask.at(int(*it)) == 0)
                ids.append(*it);
        }
    }
    return ids;
}

QVector<FacetCount> PaperIndex::facetCounts(Facet facet, const Mask &mask, bool excludeOwnFacet) const
{
    const quint8 keep = excludeOwnFacet ? quint8(~bitOf(facet)) : quint8(0xFF);
    const auto kept = [&](quint32 id) { return (mask.at(int(id)) & keep) == 0; };
    QVector<FacetCount> rows;
    switch (facet) {
    case Facet::Category: {
        QVector<int> counts(m_categoryNames.size(), 0);
        for (int id = 0; id < mask.size(); ++id) {
            if (kept(quint32(id)))
                ++counts[m_category.at(id)];
        }
        for (int c = 0; c < counts.size(); ++c) {
            if (counts.at(c) > 0)
                rows.append({m_categoryNames.at(c), counts.at(c)});
        }
        byCountThenValue(rows);
        break;
    }
    case Facet::Year: {
        QVector<int> counts(32768, 0);
        for (int id = 0; id < mask.size(); ++id) {
            if (m_year.at(id) != 0 && kept(quint32(id)))
                ++counts[m_year.at(id)];
        }
        for (int year = 1; year < counts.size(); ++year) {
            if (counts.at(year) > 0)
                rows.append({QString::number(year), counts.at(year)});
        }
        break;
    }
    case Facet::Affiliation:
    case Facet::Profile: {
        const bool affiliations = facet == Facet::Affiliation;
        const QVector<QVector<quint32>> &lists = affiliations ? m_affiliationPapers : m_profilePapers;
        const QStringList &names = affiliations ? m_affiliationNames : m_profileNames;
        for (int i = 0; i < lists.size(); ++i) {
            const int n = int(std::count_if(lists.at(i).cbegin(), lists.at(i).cend(), kept));
            if (n > 0)
                rows.append({names.at(i), n});
        }
        if (affiliations) {
            byCountThenValue(rows);
        } else {
            std::sort(rows.begin(), rows.end(),
                      [](const FacetCount &a, const FacetCount &b) { return binaryLess(a.value, b.value); });
        }
        break;
    }
    }
    return rows;
}

QVector<YearCount> PaperIndex::yearCategoryCounts(const Mask &mask) const
{
    // A flat table over the years present: (year - first) x categories.
    int first = 32767, last = 0;
    for (int id = 0; id < mask.size(); ++id) {
        if (mask.at(id) == 0 && m_year.at(id) != 0) {
            first = qMin<int>(first, m_year.at(id));
            last = qMax<int>(last, m_year.at(id));
        }
    }
    QVector<YearCount> rows;
    if (last == 0)
        return rows;
    const int categories = int(m_categoryNames.size());
    QVector<int> counts((last - first + 1) * categories, 0);
    for (int id = 0; id < mask.size(); ++id) {
        if (mask.at(id) == 0 && m_year.at(id) != 0)
            ++counts[(m_year.at(id) - first) * categories + m_category.at(id)];
    }
    for (int i = 0; i < counts.size(); ++i) {
        if (counts.at(i) > 0)
            rows.append({first + i / categories, m_categoryNames.at(i % categories), counts.at(i)});
    }
    std::sort(rows.begin(), rows.end(), [](const YearCount &a, const YearCount &b) {
        return a.year != b.year ? a.year < b.year : binaryLess(a.key, b.key);
    });
    return rows;
}

QVector<YearCount> PaperIndex::profileYearCounts(const Mask &mask, const QStringList &profiles) const
{
    QVector<YearCount> rows;
    QStringList names = profiles;
    names.removeDuplicates();
    for (const QString &name : std::as_const(names)) {
        const auto it = m_profileByName.constFind(name);
        if (it == m_profileByName.constEnd())
            continue;
        QMap<int, int> perYear;
        for (quint32 id : m_profilePapers.at(*it)) {
            if (mask.at(int(id)) == 0 && m_year.at(int(id)) != 0)
                ++perYear[m_year.at(int(id))];
        }
        for (auto y = perYear.cbegin(); y != perYear.cend(); ++y)
            rows.append({y.key(), name, y.value()});
    }
    std::sort(rows.begin(), rows.end(), [](const YearCount &a, const YearCount &b) {
        return a.year != b.year ? a.year < b.year : binaryLess(a.key, b.key);
    });
    return rows;
}
