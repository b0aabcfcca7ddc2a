#include "pgbulkpapers.h"

#include "bibfieldstransaction.h"
#include "pgjsonrows.h"
#include "pgschemav3.h"
#include "sqltextlist.h"
#include "textfold.h"

#include <QSet>

namespace {
// The papers' columns, the short key of each in the JSON rows, and its type.
struct Column
{
    const char *name;
    const char *key;
    const char *type;
};
const Column columns[] = {
    {"title", "t", "text"},           {"norm_title", "n", "text"},       {"date", "d", "text"},
    {"year", "y", "int"},             {"category", "c", "text"},         {"has_code", "h", "int"},
    {"abstract", "ab", "text"},       {"citation_key", "k", "text"},     {"arxiv_id", "ax", "text"},
    {"doi", "doi", "text"},           {"url", "u", "text"},              {"pdf_url", "pu", "text"},
    {"primary_class", "pc", "text"},  {"authors_truncated", "at", "int"}, {"first_author", "fa", "text"},
    {"authors_text", "au", "text"},   {"affiliations_text", "af", "text"}, {"entry_type", "e", "text"},
    {"venue", "v", "text"},           {"bib_fields", "bf", "text"},      {"search", "s", "text"},
};

QString insertSql(bool withIds)
{
    QStringList names, values, types;
    for (const Column &c : columns) {
        names << QLatin1String(c.name);
        const QString value = QStringLiteral("x.") + QLatin1String(c.key);
        // The folded text becomes the search vector; it is not stored itself.
        values << (qstrcmp(c.name, "search") == 0 ? PgSchemaV3::searchVector(value) : value);
        types << QLatin1String(c.key) + QLatin1Char(' ') + QLatin1String(c.type);
    }
    if (withIds) {
        names.prepend(QStringLiteral("id"));
        values.prepend(QStringLiteral("x.id"));
        types << QStringLiteral("id bigint");
    }
    return QStringLiteral("INSERT INTO papers (%1)%2 SELECT %3 FROM json_to_recordset(?::json) AS x(i int, %4)"
                          " ORDER BY x.i RETURNING id, norm_title")
        .arg(names.join(QStringLiteral(", ")),
             withIds ? QStringLiteral(" OVERRIDING SYSTEM VALUE") : QString(),
             values.join(QStringLiteral(", ")), types.join(QStringLiteral(", ")));
}

QString searchTextOf(const PaperRecord &paper)
{
    return TextFold::searchText(paper.title + QLatin1Char(' ') + paper.authors.join(QLatin1Char(' '))
                                + QLatin1Char(' ') + paper.abstract);
}

QStringList sortedUnique(const QStringList &values)
{
    QStringList out;
    for (const QString &v : values) {
        if (!out.contains(v))
            out << v;
    }
    out.sort();
    return out;
}
} // namespace

// Ids of names by a look-up per row (an index probe), not a join: the
// planner guesses 100 rows for json_to_recordset and would hash a scan of
// every author.
PgBulkPapers::PgBulkPapers(QSqlDatabase db)
    : m_papers(db, insertSql(false)), m_papersWithIds(db, insertSql(true)),
      m_authors(db, QStringLiteral("INSERT INTO authors (name) SELECT value FROM json_array_elements_text(?::json)"
                                   " WITH ORDINALITY AS t(value, o) ORDER BY o ON CONFLICT (name) DO NOTHING")),
      m_paperAuthors(db, QStringLiteral("INSERT INTO paper_authors (paper_id, position, author_id)"
                                        " SELECT x.p, x.n, (SELECT id FROM authors WHERE name = x.a)"
                                        " FROM json_to_recordset(?::json) AS x(p bigint, n int, a text)")),
      m_affiliations(db, QStringLiteral("INSERT INTO affiliations (slug) SELECT value FROM json_array_elements_text(?::json)"
                                        " WITH ORDINALITY AS t(value, o) ORDER BY o ON CONFLICT (slug) DO NOTHING")),
      m_paperAffiliations(db, QStringLiteral("INSERT INTO paper_affiliations (paper_id, affiliation_id)"
                                             " SELECT x.p, (SELECT id FROM affiliations WHERE slug = x.s)"
                                             " FROM json_to_recordset(?::json) AS x(i int, p bigint, s text) ORDER BY x.i"
                                             " ON CONFLICT DO NOTHING RETURNING paper_id"))
{
}

// Names in their first order, once each; those already stored are left.
bool PgBulkPapers::storeNames(PgStatement &statement, const QStringList &names, QString *error)
{
    return names.isEmpty() || statement.exec({sqlTextList(names)}, error);
}

