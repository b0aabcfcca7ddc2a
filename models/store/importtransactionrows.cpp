// ImportTransaction's rows: the statements that write papers, their
// authors, affiliations and links (SQLite's C API, SqliteStatement), and
// the merge of a known paper's affiliations.
#include "importtransaction.h"

#include "bibfieldstransaction.h"
#include "sqlplaceholders.h"

#include <QCoreApplication>

namespace {
const QString dateFormat = QStringLiteral("yyyy-MM-dd");
} // namespace

// Prepared once, when the first profile starts (start()).
bool ImportTransaction::prepareStatements()
{
    if (m_link.isPrepared())
        return true;
    const std::pair<SqliteStatement *, const char *> statements[] = {
        {&m_updateAffText, "UPDATE papers SET affiliations_text = ? WHERE id = ?"},
        {&m_setCode, "UPDATE papers SET has_code = 1 WHERE id = ?"},
        {&m_insertAuthor, "INSERT OR IGNORE INTO authors (name) VALUES (?)"},
        {&m_findAuthor, "SELECT id FROM authors WHERE name = ?"},
        {&m_insertPaperAuthor, "INSERT INTO paper_authors (paper_id, position, author_id) VALUES (?,?,?)"},
        {&m_insertAffiliation, "INSERT OR IGNORE INTO affiliations (slug) VALUES (?)"},
        {&m_findAffiliation, "SELECT id FROM affiliations WHERE slug = ?"},
        {&m_insertPaperAffiliation, "INSERT OR IGNORE INTO paper_affiliations (paper_id, affiliation_id) VALUES (?,?)"},
        {&m_paperAffiliations, "SELECT a.slug FROM paper_affiliations pa JOIN affiliations a ON a.id = pa.affiliation_id"
                               " WHERE pa.paper_id = ? ORDER BY a.slug"},
        {&m_link, "INSERT OR IGNORE INTO profile_papers (profile_id, paper_id) VALUES (?,?)"},
    };
    for (const auto &[statement, sql] : statements) {
        if (!statement->prepare(m_db, QString::fromLatin1(sql))) {
            m_error = statement->error();
            for (const auto &each : statements)
                each.first->finalize();
            return false;
        }
    }
    return true;
}

bool ImportTransaction::exec(SqliteStatement &statement)
{
    if (statement.exec())
        return true;
    m_error = statement.error();
    return false;
}

bool ImportTransaction::link(qint64 profileId, qint64 paperId, ImportOutcome *outcome)
{
    m_link.bind(0, profileId);
    m_link.bind(1, paperId);
    if (!exec(m_link))
        return false;
    outcome->linksAdded += m_link.changes() > 0 ? 1 : 0;
    return true;
}

