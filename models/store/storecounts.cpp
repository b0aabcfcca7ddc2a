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
