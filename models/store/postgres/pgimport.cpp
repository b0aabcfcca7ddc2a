#include "pgimport.h"

#include "bibfieldstransaction.h"
#include "chunklookup.h"
#include "citationkey.h"
#include "pgjsonrows.h"
#include "pgsql.h"
#include "sqltextlist.h"
#include "textfold.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QSqlQuery>

namespace {
QVariant score(int value)
{
    return value < 0 ? QVariant() : QVariant(value);
}

QString idSetSql()
{
    return QStringLiteral("(SELECT value::bigint FROM json_array_elements_text(?::json))");
}
} // namespace

PgImport::PgImport(QSqlDatabase db)
    : m_db(db), m_bulk(db),
      m_titles(db, QStringLiteral("SELECT norm_title, id, has_code, entry_type <> '', citation_key FROM papers"
                                  " WHERE norm_title IN (SELECT value FROM json_array_elements_text(?::json))")),
      m_keys(db, QStringLiteral("SELECT citation_key FROM papers"
                                " WHERE citation_key IN (SELECT value FROM json_array_elements_text(?::json))")),
      m_oneKey(db, QStringLiteral("SELECT 1 FROM papers WHERE citation_key = ?")),
      m_enrich(db, QStringLiteral("UPDATE papers SET entry_type = ?, venue = ?, bib_fields = ?,"
                                  " citation_key = COALESCE(?, citation_key), doi = COALESCE(doi, ?),"
                                  " arxiv_id = COALESCE(arxiv_id, ?) WHERE id = ? AND entry_type = ''")),
      m_setCode(db, QStringLiteral("UPDATE papers SET has_code = 1 WHERE has_code = 0 AND id IN ") + idSetSql()),
      m_affiliationsText(db, QStringLiteral("UPDATE papers p SET affiliations_text = COALESCE((SELECT string_agg(a.slug,"
                                            " ', ' ORDER BY a.slug) FROM paper_affiliations pa JOIN affiliations a"
                                            " ON a.id = pa.affiliation_id WHERE pa.paper_id = p.id), '')"
                                            " WHERE p.id IN ") + idSetSql()),
      m_link(db, QStringLiteral("INSERT INTO profile_papers (profile_id, paper_id) SELECT ?, value::bigint"
                                " FROM json_array_elements_text(?::json) ON CONFLICT DO NOTHING")),
      m_preambles(db, QStringLiteral("INSERT INTO bib_preambles (value) SELECT value FROM json_array_elements_text(?::json)"
                                     " WITH ORDINALITY AS t(value, o) ORDER BY o ON CONFLICT (value) DO NOTHING"))
{
}

bool PgImport::run(const ProfileRecord &profile, ImportOutcome *outcome)
{
    if (!begin(profile, outcome))
        return false;
    const int total = int(profile.papers.size());
    for (int start = 0; start < total; start += chunkSize) {
        if (!runChunk(profile.papers, start, qMin(total, start + chunkSize), outcome))
            return false;
    }
    return true;
}

bool PgImport::runChunks(const ProfileRecord &header, const PaperChunks &next, ImportOutcome *outcome)
{
    if (!begin(header, outcome))
        return false;
    QVector<PaperRecord> chunk;
    while (next(&chunk)) {
        const int total = int(chunk.size());
        for (int start = 0; start < total; start += chunkSize) {
            if (!runChunk(chunk, start, qMin(total, start + chunkSize), outcome))
                return false;
        }
        chunk.clear();
    }
    return true;
}

// The profile and the file's preambles; what an earlier run learnt is forgotten.
bool PgImport::begin(const ProfileRecord &profile, ImportOutcome *outcome)
{
    m_known.clear();
    m_askedTitles.clear();
    m_taken.clear();
    if (!upsertProfile(profile, outcome, &m_profileId))
        return false;
    QStringList preambles;
    for (const QString &p : profile.bibPreambles) {
        if (!preambles.contains(p))
            preambles << p;
    }
    return preambles.isEmpty() || m_preambles.exec({sqlTextList(preambles)}, &m_error);
}

