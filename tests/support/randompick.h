#pragma once
// Test support: a random non-empty part of a list, for the tests that
// compare the in-memory index with SQL under random filters
// (tst_organiseindex, tst_bibindex). Header-only.

#include <QStringList>

#include <random>

namespace RandomPick {

// Each value with a chance of one in three; one of them when none was taken.
inline QStringList some(const QStringList &list, std::mt19937 &rng)
{
    QStringList out;
    for (const QString &v : list) {
        if (rng() % 3 == 0)
            out << v;
    }
    return out.isEmpty() ? QStringList{list.at(int(rng() % list.size()))} : out;
}

} // namespace RandomPick
