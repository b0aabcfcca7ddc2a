#pragma once
// Test support: whether two answers of counts are the same, row by row
// (the in-memory index against SQL, in tst_paperindex and
// tst_organiseindex). Header-only.

#include "papercounts.h"

#include <QVector>

namespace CountCompare {

inline bool sameCounts(const QVector<FacetCount> &a, const QVector<FacetCount> &b)
{
    if (a.size() != b.size())
        return false;
    for (int i = 0; i < a.size(); ++i) {
        if (a.at(i).value != b.at(i).value || a.at(i).count != b.at(i).count)
            return false;
    }
    return true;
}

inline bool sameYears(const QVector<YearCount> &a, const QVector<YearCount> &b)
{
    if (a.size() != b.size())
        return false;
    for (int i = 0; i < a.size(); ++i) {
        if (a.at(i).year != b.at(i).year || a.at(i).key != b.at(i).key || a.at(i).count != b.at(i).count)
            return false;
    }
    return true;
}

} // namespace CountCompare
