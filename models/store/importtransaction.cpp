#include "importtransaction.h"

#include "citationkey.h"
#include "textfold.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QVariant>

namespace {
QVariant orNull(int v) { return v < 0 ? QVariant() : QVariant(v); }
} // namespace

ImportTransaction::ImportTransaction(QSqlDatabase db) : m_db(db), m_lookups(db)
{
}

bool ImportTransaction::exec(QSqlQuery &q, const QVariantList &values)
{
    for (int i = 0; i < values.size(); ++i) {
        const QVariant &v = values.at(i);
        // A null QString would bind as SQL NULL; text columns want ''.
        const bool nullText = v.userType() == QMetaType::QString && v.toString().isNull();
        q.bindValue(i, nullText ? QVariant(QStringLiteral("")) : v);
    }
    if (q.exec())
        return true;
    m_error = q.lastError().text();
    return false;
}

// One statement for the chunk's titles, then one for the keys of the papers
// not stored yet (a .bib entry's own key, else the base key of its paper).
bool ImportTransaction::askChunk(const QVector<PaperRecord> &papers, int start, int end)
{
    m_chunkNorms.clear();
    m_chunkBases.clear();
    for (int i = start; i < end; ++i)
        m_chunkNorms << (papers.at(i).normalisedTitle.isEmpty() ? TextFold::normalisedTitle(papers.at(i).title)
                                                                : papers.at(i).normalisedTitle);
    if (!m_lookups.askTitles(m_chunkNorms)) {
        m_error = m_lookups.error();
        return false;
    }
    QStringList keys;
    for (int i = start; i < end; ++i) {
        const PaperRecord &paper = papers.at(i);
        ImportLookups::Paper known;
        bool found = false;
        m_lookups.findPaper(m_chunkNorms.at(i - start), &known, &found); // asked: no SQL
        const bool ownKey = !paper.entryType.isEmpty() && !paper.citationKey.isEmpty();
        m_chunkBases << (found || ownKey ? QString() : !paper.keyBase.isEmpty() ? paper.keyBase : CitationKey::base(paper));
        if (!found)
            keys << (ownKey ? paper.citationKey : m_chunkBases.constLast());
    }
    if (!m_lookups.askKeys(keys)) {
        m_error = m_lookups.error();
        return false;
    }
    return true;
}

// Papers stored so far, of twice the profile's papers for a .bib file
// (BibFieldsTransaction does the second half); false when asked to stop.
bool ImportTransaction::goOn(const ImportProgress &progress, int seen)
{
    if (!progress)
        return true;
    if (progress(seen + m_progressBase, m_progressTotal))
        return true;
    m_error = QCoreApplication::translate("PaperStore", "cancelled");
    return false;
}

bool ImportTransaction::upsertProfile(const ProfileRecord &p, ImportOutcome *outcome, qint64 *profileId)
{
    QSqlQuery find(m_db);
    find.prepare(QStringLiteral(
        "SELECT id, saved_at, primary_category, h_index, paper_count, citations, novelty, ai_score"
        " FROM profiles WHERE name = ?"));
    if (!exec(find, {p.name}))
        return false;
    const QString savedAt = p.savedAt.isValid() ? p.savedAt.toUTC().toString(Qt::ISODate) : QString();
    const QString now = QDateTime::currentDateTimeUtc().toString(Qt::ISODate);
    if (!find.next()) {
        QSqlQuery insert(m_db);
        insert.prepare(QStringLiteral(
            "INSERT INTO profiles (name, primary_category, h_index, paper_count, citations, novelty,"
            " ai_score, source_file, saved_at, imported_at) VALUES (?,?,?,?,?,?,?,?,?,?)"));
        if (!exec(insert, {p.name, p.primaryCategory, p.hIndex, p.paperCount, p.citations,
                           orNull(p.novelty), orNull(p.aiScore), p.sourceFile,
                           savedAt.isEmpty() ? QVariant() : QVariant(savedAt), now}))
            return false;
        *profileId = insert.lastInsertId().toLongLong();
        outcome->profileAdded = true;
        return true;
    }
    *profileId = find.value(0).toLongLong();
    const QString storedSavedAt = find.value(1).toString();
    // A stored NULL comes back as a null QVariant of the column's type, which
    // never equals QVariant(): compare what the values mean.
    const auto sameScore = [](const QVariant &stored, int value) {
        return stored.isNull() ? value < 0 : value >= 0 && stored.toInt() == value;
    };
    const bool sameFigures = find.value(2).toString() == p.primaryCategory
        && find.value(3).toInt() == p.hIndex && find.value(4).toInt() == p.paperCount
        && find.value(5).toInt() == p.citations && sameScore(find.value(6), p.novelty)
        && sameScore(find.value(7), p.aiScore);
    // ISO timestamps in UTC compare as strings. An older save never wins.
    const bool newer = storedSavedAt.isEmpty() || (!savedAt.isEmpty() && savedAt >= storedSavedAt);
    if (sameFigures || !newer)
        return true;
    QSqlQuery update(m_db);
    update.prepare(QStringLiteral(
        "UPDATE profiles SET primary_category = ?, h_index = ?, paper_count = ?, citations = ?,"
        " novelty = ?, ai_score = ?, source_file = ?, saved_at = ?, imported_at = ? WHERE id = ?"));
    if (!exec(update, {p.primaryCategory, p.hIndex, p.paperCount, p.citations, orNull(p.novelty),
                       orNull(p.aiScore), p.sourceFile, savedAt.isEmpty() ? QVariant() : QVariant(savedAt),
                       now, *profileId}))
        return false;
    outcome->profileUpdated = true;
    return true;
}

