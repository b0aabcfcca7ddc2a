#include "filtersql.h"

#include "organisefiltersql.h"
#include "sqlplaceholders.h"

#include <QRegularExpression>
#include <QStringList>

QString FilterSql::placeholders(int n)
{
    return sqlPlaceholders(n);
}

QString FilterSql::orderBy(PaperSort sort, Qt::SortOrder order)
{
    const QString dir = order == Qt::AscendingOrder ? QStringLiteral("ASC") : QStringLiteral("DESC");
    QString column;
    switch (sort) {
    case PaperSort::Title: column = QStringLiteral("p.title COLLATE NOCASE"); break;
    case PaperSort::FirstAuthor: column = QStringLiteral("p.first_author COLLATE NOCASE"); break;
    case PaperSort::Year: column = QStringLiteral("p.year"); break;
    case PaperSort::Category: column = QStringLiteral("p.category"); break;
    case PaperSort::Affiliations: column = QStringLiteral("p.affiliations_text COLLATE NOCASE"); break;
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

FilterSql FilterSql::build(const PaperFilter &f, Skip skip)
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
        parts << QStringLiteral("p.venue COLLATE NOCASE IN (%1)").arg(placeholders(f.venues.size()));
        for (const QString &v : f.venues)
            out.values << v;
    }
    const QString fts = ftsQuery(f.text);
    if (!fts.isEmpty()) {
        parts << QStringLiteral("p.id IN (SELECT rowid FROM papers_fts WHERE papers_fts MATCH ?)");
        out.values << fts;
    }
    if (f.hasCodeOnly)
        parts << QStringLiteral("p.has_code = 1");
    if (f.hasArxivOnly)
        parts << QStringLiteral("p.arxiv_id IS NOT NULL");
    OrganiseFilterSql::append(f, &parts, &out.values);
    for (const QVariantMap &more : f.also) { // saved searches as further conditions
        const FilterSql sub = build(PaperFilter::fromVariantMap(more));
        parts << QStringLiteral("p.id IN (SELECT p.id FROM papers p WHERE %1)").arg(sub.where);
        out.values += sub.values;
    }
    out.where = parts.isEmpty() ? QStringLiteral("1") : parts.join(QStringLiteral(" AND "));
    return out;
}
