// PaperStore's reading side: papers by filter, sort and page, ids, counts,
// facets and profiles (the SQL in FilterSql, PaperRows and StoreCounts).
#include "paperstore.h"

#include "filtersql.h"
#include "paperrows.h"
#include "storecounts.h"
#include "storeindex.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace {

QString orderBy(PaperSort sort, Qt::SortOrder order)
{
    return FilterSql::orderBy(sort, order); // shared with PaperIndexLoader
}

void bindAll(QSqlQuery &q, const QVariantList &values)
{
    for (int i = 0; i < values.size(); ++i)
        q.bindValue(i, values.at(i));
}

} // namespace

QVector<PaperRecord> PaperStore::papers(const PaperFilter &filter, PaperSort sort, Qt::SortOrder order,
                                        int offset, int limit) const
{
    QVector<qint64> ids;
    if (m_index && m_index->orderedIds(filter, sort, order, offset, limit, &ids))
        return papersByIds(ids);
    const FilterSql where = FilterSql::build(filter);
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT %1 FROM papers p WHERE %2%3 LIMIT ? OFFSET ?")
                  .arg(PaperRows::columns(), where.where, orderBy(sort, order)));
    bindAll(q, where.values);
    q.bindValue(where.values.size(), limit);
    q.bindValue(where.values.size() + 1, offset);
    QVector<PaperRecord> rows;
    if (!q.exec()) {
        m_lastError = q.lastError().text();
        return rows;
    }
    rows.reserve(limit > 0 ? qMin(limit, 4096) : 0);
    while (q.next())
        rows.append(PaperRows::rowToPaper(q));
    return rows;
}

QVector<qint64> PaperStore::paperIds(const PaperFilter &filter, PaperSort sort, Qt::SortOrder order) const
{
    QVector<qint64> indexed;
    if (m_index && m_index->orderedIds(filter, sort, order, 0, -1, &indexed))
        return indexed;
    const FilterSql where = FilterSql::build(filter);
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT p.id FROM papers p WHERE %1%2").arg(where.where, orderBy(sort, order)));
    bindAll(q, where.values);
    QVector<qint64> ids;
    if (!q.exec()) {
        m_lastError = q.lastError().text();
        return ids;
    }
    while (q.next())
        ids.append(q.value(0).toLongLong());
    return ids;
}

QVector<PaperRecord> PaperStore::papersByIds(const QVector<qint64> &ids) const
{
    const PaperRows rows(m_db);
    QVector<PaperRecord> found = rows.byIds(ids);
    if (!rows.error().isEmpty())
        m_lastError = rows.error();
    return found;
}

int PaperStore::paperCount(const PaperFilter &filter) const
{
    int indexed = 0;
    if (m_index && m_index->count(filter, &indexed))
        return indexed;
    const FilterSql where = FilterSql::build(filter);
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT COUNT(*) FROM papers p WHERE %1").arg(where.where));
    bindAll(q, where.values);
    if (!q.exec() || !q.next()) {
        m_lastError = q.lastError().text();
        return 0;
    }
    return q.value(0).toInt();
}

PaperRecord PaperStore::paper(qint64 id) const
{
    QVector<PaperRecord> found = papersByIds({id});
    if (found.isEmpty())
        return PaperRecord();
    fillProfiles(found);
    return found.first();
}

void PaperStore::fillProfiles(QVector<PaperRecord> &papers) const
{
    const PaperRows rows(m_db);
    rows.fillProfiles(papers);
    if (!rows.error().isEmpty())
        m_lastError = rows.error();
}

QVector<FacetCount> PaperStore::facetCounts(Facet facet, const PaperFilter &filter, bool excludeOwnFacet) const
{
    QVector<FacetCount> indexed;
    if (m_index && m_index->facetCounts(facet, filter, excludeOwnFacet, &indexed))
        return indexed;
    FilterSql::Skip skip = FilterSql::Skip::Nothing;
    QString sql;
    switch (facet) {
    case Facet::Category:
        skip = FilterSql::Skip::Categories;
        sql = QStringLiteral("SELECT p.category, COUNT(*) FROM papers p WHERE %1"
                             " GROUP BY p.category ORDER BY 2 DESC, 1");
        break;
    case Facet::Year:
        skip = FilterSql::Skip::Years;
        sql = QStringLiteral("SELECT p.year, COUNT(*) FROM papers p WHERE %1 AND p.year IS NOT NULL"
                             " GROUP BY p.year ORDER BY 1");
        break;
    case Facet::Affiliation:
        skip = FilterSql::Skip::Affiliations;
        sql = QStringLiteral("SELECT a.slug, COUNT(*) FROM paper_affiliations pa"
                             " JOIN affiliations a ON a.id = pa.affiliation_id"
                             " JOIN papers p ON p.id = pa.paper_id WHERE %1"
                             " GROUP BY a.id ORDER BY 2 DESC, 1");
        break;
    case Facet::Profile:
        skip = FilterSql::Skip::Profiles;
        sql = QStringLiteral("SELECT pr.name, COUNT(*) FROM profile_papers pp"
                             " JOIN profiles pr ON pr.id = pp.profile_id"
                             " JOIN papers p ON p.id = pp.paper_id WHERE %1"
                             " GROUP BY pr.id ORDER BY 1");
        break;
    }
    const FilterSql where = FilterSql::build(filter, excludeOwnFacet ? skip : FilterSql::Skip::Nothing);
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(sql.arg(where.where));
    bindAll(q, where.values);
    QVector<FacetCount> counts;
    if (!q.exec()) {
        m_lastError = q.lastError().text();
        return counts;
    }
    while (q.next())
        counts.append({q.value(0).toString(), q.value(1).toInt()});
    return counts;
}

QVector<YearCount> PaperStore::yearCategoryCounts(const PaperFilter &filter) const
{
    QVector<YearCount> indexed;
    if (m_index && m_index->yearCategoryCounts(filter, &indexed))
        return indexed;
    return StoreCounts(m_db).yearCategory(filter, &m_lastError);
}

QVector<YearCount> PaperStore::profileYearCounts(const PaperFilter &filter, const QStringList &profiles) const
{
    QVector<YearCount> indexed;
    if (m_index && m_index->profileYearCounts(filter, profiles, &indexed))
        return indexed;
    return StoreCounts(m_db).profileYear(filter, profiles, &m_lastError);
}

QVector<FacetCount> PaperStore::bibFacetCounts(BibFacet facet, const PaperFilter &filter, bool excludeOwnFacet) const
{
    QVector<FacetCount> indexed;
    if (m_index && m_index->bibFacetCounts(facet, filter, excludeOwnFacet, &indexed))
        return indexed;
    return StoreCounts(m_db).bibFacet(facet, filter, excludeOwnFacet, &m_lastError);
}

QVector<ProfileRecord> PaperStore::profiles() const
{
    const PaperRows rows(m_db);
    QVector<ProfileRecord> found = rows.profiles();
    if (!rows.error().isEmpty())
        m_lastError = rows.error();
    return found;
}
