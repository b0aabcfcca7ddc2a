#include "pgcounts.h"

#include "pgsql.h"

namespace {
constexpr auto pg = FilterSql::Dialect::Postgres;
} // namespace

bool PgCounts::select(QSqlQuery &q, const QString &sql, const PaperFilter &filter, int skip, const QVariantList &before)
{
    const FilterSql where = FilterSql::build(filter, FilterSql::Skip(skip), pg);
    q.setForwardOnly(true);
    return PgSql::exec(q, sql.arg(where.where), before + where.values, &m_error);
}

QVector<FacetCount> PgCounts::rows(QSqlQuery &q)
{
    QVector<FacetCount> counts;
    while (q.next())
        counts.append({q.value(0).toString(), q.value(1).toInt()});
    return counts;
}

QVector<FacetCount> PgCounts::facet(Facet facet, const PaperFilter &filter, bool excludeOwnFacet)
{
    FilterSql::Skip skip = FilterSql::Skip::Nothing;
    QString sql;
    switch (facet) {
    case Facet::Category:
        skip = FilterSql::Skip::Categories;
        sql = QStringLiteral("SELECT p.category, count(*) FROM papers p WHERE %1 GROUP BY p.category ORDER BY 2 DESC, 1");
        break;
    case Facet::Year:
        skip = FilterSql::Skip::Years;
        sql = QStringLiteral("SELECT p.year, count(*) FROM papers p WHERE %1 AND p.year IS NOT NULL"
                             " GROUP BY p.year ORDER BY 1");
        break;
    case Facet::Affiliation:
        skip = FilterSql::Skip::Affiliations;
        sql = QStringLiteral("SELECT a.slug, count(*) FROM paper_affiliations pa JOIN affiliations a"
                             " ON a.id = pa.affiliation_id JOIN papers p ON p.id = pa.paper_id WHERE %1"
                             " GROUP BY a.id ORDER BY 2 DESC, 1");
        break;
    case Facet::Profile:
        skip = FilterSql::Skip::Profiles;
        sql = QStringLiteral("SELECT pr.name, count(*) FROM profile_papers pp JOIN profiles pr ON pr.id = pp.profile_id"
                             " JOIN papers p ON p.id = pp.paper_id WHERE %1 GROUP BY pr.id ORDER BY 1");
        break;
    }
    QSqlQuery q(m_db);
    if (!select(q, sql, filter, int(excludeOwnFacet ? skip : FilterSql::Skip::Nothing)))
        return {};
    return rows(q);
}

QVector<YearCount> PgCounts::yearCategory(const PaperFilter &filter)
{
    QSqlQuery q(m_db);
    QVector<YearCount> counts;
    if (select(q, QStringLiteral("SELECT p.year, p.category, count(*) FROM papers p WHERE p.year IS NOT NULL AND %1"
                                 " GROUP BY p.year, p.category ORDER BY 1, 2"),
               filter, 0)) {
        while (q.next())
            counts.append({q.value(0).toInt(), q.value(1).toString(), q.value(2).toInt()});
    }
    return counts;
}

QVector<YearCount> PgCounts::profileYear(const PaperFilter &filter, const QStringList &profiles)
{
    QVector<YearCount> counts;
    if (profiles.isEmpty())
        return counts;
    QVariantList names;
    for (const QString &name : profiles)
        names << name;
    QSqlQuery q(m_db);
    if (select(q, QStringLiteral("SELECT p.year, pr.name, count(*) FROM profiles pr"
                                 " JOIN profile_papers pp ON pp.profile_id = pr.id JOIN papers p ON p.id = pp.paper_id"
                                 " WHERE pr.name IN (%1) AND p.year IS NOT NULL AND %2"
                                 " GROUP BY p.year, pr.id ORDER BY 1, 2")
                      .arg(FilterSql::placeholders(int(profiles.size())), QStringLiteral("%1")),
               filter, 0, names)) {
        while (q.next())
            counts.append({q.value(0).toInt(), q.value(1).toString(), q.value(2).toInt()});
    }
    return counts;
}

QVector<FacetCount> PgCounts::bibFacet(BibFacet facet, const PaperFilter &filter, bool excludeOwnFacet)
{
    const bool types = facet == BibFacet::EntryType;
    const FilterSql::Skip skip = !excludeOwnFacet ? FilterSql::Skip::Nothing
                                 : types          ? FilterSql::Skip::EntryTypes
                                                  : FilterSql::Skip::Venues;
    QSqlQuery q(m_db);
    if (!select(q, types ? QStringLiteral("SELECT p.entry_type, count(*) FROM papers p WHERE p.entry_type <> '' AND %1"
                                          " GROUP BY p.entry_type ORDER BY 2 DESC, 1")
                         : QStringLiteral("SELECT min(p.venue), count(*) FROM papers p WHERE lower(p.venue) <> '' AND %1"
                                          " GROUP BY lower(p.venue) ORDER BY 2 DESC, 1"),
                filter, int(skip)))
        return {};
    return rows(q);
}
