#include "organisecounts.h"

#include "filtersql.h"
#include "organisefiltersql.h"
#include "paperstore.h"
#include "pgpaperstore.h"
#include "storeindex.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <algorithm>

OrganiseCounts::OrganiseCounts(const AbstractPaperStore &store)
{
    if (const auto *local = dynamic_cast<const PaperStore *>(&store)) {
        m_db = QSqlDatabase::database(local->connectionName(), false);
        m_index = local->index();
    } else if (const auto *shared = dynamic_cast<const PgPaperStore *>(&store)) {
        m_db = shared->database();
        m_dialect = FilterSql::Dialect::Postgres;
    }
}

QVector<FacetCount> OrganiseCounts::counts(OrganiseFacet facet, const PaperFilter &filter, bool excludeOwnFacet) const
{
    QVector<FacetCount> fromIndex;
    if (m_index && m_index->organiseCounts(facet, filter, excludeOwnFacet, &fromIndex))
        return fromIndex;
    PaperFilter f = filter;
    QString sql;
    switch (facet) {
    case OrganiseFacet::Tag:
        if (excludeOwnFacet)
            f.tags.clear();
        sql = QStringLiteral("SELECT t.name, COUNT(*) FROM paper_tags pt JOIN tags t ON t.id = pt.tag_id"
                             " JOIN papers p ON p.norm_title = pt.norm_title WHERE %1"
                             " GROUP BY t.id, t.name");
        break;
    case OrganiseFacet::State:
        if (excludeOwnFacet)
            f.states.clear();
        sql = QStringLiteral("SELECT COALESCE(m.state, 0), COUNT(*) FROM papers p"
                             " LEFT JOIN paper_marks m ON m.norm_title = p.norm_title WHERE %1 GROUP BY 1");
        break;
    case OrganiseFacet::Starred:
        if (excludeOwnFacet)
            f.starredOnly = false;
        sql = QStringLiteral("SELECT 'starred', COUNT(*) FROM papers p WHERE %1"
                             " AND p.norm_title IN (SELECT norm_title FROM paper_marks WHERE starred = 1)");
        break;
    }
    const FilterSql where = FilterSql::build(f, FilterSql::Skip::Nothing, m_dialect);
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(sql.arg(where.where));
    for (int i = 0; i < where.values.size(); ++i)
        q.bindValue(i, where.values.at(i));
    QVector<FacetCount> rows;
    if (!q.exec()) {
        m_error = q.lastError().text();
        return rows;
    }
    if (facet == OrganiseFacet::State) {
        int byState[3] = {0, 0, 0};
        while (q.next()) {
            const int state = q.value(0).toInt();
            if (state >= 0 && state < 3)
                byState[state] += q.value(1).toInt();
        }
        for (int s = 0; s < 3; ++s)
            rows.append({OrganiseFilterSql::stateName(s), byState[s]});
        return rows;
    }
    while (q.next())
        rows.append({q.value(0).toString(), q.value(1).toInt()});
    // Most first, then by name ignoring case: the same on every backend.
    std::sort(rows.begin(), rows.end(), [](const FacetCount &a, const FacetCount &b) {
        if (a.count != b.count)
            return a.count > b.count;
        const int c = a.value.compare(b.value, Qt::CaseInsensitive);
        return c != 0 ? c < 0 : a.value < b.value;
    });
    return rows;
}
