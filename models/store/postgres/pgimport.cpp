#include "pgimport.h"

#include "bibfieldstransaction.h"
#include "citationkey.h"
#include "pgsql.h"
#include "textfold.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QSqlQuery>

namespace {
QVariant score(int value)
{
    return value < 0 ? QVariant() : QVariant(value);
}

QString searchTextOf(const PaperRecord &paper)
{
    return TextFold::searchText(paper.title + QLatin1Char(' ') + paper.authors.join(QLatin1Char(' '))
                                + QLatin1Char(' ') + paper.abstract);
}
} // namespace

bool PgImport::exec(QSqlQuery &q, const QString &sql, const QVariantList &values)
{
    return PgSql::exec(q, sql, values, &m_error);
}

bool PgImport::run(const ProfileRecord &profile, ImportOutcome *outcome)
{
    for (const PaperRecord &paper : profile.papers) {
        if (TextFold::normalisedTitle(paper.title).isEmpty()) {
            m_error = QCoreApplication::translate("PgImport", "a paper without a title (line %1)").arg(paper.line);
            return false;
        }
    }
    qint64 profileId = 0;
    if (!upsertProfile(profile, outcome, &profileId))
        return false;
    QSqlQuery q(m_db);
    for (const QString &preamble : profile.bibPreambles) {
        if (!exec(q, QStringLiteral("INSERT INTO bib_preambles (value) VALUES (?) ON CONFLICT (value) DO NOTHING"),
                  {preamble}))
            return false;
    }
    for (const PaperRecord &paper : profile.papers) {
        const QString norm = TextFold::normalisedTitle(paper.title);
        if (!exec(q, QStringLiteral("SELECT id FROM papers WHERE norm_title = ?"), {norm}))
            return false;
        qint64 paperId = 0;
        if (q.next()) {
            paperId = q.value(0).toLongLong();
            ++outcome->papersKnown;
            if (!mergeKnown(paperId, paper, outcome))
                return false;
        } else {
            QString key;
            if (!uniqueKey(paper, &key) || !insertPaper(paper, norm, key, &paperId))
                return false;
            ++outcome->papersAdded;
        }
        if (profileId == 0)
            continue; // a .bib file's entries belong to no profile
        if (!exec(q, QStringLiteral("INSERT INTO profile_papers (profile_id, paper_id) VALUES (?, ?)"
                                    " ON CONFLICT DO NOTHING"),
                  {profileId, paperId}))
            return false;
        outcome->linksAdded += q.numRowsAffected() > 0 ? 1 : 0;
    }
    return true;
}

bool PgImport::upsertProfile(const ProfileRecord &p, ImportOutcome *outcome, qint64 *profileId)
{
    *profileId = 0;
    if (p.name.isEmpty())
        return true;
    const QString savedAt = p.savedAt.isValid() ? p.savedAt.toUTC().toString(Qt::ISODate) : QString();
    const QString now = QDateTime::currentDateTimeUtc().toString(Qt::ISODate);
    QSqlQuery q(m_db);
    if (!exec(q, QStringLiteral("SELECT id, saved_at, primary_category, h_index, paper_count, citations, novelty,"
                                " ai_score FROM profiles WHERE name = ?"),
              {p.name}))
        return false;
    if (!q.next()) {
        QSqlQuery insert(m_db);
        if (!exec(insert, QStringLiteral("INSERT INTO profiles (name, primary_category, h_index, paper_count, citations,"
                                         " novelty, ai_score, source_file, saved_at, imported_at)"
                                         " VALUES (?,?,?,?,?,?,?,?,?,?) RETURNING id"),
                  {p.name, p.primaryCategory, p.hIndex, p.paperCount, p.citations, score(p.novelty), score(p.aiScore),
                   p.sourceFile, PgSql::orNull(savedAt), now})
            || !insert.next())
            return false;
        *profileId = insert.value(0).toLongLong();
        outcome->profileAdded = true;
        return true;
    }
    *profileId = q.value(0).toLongLong();
    const QString storedSavedAt = q.value(1).toString();
    const auto sameScore = [](const QVariant &stored, int value) {
        return stored.isNull() ? value < 0 : value >= 0 && stored.toInt() == value;
    };
    const bool sameFigures = q.value(2).toString() == p.primaryCategory && q.value(3).toInt() == p.hIndex
                             && q.value(4).toInt() == p.paperCount && q.value(5).toInt() == p.citations
                             && sameScore(q.value(6), p.novelty) && sameScore(q.value(7), p.aiScore);
    const bool newer = storedSavedAt.isEmpty() || (!savedAt.isEmpty() && savedAt >= storedSavedAt);
    if (sameFigures || !newer)
        return true;
    QSqlQuery update(m_db);
    if (!exec(update, QStringLiteral("UPDATE profiles SET primary_category = ?, h_index = ?, paper_count = ?,"
                                     " citations = ?, novelty = ?, ai_score = ?, source_file = ?, saved_at = ?,"
                                     " imported_at = ? WHERE id = ?"),
              {p.primaryCategory, p.hIndex, p.paperCount, p.citations, score(p.novelty), score(p.aiScore), p.sourceFile,
               PgSql::orNull(savedAt), now, *profileId}))
        return false;
    outcome->profileUpdated = true;
    return true;
}

