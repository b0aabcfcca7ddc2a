#include "pgbulkpapers.h"

#include "bibfieldstransaction.h"
#include "pgcopy.h"
#include "pgjsonrows.h"
#include "pgschemav3.h"
#include "sqltextlist.h"
#include "textfold.h"

#include <QSet>

#include <algorithm>

namespace {
// The papers' columns in the order of the COPY rows insert() writes.
const char *const paperColumns =
    "id, title, norm_title, date, year, category, has_code, abstract, citation_key, arxiv_id, doi, url, pdf_url,"
    " primary_class, authors_truncated, first_author, authors_text, affiliations_text, entry_type, venue,"
    " bib_fields, search";

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
// planner guesses 100 rows for json_array_elements_text and would hash a
// scan of every author.
PgBulkPapers::PgBulkPapers(QSqlDatabase db)
    : m_db(db),
      m_reserveIds(db, QStringLiteral("SELECT nextval(pg_get_serial_sequence('papers', 'id')) FROM generate_series(1, ?)")),
      m_parsedVectors(db, QStringLiteral("UPDATE papers SET search = %1 FROM json_to_recordset(?::json) AS x(id bigint, s text)"
                                         " WHERE papers.id = x.id")
                              .arg(PgSchemaV3::searchVector(QStringLiteral("x.s")))),
      m_authors(db, QStringLiteral("INSERT INTO authors (name) SELECT value FROM json_array_elements_text(?::json)"
                                   " WITH ORDINALITY AS t(value, o) ORDER BY o ON CONFLICT (name) DO NOTHING")),
      m_authorIds(db, QStringLiteral("SELECT (SELECT id FROM authors WHERE name = x.value)"
                                     " FROM json_array_elements_text(?::json) WITH ORDINALITY AS x(value, o) ORDER BY x.o")),
      m_affiliations(db, QStringLiteral("INSERT INTO affiliations (slug) SELECT value FROM json_array_elements_text(?::json)"
                                        " WITH ORDINALITY AS t(value, o) ORDER BY o ON CONFLICT (slug) DO NOTHING")),
      m_affiliationIds(db, QStringLiteral("SELECT (SELECT id FROM affiliations WHERE slug = x.value)"
                                          " FROM json_array_elements_text(?::json) WITH ORDINALITY AS x(value, o) ORDER BY x.o")),
      m_paperAffiliations(db, QStringLiteral("INSERT INTO paper_affiliations (paper_id, affiliation_id)"
                                             " SELECT x.p, (SELECT id FROM affiliations WHERE slug = x.s)"
                                             " FROM json_to_recordset(?::json) AS x(i int, p bigint, s text) ORDER BY x.i"
                                             " ON CONFLICT DO NOTHING RETURNING paper_id"))
{
}

// Names in their first order, once each, those already stored left; then
// every name's id into *ids.
bool PgBulkPapers::storeNames(PgStatement &store, PgStatement &ask, const QStringList &names,
                              QHash<QString, qint64> *ids, QString *error)
{
    if (names.isEmpty())
        return true;
    const QString list = sqlTextList(names);
    if (!store.exec({list}, error) || !ask.exec({list}, error))
        return false;
    for (const QString &name : names) {
        if (!ask.query().next()) {
            *error = QStringLiteral("no id for %1").arg(name);
            return false;
        }
        ids->insert(name, ask.query().value(0).toLongLong());
    }
    ask.query().finish();
    return true;
}

// New ids from the papers' sequence, in the papers' order (as an insert of
// them one after the other would take them).
bool PgBulkPapers::reserveIds(QVector<NewPaper> &papers, QString *error)
{
    if (!m_reserveIds.exec({int(papers.size())}, error))
        return false;
    QVector<qint64> ids;
    ids.reserve(papers.size());
    while (m_reserveIds.query().next())
        ids << m_reserveIds.query().value(0).toLongLong();
    m_reserveIds.query().finish();
    if (ids.size() != papers.size()) {
        *error = QStringLiteral("the papers' sequence gave %1 ids for %2 papers").arg(ids.size()).arg(papers.size());
        return false;
    }
    std::sort(ids.begin(), ids.end());
    for (int i = 0; i < papers.size(); ++i)
        papers[i].id = ids.at(i);
    return true;
}

// The papers by COPY, each with its id (given, or reserved here): their
// search vectors written as tsvector text, except a text with a word too
// long for a lexeme, whose vector the server makes afterwards as it always
// did (PgSchemaV3::searchVector). Then their authors' and affiliations'
// names and the link rows, by COPY too.
bool PgBulkPapers::insert(QVector<NewPaper> &papers, QString *error)
{
    if (papers.isEmpty())
        return true;
    if (papers.first().id == 0 && !reserveIds(papers, error))
        return false;
    PgCopy copy(m_db);
    if (!copy.begin("papers", paperColumns, error))
        return false;
    PgCopyRows &rows = copy.rows();
    PgJsonRows parsed; // (id, folded text) of the vectors the server makes
    QStringList authors, slugs;
    QSet<QString> seenAuthors, seenSlugs;
    QVector<QStringList> affiliationsOf;
    affiliationsOf.reserve(papers.size());
    QByteArray vector;
    for (const NewPaper &n : std::as_const(papers)) {
        const PaperRecord &p = *n.paper;
        rows.add(n.id);
        rows.add(p.title);
        rows.add(n.norm);
        if (p.date.isValid()) {
            rows.add(p.date.toString(QStringLiteral("yyyy-MM-dd")));
            rows.add(p.date.year());
        } else {
            rows.addNull();
            rows.addNull();
        }
        rows.add(p.category);
        rows.add(p.hasCode ? 1 : 0);
        rows.add(p.abstract);
        rows.add(n.key);
        rows.addOrNull(p.arxivId);
        rows.addOrNull(p.doi);
        rows.addOrNull(p.url);
        rows.addOrNull(p.pdfUrl);
        rows.addOrNull(p.primaryClass);
        rows.add(p.authorsTruncated ? 1 : 0);
        rows.add(p.authors.value(0));
        rows.add(p.authors.join(QStringLiteral(", ")));
        affiliationsOf << sortedUnique(p.affiliations);
        rows.add(affiliationsOf.constLast().join(QStringLiteral(", ")));
        rows.add(p.entryType);
        rows.add(p.venue);
        if (!p.entryType.isEmpty())
            rows.add(BibFieldsTransaction::fieldsJson(p.bibFields));
        else
            rows.addNull();
        const QString text = searchTextOf(p);
        if (PgSchemaV3::searchVectorText(text, &vector)) {
            rows.addUtf8(vector);
        } else {
            rows.addNull();
            parsed.beginRow();
            parsed.add("id", n.id);
            parsed.add("s", text);
            parsed.endRow();
        }
        rows.endRow();
        copy.sendFull();
        for (const QString &a : p.authors) {
            if (!seenAuthors.contains(a)) {
                seenAuthors.insert(a);
                authors << a;
            }
        }
        for (const QString &slug : affiliationsOf.constLast()) {
            if (!seenSlugs.contains(slug)) {
                seenSlugs.insert(slug);
                slugs << slug;
            }
        }
    }
    if (!copy.end(error) || (parsed.rows() > 0 && !m_parsedVectors.exec({parsed.text()}, error)))
        return false;
    QHash<QString, qint64> authorIds, slugIds;
    if (!storeNames(m_authors, m_authorIds, authors, &authorIds, error)
        || !storeNames(m_affiliations, m_affiliationIds, slugs, &slugIds, error))
        return false;
    PgCopyRows paperAuthors, paperAffiliations;
    for (int i = 0; i < papers.size(); ++i) {
        const NewPaper &n = papers.at(i);
        for (int a = 0; a < n.paper->authors.size(); ++a) {
            paperAuthors.add(n.id);
            paperAuthors.add(a);
            paperAuthors.add(authorIds.value(n.paper->authors.at(a)));
            paperAuthors.endRow();
        }
        for (const QString &slug : affiliationsOf.at(i)) {
            paperAffiliations.add(n.id);
            paperAffiliations.add(slugIds.value(slug));
            paperAffiliations.endRow();
        }
    }
    return PgCopy::run(m_db, "paper_authors", "paper_id, position, author_id", paperAuthors, error)
           && PgCopy::run(m_db, "paper_affiliations", "paper_id, affiliation_id", paperAffiliations, error);
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
    if (!m_affiliations.exec({sqlTextList(slugs)}, error) || !m_paperAffiliations.exec({rows.text()}, error))
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
