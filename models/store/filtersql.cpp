#include "filtersql.h"

#include "organisefiltersql.h"
#include "sqlplaceholders.h"
#include "textfold.h"

#include <QRegularExpression>
#include <QStringList>

QString FilterSql::placeholders(int n)
{
    return sqlPlaceholders(n);
}

QString FilterSql::caseless(const QString &column, Dialect dialect)
{
    return dialect == Dialect::Sqlite ? column : QStringLiteral("lower(%1)").arg(column);
}

QString FilterSql::caselessPlaceholders(int n, Dialect dialect)
{
    if (dialect == Dialect::Sqlite)
        return placeholders(n);
    QStringList marks;
    for (int i = 0; i < n; ++i)
        marks << QStringLiteral("lower(?)");
    return marks.join(QLatin1Char(','));
}

QString FilterSql::orderBy(PaperSort sort, Qt::SortOrder order, Dialect dialect)
{
    const QString nocase = dialect == Dialect::Sqlite ? QStringLiteral("%1 COLLATE NOCASE") : QStringLiteral("lower(%1)");
    const QString dir = order == Qt::AscendingOrder ? QStringLiteral("ASC") : QStringLiteral("DESC");
    QString column;
    switch (sort) {
    case PaperSort::Title: column = nocase.arg(QStringLiteral("p.title")); break;
    case PaperSort::FirstAuthor: column = nocase.arg(QStringLiteral("p.first_author")); break;
    case PaperSort::Year: column = QStringLiteral("p.year"); break;
    case PaperSort::Category: column = QStringLiteral("p.category"); break;
    case PaperSort::Affiliations: column = nocase.arg(QStringLiteral("p.affiliations_text")); break;
    case PaperSort::Code: column = QStringLiteral("p.has_code"); break;
    case PaperSort::Date: column = QStringLiteral("p.date"); break;
    }
    return QStringLiteral(" ORDER BY %1 %2, p.id %2").arg(column, dir);
}

QString FilterSql::ftsQuery(const QString &text)
{
    // Words are runs of letters and digits; everything else (quotes, FTS5
    // operators, punctuation) separates them, so no user text can change the
    // shape of the query.
    static const QRegularExpression word(QStringLiteral("[\\w]+"),
                                         QRegularExpression::UseUnicodePropertiesOption);
    QStringList terms;
    auto it = word.globalMatch(text);
    while (it.hasNext()) {
        const QString w = it.next().captured(0);
        if (w == QStringLiteral("_"))
            continue;
        terms << QLatin1Char('"') + w + QStringLiteral("\"*");
    }
    return terms.join(QLatin1Char(' '));
}

QString FilterSql::tsQuery(const QString &text)
{
    QStringList terms;
    for (const QString &w : TextFold::searchText(text).split(QLatin1Char(' '), Qt::SkipEmptyParts))
        terms << w + QStringLiteral(":*");
    return terms.join(QStringLiteral(" & "));
}

FilterSql FilterSql::build(const PaperFilter &f, Skip skip, Dialect dialect)
{
    FilterSql out;
    QStringList parts;
    if (!f.categories.isEmpty() && skip != Skip::Categories) {
        parts << QStringLiteral("p.category IN (%1)").arg(placeholders(f.categories.size()));
        for (const QString &c : f.categories)
            out.values << c;
    }
    if (skip != Skip::Years) {
        if (f.yearFrom > 0) {
            parts << QStringLiteral("p.year >= ?");
            out.values << f.yearFrom;
        }
        if (f.yearTo > 0) {
            parts << QStringLiteral("p.year <= ?");
            out.values << f.yearTo;
        }
        if (!f.years.isEmpty()) {
            parts << QStringLiteral("p.year IN (%1)").arg(placeholders(f.years.size()));
            for (int y : f.years)
                out.values << y;
        }
    }
    if (!f.affiliations.isEmpty() && skip != Skip::Affiliations) {
        parts << QStringLiteral("p.id IN (SELECT pa.paper_id FROM paper_affiliations pa"
                                " JOIN affiliations a ON a.id = pa.affiliation_id"
                                " WHERE a.slug IN (%1))").arg(placeholders(f.affiliations.size()));
        for (const QString &a : f.affiliations)
            out.values << a;
    }
    if (!f.profiles.isEmpty() && skip != Skip::Profiles) {
        parts << QStringLiteral("p.id IN (SELECT pp.paper_id FROM profile_papers pp"
                                " JOIN profiles pr ON pr.id = pp.profile_id"
                                " WHERE pr.name IN (%1))").arg(placeholders(f.profiles.size()));
        for (const QString &name : f.profiles)
            out.values << name;
    }
    if (!f.entryTypes.isEmpty() && skip != Skip::EntryTypes) {
        parts << QStringLiteral("p.entry_type IN (%1)").arg(placeholders(f.entryTypes.size()));
        for (const QString &t : f.entryTypes)
            out.values << t;
    }
    if (!f.venues.isEmpty() && skip != Skip::Venues) { // papers_venue is NOCASE
        parts << QStringLiteral("%1 IN (%2)")
                     .arg(dialect == Dialect::Sqlite ? QStringLiteral("p.venue COLLATE NOCASE") : QStringLiteral("lower(p.venue)"),
                          caselessPlaceholders(int(f.venues.size()), dialect));
        for (const QString &v : f.venues)
            out.values << v;
    }
    const QString fts = dialect == Dialect::Sqlite ? ftsQuery(f.text) : tsQuery(f.text);
    if (!fts.isEmpty() && dialect == Dialect::Postgres) {
        parts << QStringLiteral("p.search @@ to_tsquery('simple', ?)");
        out.values << fts;
    } else if (!fts.isEmpty()) {
        parts << QStringLiteral("p.id IN (SELECT rowid FROM papers_fts WHERE papers_fts MATCH ?)");
        out.values << fts;
    }
    if (f.hasCodeOnly)
        parts << QStringLiteral("p.has_code = 1");
    if (f.hasArxivOnly)
        parts << QStringLiteral("p.arxiv_id IS NOT NULL");
    OrganiseFilterSql::append(f, &parts, &out.values, dialect == Dialect::Postgres);
    for (const QVariantMap &more : f.also) { // saved searches as further conditions
        const FilterSql sub = build(PaperFilter::fromVariantMap(more), Skip::Nothing, dialect);
        parts << QStringLiteral("p.id IN (SELECT p.id FROM papers p WHERE %1)").arg(sub.where);
        out.values += sub.values;
    }
    out.where = !parts.isEmpty()                ? parts.join(QStringLiteral(" AND "))
                : dialect == Dialect::Sqlite ? QStringLiteral("1")
                                             : QStringLiteral("true");
    return out;
}
