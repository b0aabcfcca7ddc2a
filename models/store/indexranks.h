#pragma once
// Ordering helpers shared by the parts of the in-memory index (PaperIndex,
// BibIndex): names in SQLite's BINARY order, and facet rows sorted the way
// the facet queries sort them ("ORDER BY count DESC, value", or by value).

#include "papercounts.h"

#include <QByteArray>
#include <QStringList>
#include <QVector>

#include <algorithm>
#include <numeric>

namespace IndexRanks {

// Positions of the names in SQLite's BINARY order: UTF-8 bytes, i.e. code
// points (QString's operator< compares UTF-16 units, which differs beyond
// U+FFFF).
inline QVector<int> binaryRanks(const QStringList &names)
{
    QVector<QByteArray> utf8;
    utf8.reserve(names.size());
    for (const QString &name : names)
        utf8 << name.toUtf8();
    QVector<int> byName(names.size());
    std::iota(byName.begin(), byName.end(), 0);
    std::sort(byName.begin(), byName.end(), [&utf8](int a, int b) { return utf8.at(a) < utf8.at(b); });
    QVector<int> rank(names.size());
    for (int r = 0; r < byName.size(); ++r)
        rank[byName.at(r)] = r;
    return rank;
}

// Rows for the names with a count above 0, by count (most first) then by
// rank, or by rank alone.
inline QVector<FacetCount> facetRows(const QVector<int> &counts, const QStringList &names, const QVector<int> &rank,
                                     bool byCount)
{
    QVector<int> present;
    for (int i = 0; i < counts.size(); ++i) {
        if (counts.at(i) > 0)
            present << i;
    }
    std::sort(present.begin(), present.end(), [&](int a, int b) {
        if (byCount && counts.at(a) != counts.at(b))
            return counts.at(a) > counts.at(b);
        return rank.at(a) < rank.at(b);
    });
    QVector<FacetCount> rows;
    rows.reserve(present.size());
    for (int i : std::as_const(present))
        rows.append({names.at(i), counts.at(i)});
    return rows;
}

} // namespace IndexRanks