bool PgBulkPapers::insert(QVector<NewPaper> &papers, QString *error)
{
    if (papers.isEmpty())
        return true;
    const bool withIds = papers.first().id != 0;
    PgJsonRows rows;
    QStringList authors;
    QSet<QString> seenAuthors;
    for (int i = 0; i < papers.size(); ++i) {
        const PaperRecord &p = *papers.at(i).paper;
        const bool entry = !p.entryType.isEmpty();
        rows.beginRow();
        rows.add("i", i);
        rows.add("t", p.title);
        rows.add("n", papers.at(i).norm);
        if (p.date.isValid()) {
            rows.add("d", p.date.toString(QStringLiteral("yyyy-MM-dd")));
            rows.add("y", p.date.year());
        } else {
            rows.addNull("d");
            rows.addNull("y");
        }
        rows.add("c", p.category);
        rows.add("h", p.hasCode ? 1 : 0);
        rows.add("ab", p.abstract);
        rows.add("k", papers.at(i).key);
        rows.addOrNull("ax", p.arxivId);
        rows.addOrNull("doi", p.doi);
        rows.addOrNull("u", p.url);
        rows.addOrNull("pu", p.pdfUrl);
        rows.addOrNull("pc", p.primaryClass);
        rows.add("at", p.authorsTruncated ? 1 : 0);
        rows.add("fa", p.authors.value(0));
        rows.add("au", p.authors.join(QStringLiteral(", ")));
        rows.add("af", sortedUnique(p.affiliations).join(QStringLiteral(", ")));
        rows.add("e", p.entryType);
        rows.add("v", p.venue);
        if (entry)
            rows.add("bf", BibFieldsTransaction::fieldsJson(p.bibFields));
        else
            rows.addNull("bf");
        rows.add("s", searchTextOf(p));
        if (withIds)
            rows.add("id", papers.at(i).id);
        rows.endRow();
        for (const QString &a : p.authors) {
            if (!seenAuthors.contains(a)) {
                seenAuthors.insert(a);
                authors << a;
            }
        }
    }
    PgStatement &insert = withIds ? m_papersWithIds : m_papers;
    if (!insert.exec({rows.text()}, error))
        return false;
    QHash<QString, qint64> ids;
    while (insert.query().next())
        ids.insert(insert.query().value(1).toString(), insert.query().value(0).toLongLong());
    insert.query().finish();
    PgJsonRows paperAuthors;
    QVector<QPair<qint64, QString>> affiliations;
    for (NewPaper &n : papers) {
        n.id = ids.value(n.norm);
        const PaperRecord &p = *n.paper;
        for (int i = 0; i < p.authors.size(); ++i) {
            paperAuthors.beginRow();
            paperAuthors.add("p", n.id);
            paperAuthors.add("n", i);
            paperAuthors.add("a", p.authors.at(i));
            paperAuthors.endRow();
        }
        for (const QString &slug : sortedUnique(p.affiliations))
            affiliations.append({n.id, slug});
    }
    if (!storeNames(m_authors, authors, error))
        return false;
    if (paperAuthors.rows() > 0 && !m_paperAuthors.exec({paperAuthors.text()}, error))
        return false;
    QVector<qint64> changed;
    int added = 0;
    return linkAffiliations(affiliations, &changed, &added, error);
}

bool PgBulkPapers::linkAffiliations(const QVector<QPair<qint64, QString>> &pairs, QVector<qint64> *changed, int *added,
                                    QString *error)
{
    if (pairs.isEmpty())
        return true;
    QStringList slugs;
    QSet<QString> seen;
    PgJsonRows rows;
    for (int i = 0; i < pairs.size(); ++i) {
        const QString &slug = pairs.at(i).second;
        if (!seen.contains(slug)) {
            seen.insert(slug);
            slugs << slug;
        }
        rows.beginRow();
        rows.add("i", i);
        rows.add("p", pairs.at(i).first);
        rows.add("s", slug);
        rows.endRow();
    }
    if (!storeNames(m_affiliations, slugs, error) || !m_paperAffiliations.exec({rows.text()}, error))
        return false;
    QSet<qint64> papers;
    while (m_paperAffiliations.query().next()) {
        const qint64 id = m_paperAffiliations.query().value(0).toLongLong();
        ++*added;
        if (!papers.contains(id)) {
            papers.insert(id);
            changed->append(id);
        }
    }
    m_paperAffiliations.query().finish();
    return true;
}
