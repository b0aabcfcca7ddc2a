#pragma once
// Facet counts of what a user decided, under a filter, the way PaperStore
// counts categories and years: papers per tag (most first), per reading
// state (unread, reading, read, always all three) and starred papers. With
// excludeOwnFacet the facet's own selection is left out of the filter.
// On a PaperStore with a fresh in-memory index the index answers (the
// same rows), else SQL.

#include "organisefacet.h"
#include "papercounts.h"
#include "paperfilter.h"

#include <QSqlDatabase>
#include <QVector>

class PaperStore;
class StoreIndex;

class OrganiseCounts
{
public:
    explicit OrganiseCounts(const QSqlDatabase &db) : m_db(db) {}
    explicit OrganiseCounts(const PaperStore &store);

    // Empty with error() set on failure.
    QVector<FacetCount> counts(OrganiseFacet facet, const PaperFilter &filter, bool excludeOwnFacet = false) const;
    QString error() const { return m_error; }

private:
    QSqlDatabase m_db;
    StoreIndex *m_index = nullptr; // the store's in-memory index, when it has one and it is fresh
    mutable QString m_error;
};