bool PgImport::mergeKnown(qint64 paperId, const PaperRecord &paper, ImportOutcome *outcome)
{
    QSqlQuery q(m_db);
    int added = 0;
    for (const QString &slug : paper.affiliations) {
        if (!exec(q, QStringLiteral("INSERT INTO affiliations (slug) VALUES (?) ON CONFLICT (slug) DO NOTHING"), {slug})
            || !exec(q, QStringLiteral("INSERT INTO paper_affiliations (paper_id, affiliation_id)"
                                       " SELECT ?, id FROM affiliations WHERE slug = ? ON CONFLICT DO NOTHING"),
                     {paperId, slug}))
            return false;
        added += q.numRowsAffected() > 0 ? 1 : 0;
    }
    if (added > 0) {
        outcome->affiliationsAdded += added;
        if (!exec(q, QStringLiteral("UPDATE papers SET affiliations_text = (SELECT string_agg(a.slug, ', ' ORDER BY"
                                    " a.slug) FROM paper_affiliations pa JOIN affiliations a ON a.id = pa.affiliation_id"
                                    " WHERE pa.paper_id = ?) WHERE id = ?"),
                  {paperId, paperId}))
            return false;
    }
    if (paper.hasCode && !exec(q, QStringLiteral("UPDATE papers SET has_code = 1 WHERE id = ? AND has_code = 0"), {paperId}))
        return false;
    if (paper.entryType.isEmpty())
        return true;
    // A .bib entry enriches a paper known from a profile; its own key is kept if free.
    bool taken = true;
    if (!paper.citationKey.isEmpty() && !keyTaken(paper.citationKey, &taken))
        return false;
    return exec(q, QStringLiteral("UPDATE papers SET entry_type = ?, venue = ?, bib_fields = ?,"
                                  " citation_key = COALESCE(?, citation_key), doi = COALESCE(doi, ?),"
                                  " arxiv_id = COALESCE(arxiv_id, ?) WHERE id = ? AND entry_type = ''"),
                {paper.entryType, paper.venue, BibFieldsTransaction::fieldsJson(paper.bibFields),
                 taken ? QVariant() : QVariant(paper.citationKey), PgSql::orNull(paper.doi),
                 PgSql::orNull(paper.arxivId), paperId});
}

bool PgImport::keyTaken(const QString &key, bool *taken)
{
    QSqlQuery q(m_db);
    if (!exec(q, QStringLiteral("SELECT 1 FROM papers WHERE citation_key = ?"), {key}))
        return false;
    *taken = q.next();
    return true;
}

