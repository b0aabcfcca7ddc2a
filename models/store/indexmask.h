#pragma once
// What a filter keeps in the in-memory index: one word of failed
// conditions per paper id (0: kept), a bit per condition, so that a
// facet's counts can leave its own condition out. Shared by PaperIndex
// (the catalogue's conditions) and OrganiseIndex (what a user decided).

#include <QVector>

namespace IndexMask {

using Mask = QVector<quint16>;

enum Bit : quint16 {
    CategoryBit = 1, YearBit = 2, AffiliationBit = 4, ProfileBit = 8, TextBit = 16, CodeBit = 32, ArxivBit = 64,
    TagBit = 128, StarBit = 256, StateBit = 512, CollectionBit = 1024, EntryTypeBit = 2048, VenueBit = 4096,
    Absent = 0x8000
};

// Sets bit on every id, then clears it on the ids of the chosen lists.
inline void markListed(Mask &mask, quint16 bit, const QVector<QVector<quint32>> &lists, const QVector<int> &chosen)
{
    quint16 *out = mask.data();
    const qsizetype n = mask.size();
    for (qsizetype id = 0; id < n; ++id)
        out[id] |= bit;
    const quint16 clear = quint16(~bit);
    for (int list : chosen) {
        for (quint32 id : lists.at(list)) {
            if (qsizetype(id) < n)
                out[id] &= clear;
        }
    }
}

} // namespace IndexMask