bool ImportTransaction::uniqueKey(const PaperRecord &paper, const QString &baseKey, QString *key)
{
    bool taken = true;
    // A .bib entry's own key first (BibFieldsTransaction names the paper
    // that holds it when it is taken).
    if (!paper.entryType.isEmpty() && !paper.citationKey.isEmpty()) {
        if (!m_lookups.keyTaken(paper.citationKey, &taken))
            return false;
        if (!taken) {
            *key = paper.citationKey;
            return true;
        }
    }
    const QString base = baseKey.isNull() ? CitationKey::base(paper) : baseKey;
    for (int n = 0;; ++n) {
        const QString candidate = CitationKey::withSuffix(base, n);
        if (!m_lookups.keyTaken(candidate, &taken))
            return false;
        if (!taken) {
            *key = candidate;
            return true;
        }
    }
}

void ImportTransaction::forgetCachedIds()
{
    m_authorIds.clear();
    m_affiliationIds.clear();
}

// Queued for insertPending(); its id, key, authors and affiliations are
// settled now, in paper order, so every id is what a row by row insert gave.
bool ImportTransaction::addPaper(const PaperRecord &paper, const QString &norm, const QString &baseKey, int source)
{
    Pending n;
    n.paper = paper;
    n.norm = norm;
    n.source = source;
    if (!uniqueKey(paper, baseKey, &n.key)) {
        m_error = m_lookups.error();
        return false;
    }
    for (const QString &a : paper.affiliations) {
        if (!n.affiliations.contains(a))
            n.affiliations << a;
    }
    n.affiliations.sort();
    if (m_nextId == 0) {
        QSqlQuery last(m_db);
        if (!last.exec(QStringLiteral("SELECT COALESCE(MAX(id), 0) + 1 FROM papers")) || !last.next()) {
            m_error = last.lastError().text();
            return false;
        }
        m_nextId = m_firstNewId = last.value(0).toLongLong();
    }
    n.id = m_nextId++;
    if (m_bib) {
        m_newSources.append(source);
        m_stored[source].id = n.id;
    }
    for (const QString &author : paper.authors) {
        const qint64 authorId = idFor(m_insertAuthor, m_findAuthor, m_authorIds, author);
        if (authorId == 0) {
            if (m_error.isEmpty())
                m_error = QCoreApplication::translate("ImportTransaction", "cannot store author '%1'").arg(author);
            return false;
        }
        n.authorIds << authorId;
    }
    for (const QString &slug : std::as_const(n.affiliations)) {
        const qint64 affId = idFor(m_insertAffiliation, m_findAffiliation, m_affiliationIds, slug);
        if (affId == 0) {
            if (m_error.isEmpty())
                m_error = QCoreApplication::translate("ImportTransaction", "cannot store affiliation '%1'").arg(slug);
            return false;
        }
        n.affiliationIds << affId;
    }
    m_pendingNorms.insert(norm);
    m_lookups.added(norm, n.id, paper.hasCode, n.key);
    m_pending.append(n);
    return true;
}