// New papers go in by up to insertChunk rows a statement when the
// full-text trigger is on: each statement that writes the full-text index
// makes FTS5 flush what it holds, so one flush per chunk instead of one per
// paper (most of an import's time). In a batch (the trigger suspended,
// setRowAtATime()) they go in a row a statement: a statement of several rows
// opens a statement journal that copies every page it changes (at 100k .bib
// entries, 1.6 million writes to the temporary file), one row needs none.
// A .bib file's papers also carry their entry type, venue, fields and ids
// in the same row (BibFieldsTransaction then leaves those rows alone).
// The rows after the last whole chunk go in one a statement: preparing a
// statement of their own per flush cost more (SQLite numbers Qt's
// placeholders in quadratic time).
bool ImportTransaction::insertPending(qint64 profileId, ImportOutcome *outcome)
{
    const bool bib = !m_pending.isEmpty() && !m_pending.first().paper.entryType.isEmpty();
    const int columns = bib ? 20 : 13;
    for (int start = 0; start < m_pending.size();) {
        const int rows = !m_rowAtATime && int(m_pending.size()) - start >= insertChunk ? insertChunk : 1;
        SqliteStatement &insert = rows == insertChunk ? (bib ? m_insertBibPapers : m_insertPapers)
                                                      : (bib ? m_insertBibPaper : m_insertPaper);
        if (!insert.isPrepared()) {
            const QStringList values = QVector<QString>(rows, QLatin1Char('(') + sqlPlaceholders(columns) + QLatin1Char(')')).toList();
            const QString sql = QStringLiteral(
                "INSERT INTO papers (id, title, norm_title, date, year, category, has_code, abstract, citation_key,"
                " authors_truncated, first_author, authors_text, affiliations_text%1) VALUES ")
                .arg(bib ? QStringLiteral(", entry_type, venue, bib_fields, doi, arxiv_id, url, primary_class") : QString())
                + values.join(QLatin1Char(','));
            if (!insert.prepare(m_db, sql)) {
                m_error = insert.error();
                return false;
            }
        }
        int v = 0;
        for (int r = start; r < start + rows; ++r) {
            const Pending &n = m_pending.at(r);
            const PaperRecord &paper = n.paper;
            insert.bind(v++, n.id);
            insert.bind(v++, paper.title);
            insert.bind(v++, n.norm);
            if (paper.date.isValid()) {
                insert.bind(v++, paper.date.toString(dateFormat));
                insert.bind(v++, qint64(paper.date.year()));
            } else {
                insert.bindNull(v++);
                insert.bindNull(v++);
            }
            insert.bind(v++, paper.category);
            insert.bind(v++, qint64(paper.hasCode ? 1 : 0));
            insert.bind(v++, paper.abstract);
            insert.bind(v++, n.key);
            insert.bind(v++, qint64(paper.authorsTruncated ? 1 : 0));
            insert.bind(v++, paper.authors.value(0));
            insert.bind(v++, paper.authors.join(QStringLiteral(", ")));
            insert.bind(v++, n.affiliations.join(QStringLiteral(", ")));
            if (!bib)
                continue;
            const bool entry = !paper.entryType.isEmpty();
            insert.bind(v++, paper.entryType);
            insert.bind(v++, paper.venue);
            if (entry)
                insert.bind(v++, BibFieldsTransaction::fieldsJson(paper.bibFields));
            else
                insert.bindNull(v++);
            insert.bindTextOrNull(v++, paper.doi);
            insert.bindTextOrNull(v++, paper.arxivId);
            insert.bindTextOrNull(v++, paper.url);
            insert.bindTextOrNull(v++, paper.primaryClass);
            if (entry && n.key == paper.citationKey)
                m_stored[n.source].whole = true;
        }
        if (!exec(insert))
            return false;
        start += rows;
    }
    // Their authors, affiliations and links a row a statement: a statement of
    // several rows opens a statement journal (inside the file's savepoint,
    // every index page it touches is copied), which cost more than it saved.
    for (const Pending &n : std::as_const(m_pending)) {
        for (int i = 0; i < n.authorIds.size(); ++i) {
            m_insertPaperAuthor.bind(0, n.id);
            m_insertPaperAuthor.bind(1, qint64(i));
            m_insertPaperAuthor.bind(2, n.authorIds.at(i));
            if (!exec(m_insertPaperAuthor))
                return false;
        }
        for (qint64 affiliationId : n.affiliationIds) {
            m_insertPaperAffiliation.bind(0, n.id);
            m_insertPaperAffiliation.bind(1, affiliationId);
            if (!exec(m_insertPaperAffiliation))
                return false;
        }
        if (!link(profileId, n.id, outcome))
            return false;
    }
    m_pending.clear();
    m_pendingNorms.clear();
    return true;
}

// Most authors and affiliations are known: look first, insert when missing.
qint64 ImportTransaction::idFor(SqliteStatement &insert, SqliteStatement &select, QHash<QString, qint64> &cache,
                                const QString &value)
{
    const auto cached = cache.constFind(value);
    if (cached != cache.constEnd())
        return *cached;
    select.bind(0, value);
    qint64 id = 0;
    const bool found = select.step();
    if (found)
        id = select.int64Value(0);
    select.reset();
    if (!select.ok()) {
        m_error = select.error();
        return 0;
    }
    if (!found) {
        insert.bind(0, value);
        if (!exec(insert) || insert.changes() <= 0)
            return 0;
        id = insert.lastInsertId();
    }
    cache.insert(value, id);
    return id;
}

bool ImportTransaction::linkAffiliations(qint64 paperId, const QStringList &slugs, int *added)
{
    for (const QString &slug : slugs) {
        const qint64 affId = idFor(m_insertAffiliation, m_findAffiliation, m_affiliationIds, slug);
        if (affId != 0) {
            m_insertPaperAffiliation.bind(0, paperId);
            m_insertPaperAffiliation.bind(1, affId);
        }
        if (affId == 0 || !exec(m_insertPaperAffiliation)) {
            if (m_error.isEmpty())
                m_error = QCoreApplication::translate("ImportTransaction", "cannot store affiliation '%1'").arg(slug);
            return false;
        }
        *added += m_insertPaperAffiliation.changes() > 0 ? 1 : 0;
    }
    return true;
}

bool ImportTransaction::mergeIntoKnownPaper(qint64 paperId, const PaperRecord &paper, ImportOutcome *outcome)
{
    ++outcome->papersKnown;
    int added = 0;
    if (!linkAffiliations(paperId, paper.affiliations, &added))
        return false;
    if (added == 0)
        return true;
    outcome->affiliationsAdded += added;
    m_paperAffiliations.bind(0, paperId);
    QStringList all;
    while (m_paperAffiliations.step())
        all << m_paperAffiliations.textValue(0);
    m_paperAffiliations.reset();
    if (!m_paperAffiliations.ok()) {
        m_error = m_paperAffiliations.error();
        return false;
    }
    m_updateAffText.bind(0, all.join(QStringLiteral(", ")));
    m_updateAffText.bind(1, paperId);
    return exec(m_updateAffText);
}