// In file order, what a paper-by-paper import would do, decided in memory
// from the chunk's look-ups; then written a statement per kind: enriched
// known papers first (a key they give up may be a new paper's), the new
// papers, the merges and the links.
bool PgImport::runChunk(const QVector<PaperRecord> &papers, int start, int end, ImportOutcome *outcome)
{
    QStringList norms, titles; // norms.at(i - start) is paper i's normalised title
    for (int i = start; i < end; ++i) {
        norms << TextFold::normalisedTitle(papers.at(i).title);
        if (norms.constLast().isEmpty()) {
            m_error = QCoreApplication::translate("PgImport", "a paper without a title (line %1)").arg(papers.at(i).line);
            return false;
        }
        if (!m_known.contains(norms.constLast()) && !m_askedTitles.contains(norms.constLast()))
            titles << norms.constLast();
    }
    if (!askTitles(titles))
        return false;
    QStringList keys, bases;
    QSet<QString> fresh;
    for (int i = start; i < end; ++i) {
        const PaperRecord &paper = papers.at(i);
        const QString &norm = norms.at(i - start);
        const bool ownKey = !paper.entryType.isEmpty() && !paper.citationKey.isEmpty();
        if (ownKey)
            keys << paper.citationKey;
        QString base;
        if (!m_known.contains(norm) && !fresh.contains(norm)) {
            fresh.insert(norm);
            base = CitationKey::base(paper);
            keys << base << CitationKey::withSuffix(base, 1) << CitationKey::withSuffix(base, 2);
        }
        bases << base;
    }
    if (!askKeys(keys))
        return false;

    QVector<PgBulkPapers::NewPaper> added;
    QVector<Enrich> enrichNow, enrichLater;
    QVector<QPair<QString, QString>> merges; // (normalised title, slug)
    QStringList codes, links;
    for (int i = start; i < end; ++i) {
        const PaperRecord &paper = papers.at(i);
        const QString &norm = norms.at(i - start);
        auto known = m_known.find(norm);
        if (known == m_known.end()) {
            QString key;
            if (!uniqueKey(paper, bases.at(i - start), &key))
                return false;
            m_taken.insert(key, true);
            m_known.insert(norm, {0, paper.hasCode, !paper.entryType.isEmpty(), key});
            added.append({&paper, norm, key, 0});
            ++outcome->papersAdded;
        } else {
            ++outcome->papersKnown;
            for (const QString &slug : paper.affiliations)
                merges.append({norm, slug});
            if (paper.hasCode && !known->hasCode) {
                codes << norm;
                known->hasCode = true;
            }
            if (!paper.entryType.isEmpty() && !known->hasEntry) {
                // A .bib entry enriches a paper known from a profile; its own key is kept if free.
                bool taken = true;
                if (!paper.citationKey.isEmpty() && !keyTaken(paper.citationKey, &taken))
                    return false;
                const QString key = taken ? QString() : paper.citationKey;
                (known->id == 0 ? enrichLater : enrichNow).append({norm, &paper, key});
                if (!key.isNull()) {
                    if (known->id != 0) // its old key is free again (a new paper's written later may take it)
                        m_taken.insert(known->key, false);
                    m_taken.insert(key, true);
                    known->key = key;
                }
                known->hasEntry = true;
            }
        }
        if (m_profileId != 0) // a .bib file's entries belong to no profile
            links << norm;
    }
    if (!enrich(enrichNow) || !m_bulk.insert(added, &m_error))
        return false;
    for (const PgBulkPapers::NewPaper &n : std::as_const(added))
        m_known[n.norm].id = n.id;
    if (!enrich(enrichLater) || !mergeAffiliations(merges, outcome))
        return false;
    if (!codes.isEmpty() && !m_setCode.exec({idsOf(codes)}, &m_error))
        return false;
    if (links.isEmpty())
        return true;
    if (!m_link.exec({m_profileId, idsOf(links)}, &m_error))
        return false;
    outcome->linksAdded += qMax(0, m_link.query().numRowsAffected());
    return true;
}

