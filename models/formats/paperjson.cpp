#include "paperjson.h"

#include <QJsonArray>

namespace PaperJson {

namespace {
QJsonObject counts(const QVector<FacetCount> &values)
{
    QJsonObject o;
    for (const FacetCount &c : values)
        o.insert(c.value, c.count);
    return o;
}
} // namespace

QJsonObject paper(const PaperRecord &p)
{
    QJsonObject o;
    o.insert(QStringLiteral("title"), p.title);
    o.insert(QStringLiteral("date"), p.date.isValid() ? QJsonValue(p.date.toString(Qt::ISODate)) : QJsonValue());
    o.insert(QStringLiteral("year"), p.date.isValid() ? QJsonValue(p.date.year()) : QJsonValue());
    o.insert(QStringLiteral("category"), p.category);
    o.insert(QStringLiteral("has_code"), p.hasCode);
    o.insert(QStringLiteral("authors"), QJsonArray::fromStringList(p.authors));
    o.insert(QStringLiteral("authors_truncated"), p.authorsTruncated);
    o.insert(QStringLiteral("affiliations"), QJsonArray::fromStringList(p.affiliations));
    o.insert(QStringLiteral("citation_key"), p.citationKey);
    o.insert(QStringLiteral("abstract"), p.abstract);
    o.insert(QStringLiteral("profiles"), QJsonArray::fromStringList(p.profiles));
    o.insert(QStringLiteral("arxiv_id"), p.arxivId.isEmpty() ? QJsonValue() : QJsonValue(p.arxivId));
    o.insert(QStringLiteral("doi"), p.doi.isEmpty() ? QJsonValue() : QJsonValue(p.doi));
    o.insert(QStringLiteral("url"), p.url.isEmpty() ? QJsonValue() : QJsonValue(p.url));
    o.insert(QStringLiteral("pdf_url"), p.pdfUrl.isEmpty() ? QJsonValue() : QJsonValue(p.pdfUrl));
    o.insert(QStringLiteral("primary_class"), p.primaryClass.isEmpty() ? QJsonValue() : QJsonValue(p.primaryClass));
    o.insert(QStringLiteral("entry_type"), p.entryType.isEmpty() ? QJsonValue() : QJsonValue(p.entryType));
    o.insert(QStringLiteral("venue"), p.venue.isEmpty() ? QJsonValue() : QJsonValue(p.venue));
    QJsonObject fields; // every .bib field's value as kept (macros expanded, LaTeX kept)
    for (const auto &f : p.bibFields)
        fields.insert(f.first, f.second);
    o.insert(QStringLiteral("fields"), fields);
    return o;
}

QJsonObject stats(int papers, const QVector<FacetCount> &byYear, const QVector<FacetCount> &byCategory,
                  const QVector<FacetCount> &byAffiliation)
{
    QJsonObject o;
    o.insert(QStringLiteral("papers"), papers);
    o.insert(QStringLiteral("by_year"), counts(byYear));
    o.insert(QStringLiteral("by_category"), counts(byCategory));
    o.insert(QStringLiteral("by_affiliation"), counts(byAffiliation));
    return o;
}

void addBibStats(QJsonObject *stats, const QVector<FacetCount> &byType, const QVector<FacetCount> &byVenue)
{
    stats->insert(QStringLiteral("by_type"), counts(byType));
    stats->insert(QStringLiteral("by_venue"), counts(byVenue));
}

} // namespace PaperJson
