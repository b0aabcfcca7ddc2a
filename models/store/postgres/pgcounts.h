#pragma once
// A shared library's counts under a filter, for the facets and the charts:
// per category, year, affiliation and profile (with a facet's own selection
// left out on request), per (year, category) and (year, profile), and the
// .bib facets (entry type, venue without regard to case). The same SQL as
// the SQLite store's fallback, in FilterSql's PostgreSQL dialect.

#include "filtersql.h"
#include "papercounts.h"
#include "paperfilter.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStringList>
#include <QVector>

class PgCounts
{
public:
    explicit PgCounts(QSqlDatabase db) : m_db(db) {}

    QVector<FacetCount> facet(Facet facet, const PaperFilter &filter, bool excludeOwnFacet);
    QVector<YearCount> yearCategory(const PaperFilter &filter);
    QVector<YearCount> profileYear(const PaperFilter &filter, const QStringList &profiles);
    QVector<FacetCount> bibFacet(BibFacet facet, const PaperFilter &filter, bool excludeOwnFacet);
    QString error() const { return m_error; }

private:
    bool select(QSqlQuery &q, const QString &sql, const PaperFilter &filter, int skip, const QVariantList &before = {});
    static QVector<FacetCount> rows(QSqlQuery &q);

    QSqlDatabase m_db;
    QString m_error;
};