// A JSON array of the papers' ids, each once.
QString PgImport::idsOf(const QStringList &norms) const
{
    QVector<qint64> ids;
    QSet<qint64> seen;
    for (const QString &norm : norms) {
        const qint64 id = m_known.value(norm).id;
        if (!seen.contains(id)) {
            seen.insert(id);
            ids << id;
        }
    }
    return PgSql::idList(ids);
}

bool PgImport::askTitles(const QStringList &norms)
{
    const auto fresh = [this](const QString &norm) {
        if (m_askedTitles.contains(norm))
            return false;
        m_askedTitles.insert(norm);
        return true;
    };
    return ChunkLookup::ask(norms, fresh, [this](const QString &json) { return m_titles.exec({json}, &m_error); },
                            m_titles.query(), [this](QSqlQuery &q) {
                                const QString key = q.value(4).toString();
                                m_known.insert(q.value(0).toString(), {q.value(1).toLongLong(), q.value(2).toInt() != 0,
                                                                       q.value(3).toBool(), key});
                                m_taken.insert(key, true);
                            });
}

bool PgImport::askKeys(const QStringList &keys)
{
    const auto fresh = [this](const QString &k) {
        if (m_taken.contains(k))
            return false;
        m_taken.insert(k, false);
        return true;
    };
    return ChunkLookup::ask(keys, fresh, [this](const QString &json) { return m_keys.exec({json}, &m_error); },
                            m_keys.query(), [this](QSqlQuery &q) { m_taken.insert(q.value(0).toString(), true); });
}

bool PgImport::keyTaken(const QString &key, bool *taken)
{
    const auto it = m_taken.constFind(key);
    if (it != m_taken.constEnd()) {
        *taken = *it;
        return true;
    }
    if (!m_oneKey.exec({key}, &m_error))
        return false;
    *taken = m_oneKey.query().next();
    m_oneKey.query().finish();
    m_taken.insert(key, *taken);
    return true;
}

bool PgImport::uniqueKey(const PaperRecord &paper, const QString &base, QString *key)
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

bool PgImport::enrich(const QVector<Enrich> &papers)
{
    for (const Enrich &e : papers) {
        const PaperRecord &paper = *e.paper;
        if (!m_enrich.exec({paper.entryType, paper.venue, BibFieldsTransaction::fieldsJson(paper.bibFields),
                            e.key.isNull() ? QVariant() : QVariant(e.key), PgSql::orNull(paper.doi),
                            PgSql::orNull(paper.arxivId), m_known.value(e.norm).id},
                           &m_error))
            return false;
    }
    return true;
}

bool PgImport::mergeAffiliations(const QVector<QPair<QString, QString>> &merges, ImportOutcome *outcome)
{
    QVector<QPair<qint64, QString>> pairs;
    QSet<QPair<qint64, QString>> seen;
    for (const auto &m : merges) {
        const QPair<qint64, QString> pair{m_known.value(m.first).id, m.second};
        if (!seen.contains(pair)) {
            seen.insert(pair);
            pairs << pair;
        }
    }
    QVector<qint64> changed;
    int added = 0;
    if (!m_bulk.linkAffiliations(pairs, &changed, &added, &m_error))
        return false;
    outcome->affiliationsAdded += added;
    return changed.isEmpty() || m_affiliationsText.exec({PgSql::idList(changed)}, &m_error);
}

bool PgImport::exec(QSqlQuery &q, const QString &sql, const QVariantList &values)
{
    return PgSql::exec(q, sql, values, &m_error);
}

bool PgImport::insertPaper(const PaperRecord &paper, const QString &norm, const QString &key, qint64 *id)
{
    QVector<PgBulkPapers::NewPaper> papers{{&paper, norm, key, *id}};
    if (!m_bulk.insert(papers, &m_error))
        return false;
    *id = papers.first().id;
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
