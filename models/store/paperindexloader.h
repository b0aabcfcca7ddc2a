#pragma once
// Reads a PaperIndex from the store in one read transaction: categories and
// years grouped over the covering index, code and arXiv flags, the papers of
// each affiliation and profile, what a user decided (marks, tags and
// collections: OrganiseIndex) (group_concat: one string per group rather
// than a row per paper, which is what makes a million papers load in about
// a second), and the order of the papers by the sort columns asked for.
// Part of the store (it holds SQL); runs on whatever thread owns the
// connection it is given.

#include "paperindex.h"

#include <QSqlDatabase>
#include <QVector>

#include <atomic>

class PaperIndexLoader
{
public:
    // Moves whenever the store changes: data_version when another
    // connection commits, total_changes() when this one writes.
    struct Generation
    {
        qint64 dataVersion = -1;
        qint64 changes = -1;
        bool operator==(const Generation &o) const { return dataVersion == o.dataVersion && changes == o.changes; }
        bool operator!=(const Generation &o) const { return !(*this == o); }
    };

    explicit PaperIndexLoader(const QSqlDatabase &db) : m_db(db) {}

    Generation generation();
    // A worker's own connection: a small page cache, reads only.
    void prepareReader();
    bool hasFewerPapersThan(int n);

    // False (index untouched) on an SQL error, on cancel, or when the store
    // does not fit the index (ids far sparser than the papers, say).
    bool load(PaperIndex *index, const QVector<PaperSort> &orders, const std::atomic<bool> *cancel,
              QString *error);
    // More orders for an index read earlier: the caller makes sure the store
    // has not changed since (PaperStore::generation()).
    bool loadOrders(PaperIndex *index, const QVector<PaperSort> &orders, QString *error);
    // The ids FTS5 matches for a FilterSql::ftsQuery() (TextIdLookup).
    bool textMatches(const QString &ftsQuery, PaperIndex::IdBits *matches, QString *error);

private:
    bool loadOrder(PaperIndex *index, PaperSort sort, QString *error);
    bool loadOrganise(PaperIndex *index, quint32 limit, QString *error);
    bool loadBib(PaperIndex *index, quint32 limit, QString *error);
    static QVector<quint32> parseIds(const QVariant &list, quint32 limit);

    QSqlDatabase m_db;
};
