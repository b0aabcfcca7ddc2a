#include "storecounts.h"

#include "filtersql.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

QVector<YearCount> StoreCounts::run(const QString &sql, const QVariantList &values, QString *error) const
{
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    QVector<YearCount> counts;
    if (!q.prepare(sql)) {
        *error = q.lastError().text();
        return counts;
    }
    for (int i = 0; i < values.size(); ++i)
        q.bindValue(i, values.at(i));
    if (!q.exec()) {
        *error = q.lastError().text();
        return counts;
    }
    while (q.next())
        counts.append({q.value(0).toInt(), q.value(1).toString(), q.value(2).toInt()});
    return counts;
}

QVector<YearCount> StoreCounts::yearCategory(const PaperFilter &filter, QString *error) const
{
    // Served by the covering index papers_year_category (schema 2).
    const FilterSql where = FilterSql::build(filter);
    return run(QStringLiteral("SELECT p.year, p.category, COUNT(*) FROM papers p"
                              " WHERE p.year IS NOT NULL AND %1"
                              " GROUP BY p.year, p.category ORDER BY 1, 2")
                   .arg(where.where),
               where.values, error);
}

QVector<YearCount> StoreCounts::profileYear(const PaperFilter &filter, const QStringList &profiles,
                                            QString *error) const
{
    if (profiles.isEmpty())
        return {};
    const FilterSql where = FilterSql::build(filter);
    QVariantList values;
    for (const QString &name : profiles)
        values << name;
    values << where.values;
    return run(QStringLiteral("SELECT p.year, pr.name, COUNT(*) FROM profiles pr"
                              " JOIN profile_papers pp ON pp.profile_id = pr.id"
                              " JOIN papers p ON p.id = pp.paper_id"
                              " WHERE pr.name IN (%1) AND p.year IS NOT NULL AND %2"
                              " GROUP BY p.year, pr.id ORDER BY 1, 2")
                   .arg(FilterSql::placeholders(int(profiles.size())), where.where),
               values, error);
}

QVector<FacetCount> StoreCounts::bibFacet(BibFacet facet, const PaperFilter &filter, bool excludeOwnFacet,
                                          QString *error) const
{
    const bool types = facet == BibFacet::EntryType;
    // A store of profiles only has nothing to count: asked along the index
    // first, so a filter (a common word's matches) is not walked for nothing.
    {
        QSqlQuery any(m_db);
        if (any.exec(types ? QStringLiteral("SELECT 1 FROM papers WHERE entry_type > '' LIMIT 1")
                           : QStringLiteral("SELECT 1 FROM papers WHERE venue COLLATE NOCASE > '' LIMIT 1"))
            && !any.next())
            return {};
    }
    const FilterSql::Skip skip = !excludeOwnFacet ? FilterSql::Skip::Nothing
                                 : types          ? FilterSql::Skip::EntryTypes
                                                  : FilterSql::Skip::Venues;
    const FilterSql where = FilterSql::build(filter, skip);
    // Grouped along papers_entry_type / papers_venue (schema 5); '' is a profile's paper.
    const QString sql = types ? QStringLiteral("SELECT p.entry_type, COUNT(*) FROM papers p"
                                               " WHERE p.entry_type <> '' AND %1 GROUP BY p.entry_type")
                              : QStringLiteral("SELECT MIN(p.venue), COUNT(*) FROM papers p"
                                               " WHERE p.venue <> '' AND %1 GROUP BY p.venue COLLATE NOCASE");
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    QVector<FacetCount> counts;
    if (!q.prepare(sql.arg(where.where) + QStringLiteral(" ORDER BY 2 DESC, 1"))) {
        *error = q.lastError().text();
        return counts;
    }
    for (int i = 0; i < where.values.size(); ++i)
        q.bindValue(i, where.values.at(i));
    if (!q.exec()) {
        *error = q.lastError().text();
        return counts;
    }
    while (q.next())
        counts.append({q.value(0).toString(), q.value(1).toInt()});
    return counts;
}
