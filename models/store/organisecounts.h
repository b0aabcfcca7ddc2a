#pragma once
// Facet counts of what a user decided, under a filter, the way PaperStore
// counts categories and years: papers per tag (most first), per reading
// state (unread, reading, read, always all three) and starred papers. With
// excludeOwnFacet the facet's own selection is left out of the filter.
// On a PaperStore with a fresh in-memory index the index answers (the
// same rows), else SQL (on a shared library in PostgreSQL's dialect).

#include "filtersql.h"
#include "organisefacet.h"
#include "papercounts.h"
#include "paperfilter.h"

#include <QSqlDatabase>
#include <QVector>

class AbstractPaperStore;
class StoreIndex;

class OrganiseCounts
{
public:
    explicit OrganiseCounts(const QSqlDatabase &db, FilterSql::Dialect dialect = FilterSql::Dialect::Sqlite)
        : m_db(db), m_dialect(dialect) {}
    explicit OrganiseCounts(const AbstractPaperStore &store); // its connection and dialect (and index)

    // Empty with error() set on failure.
    QVector<FacetCount> counts(OrganiseFacet facet, const PaperFilter &filter, bool excludeOwnFacet = false) const;
    QString error() const { return m_error; }

private:
    QSqlDatabase m_db;
    FilterSql::Dialect m_dialect = FilterSql::Dialect::Sqlite;
    StoreIndex *m_index = nullptr; // the store's in-memory index, when it has one and it is fresh
    mutable QString m_error;
};
