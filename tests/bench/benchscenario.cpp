#include "benchscenario.h"

#include "benchvocabulary.h"
#include "papertablemodel.h"

namespace {

FloorCondition category()
{
    return {QStringLiteral("category = ?"), {BenchVocabulary::categories().first()}, int(Facet::Category)};
}

FloorCondition years()
{
    return {QStringLiteral("year BETWEEN ? AND ?"), {2019, 2021}, int(Facet::Year)};
}

FloorCondition affiliation()
{
    return {QStringLiteral("id IN (SELECT paper_id FROM paper_affiliations"
                           " WHERE affiliation_id = (SELECT id FROM affiliations WHERE slug = ?))"),
            {BenchVocabulary::affiliations().first()}, int(Facet::Affiliation)};
}

FloorCondition text(const QString &term)
{
    return {QStringLiteral("id IN (SELECT rowid FROM papers_fts WHERE papers_fts MATCH ?)"),
            {QStringLiteral("\"%1\"*").arg(term)}, -1};
}

} // namespace

namespace BenchScenario {

QVector<FilterCase> filters()
{
    QVector<FilterCase> cases;
    FilterCase c;
    c.key = QStringLiteral("category");
    c.label = QStringLiteral("category %1").arg(BenchVocabulary::categories().first());
    c.filter.categories = QStringList{BenchVocabulary::categories().first()};
    c.floor = {category()};
    cases << c;

    c = FilterCase();
    c.key = QStringLiteral("years");
    c.label = QStringLiteral("years 2019-2021");
    c.filter.yearFrom = 2019;
    c.filter.yearTo = 2021;
    c.floor = {years()};
    cases << c;

    c = FilterCase();
    c.key = QStringLiteral("affiliation");
    c.label = QStringLiteral("affiliation %1").arg(BenchVocabulary::affiliations().first());
    c.filter.affiliations = QStringList{BenchVocabulary::affiliations().first()};
    c.floor = {affiliation()};
    cases << c;

    const QString terms[3][2] = {{QStringLiteral("rare"), BenchVocabulary::rareTerm()},
                                 {QStringLiteral("common"), BenchVocabulary::commonTerm()},
                                 {QStringLiteral("prefix"), BenchVocabulary::prefixTerm()}};
    for (const auto &term : terms) {
        c = FilterCase();
        c.key = QStringLiteral("search.") + term[0];
        c.label = QStringLiteral("search %1 '%2'").arg(term[0], term[1]);
        c.filter.text = term[1];
        c.floor = {text(term[1])};
        cases << c;
    }
    return cases;
}

QVector<SortCase> sorts()
{
    const struct
    {
        const char *key;
        const char *label;
        int column;
        const char *orderBy;
    } columns[] = {
        {"title", "title", PaperTableModel::TitleColumn, "title COLLATE NOCASE, id"},
        {"author", "first author", PaperTableModel::FirstAuthorColumn, "first_author COLLATE NOCASE, id"},
        {"year", "year (oldest first)", PaperTableModel::YearColumn, "date, id"},
        {"category", "category", PaperTableModel::CategoryColumn, "category, id"},
        {"affiliations", "affiliations", PaperTableModel::AffiliationsColumn, "affiliations_text COLLATE NOCASE, id"},
        {"code", "code", PaperTableModel::CodeColumn, "has_code, id"},
    };
    QVector<SortCase> cases;
    for (const auto &col : columns) {
        SortCase s;
        s.key = QStringLiteral("sort.") + QLatin1String(col.key);
        s.label = QStringLiteral("sort by ") + QLatin1String(col.label);
        s.column = col.column;
        s.floorOrderBy = QLatin1String(col.orderBy);
        cases << s;
    }
    SortCase s;
    s.key = QStringLiteral("sort.title-in-category");
    s.label = QStringLiteral("sort by title, category %1").arg(BenchVocabulary::categories().first());
    s.column = PaperTableModel::TitleColumn;
    s.filter.categories = QStringList{BenchVocabulary::categories().first()};
    s.floorOrderBy = QStringLiteral("title COLLATE NOCASE, id");
    s.floor = {category()};
    cases << s;
    return cases;
}

QString floorColumns()
{
    return QStringLiteral("id, title, date, category, has_code, abstract, citation_key, arxiv_id, doi, url,"
                          " authors_truncated, authors_text, affiliations_text");
}

QString floorWhere(const QVector<FloorCondition> &conditions, int skipFacet, QVariantList *values)
{
    QStringList parts;
    for (const FloorCondition &c : conditions) {
        if (c.facet >= 0 && c.facet == skipFacet)
            continue;
        parts << c.sql;
        *values << c.values;
    }
    return parts.join(QStringLiteral(" AND "));
}

QString floorFacetSql(Facet facet, const QVector<FloorCondition> &conditions, QVariantList *values)
{
    const QString where = floorWhere(conditions, int(facet), values);
    const QString inPapers = where.isEmpty() ? QString()
                                             : QStringLiteral(" WHERE paper_id IN (SELECT id FROM papers WHERE %1)").arg(where);
    switch (facet) {
    case Facet::Category:
        return QStringLiteral("SELECT category, COUNT(*) FROM papers%1 GROUP BY category")
            .arg(where.isEmpty() ? QString() : QStringLiteral(" WHERE ") + where);
    case Facet::Year:
        return QStringLiteral("SELECT year, COUNT(*) FROM papers%1 GROUP BY year")
            .arg(where.isEmpty() ? QString() : QStringLiteral(" WHERE ") + where);
    case Facet::Affiliation:
        return QStringLiteral("SELECT affiliation_id, COUNT(*) FROM paper_affiliations%1 GROUP BY affiliation_id").arg(inPapers);
    case Facet::Profile:
        return QStringLiteral("SELECT profile_id, COUNT(*) FROM profile_papers%1 GROUP BY profile_id").arg(inPapers);
    }
    return QString();
}

} // namespace BenchScenario