bool PgImport::uniqueKey(const PaperRecord &paper, QString *key)
{
    bool taken = true;
    if (!paper.entryType.isEmpty() && !paper.citationKey.isEmpty()) {
        if (!keyTaken(paper.citationKey, &taken))
            return false;
        if (!taken) {
            *key = paper.citationKey;
            return true;
        }
    }
    const QString base = CitationKey::base(paper);
    for (int n = 0;; ++n) {
        const QString candidate = CitationKey::withSuffix(base, n);
        if (!keyTaken(candidate, &taken))
            return false;
        if (!taken) {
            *key = candidate;
            return true;
        }
    }
}

bool PgImport::insertPaper(const PaperRecord &paper, const QString &norm, const QString &key, qint64 *id)
{
    QStringList affiliations;
    for (const QString &a : paper.affiliations) {
        if (!affiliations.contains(a))
            affiliations << a;
    }
    affiliations.sort();
    const bool known = *id != 0;
    QSqlQuery q(m_db);
    const QString columns = QStringLiteral(
        "title, norm_title, date, year, category, has_code, abstract, citation_key, arxiv_id, doi, url, pdf_url,"
        " primary_class, authors_truncated, first_author, authors_text, affiliations_text, entry_type, venue,"
        " bib_fields, search_text");
    QVariantList values{paper.title, norm,
                        paper.date.isValid() ? QVariant(paper.date.toString(QStringLiteral("yyyy-MM-dd"))) : QVariant(),
                        paper.date.isValid() ? QVariant(paper.date.year()) : QVariant(), paper.category,
                        paper.hasCode ? 1 : 0, paper.abstract, key, PgSql::orNull(paper.arxivId),
                        PgSql::orNull(paper.doi), PgSql::orNull(paper.url), PgSql::orNull(paper.pdfUrl),
                        PgSql::orNull(paper.primaryClass), paper.authorsTruncated ? 1 : 0, paper.authors.value(0),
                        paper.authors.join(QStringLiteral(", ")), affiliations.join(QStringLiteral(", ")),
                        paper.entryType, paper.venue,
                        paper.entryType.isEmpty() ? QVariant() : QVariant(BibFieldsTransaction::fieldsJson(paper.bibFields)),
                        searchTextOf(paper)};
    QString sql = QStringLiteral("INSERT INTO papers (%1) VALUES (%2) RETURNING id")
                      .arg(columns, QStringList(QVector<QString>(values.size(), QStringLiteral("?")).toList())
                                        .join(QLatin1Char(',')));
    if (known) {
        sql = QStringLiteral("INSERT INTO papers (id, %1) OVERRIDING SYSTEM VALUE VALUES (?, %2) RETURNING id")
                  .arg(columns, QStringList(QVector<QString>(values.size(), QStringLiteral("?")).toList())
                                    .join(QLatin1Char(',')));
        values.prepend(*id);
    }
    if (!exec(q, sql, values) || !q.next())
        return false;
    *id = q.value(0).toLongLong();
    for (int i = 0; i < paper.authors.size(); ++i) {
        if (!exec(q, QStringLiteral("INSERT INTO authors (name) VALUES (?) ON CONFLICT (name) DO NOTHING"),
                  {paper.authors.at(i)})
            || !exec(q, QStringLiteral("INSERT INTO paper_authors (paper_id, position, author_id)"
                                       " SELECT ?, ?, id FROM authors WHERE name = ?"),
                     {*id, i, paper.authors.at(i)}))
            return false;
    }
    for (const QString &slug : affiliations) {
        if (!exec(q, QStringLiteral("INSERT INTO affiliations (slug) VALUES (?) ON CONFLICT (slug) DO NOTHING"), {slug})
            || !exec(q, QStringLiteral("INSERT INTO paper_affiliations (paper_id, affiliation_id)"
                                       " SELECT ?, id FROM affiliations WHERE slug = ?"),
                     {*id, slug}))
            return false;
    }
    return true;
}
