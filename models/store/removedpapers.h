#pragma once
// What a removal took out of a store, kept so that Undo can put it back
// exactly (same ids, same citation keys, same links). A plain value that
// every store backend returns and takes back (AbstractPaperStore).

#include "paperrecord.h"

#include <QPair>
#include <QVector>
#include <QtGlobal>

struct RemovedPapers
{
    QVector<PaperRecord> papers;           // with profiles filled in
    QVector<ProfileRecord> profiles;       // removed profiles (without papers)
    QVector<QPair<qint64, qint64>> links;  // (profile id, paper id) links taken out
    bool isEmpty() const { return papers.isEmpty() && profiles.isEmpty() && links.isEmpty(); }
};
