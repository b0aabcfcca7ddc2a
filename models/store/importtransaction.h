#pragma once
// Writes one parsed profile into the store inside one SQL transaction:
// the profile (added, or updated by a newer save), its papers (new ones
// inserted with a unique citation key, known ones linked and their
// affiliations merged). The caller commits or rolls back; run() only
// reports whether every statement succeeded. One instance may serve many
// profiles in one transaction (ImportBatchTransaction): its prepared
// statements are reused, and the ids of authors and affiliations it looked
// up are remembered until forgetCachedIds() (call it on every rollback and
// commit: the ids are only sure while the transaction is open).

#include "bibfieldstransaction.h"
#include "importlookups.h"
#include "importoutcome.h"
#include "importprogress.h"
#include "paperchunks.h"
#include "paperrecord.h"
#include "sqlitestatement.h"

#include <QHash>
#include <QSet>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QVariant>

class ImportTransaction
{
public:
    static constexpr int chunksCacheKiB = 16384; // the page cache during runChunks() (and a batch's commit after it)
    explicit ImportTransaction(QSqlDatabase db);
    // progress: asked every pendingLimit papers (and by the .bib step); false stops the run.
    bool run(const ProfileRecord &profile, ImportOutcome *outcome, const ImportProgress &progress = {});
    // A .bib file a chunk at a time (AbstractPaperStore::importProfileChunks):
    // each chunk's papers, then their .bib fields, go in before the next is
    // asked for, so only one chunk is held. Progress counts both steps.
    bool runChunks(const ProfileRecord &header, const PaperChunks &next, ImportOutcome *outcome,
                   const ImportProgress &progress = {});
    QString error() const { return m_error; }
    void forgetCachedIds();
    // New papers a row a statement (a batch, whose full-text trigger waits
    // for its commit), instead of insertChunk rows.
    void setRowAtATime(bool on) { m_rowAtATime = on; }

private:
    bool exec(QSqlQuery &q, const QVariantList &values);
    bool exec(SqliteStatement &statement);
    bool goOn(const ImportProgress &progress, int seen);
    bool start(const ProfileRecord &profile, ImportOutcome *outcome, qint64 *profileId);
    // papers are the source's papers from index base on (all of them, or one chunk).
    bool addPapers(const QVector<PaperRecord> &papers, int base, qint64 profileId, ImportOutcome *outcome,
                   const ImportProgress &progress);
    bool askChunk(const QVector<PaperRecord> &papers, int start, int end);
    bool upsertProfile(const ProfileRecord &profile, ImportOutcome *outcome, qint64 *profileId);
    bool addPaper(const PaperRecord &paper, const QString &normTitle, const QString &baseKey, int source);
    bool insertPending(qint64 profileId, ImportOutcome *outcome);
    bool link(qint64 profileId, qint64 paperId, ImportOutcome *outcome);
    bool mergeIntoKnownPaper(qint64 paperId, const PaperRecord &paper, ImportOutcome *outcome);
    bool linkAffiliations(qint64 paperId, const QStringList &slugs, int *added);
    bool uniqueKey(const PaperRecord &paper, const QString &baseKey, QString *key);
    qint64 idFor(SqliteStatement &insert, SqliteStatement &select, QHash<QString, qint64> &cache, const QString &value);
    bool prepareStatements();

    QSqlDatabase m_db;
    QString m_error;
    // The rows of papers, authors, affiliations and links: SQLite's C API
    // (most of an import's bound values).
    SqliteStatement m_insertPapers, m_insertBibPapers, m_insertPaper, m_insertBibPaper, m_updateAffText, m_setCode;
    SqliteStatement m_insertAuthor, m_findAuthor, m_insertPaperAuthor;
    SqliteStatement m_insertAffiliation, m_findAffiliation, m_insertPaperAffiliation, m_paperAffiliations;
    SqliteStatement m_link;
    QHash<QString, qint64> m_authorIds, m_affiliationIds;
    ImportLookups m_lookups; // titles and keys, asked a chunk at a time

    // New papers of the profile being imported, inserted insertChunk at a time.
    static constexpr int insertChunk = 48; // x 13 (a .bib's 20) values: under SQLite's oldest limit of 999
    static constexpr int pendingLimit = insertChunk * 32; // then they go in, mid-profile
    struct Pending
    {
        PaperRecord paper;
        QString norm;
        QString key;
        int source = 0;                    // index in the profile's papers
        QStringList affiliations;          // sorted, unique
        qint64 id = 0;
        QVector<qint64> authorIds, affiliationIds;
    };
    QVector<Pending> m_pending;
    QSet<QString> m_pendingNorms;
    // The chunk being imported: normalised titles and base keys, computed once.
    QStringList m_chunkNorms, m_chunkBases;
    int m_progressTotal = 0;
    // A .bib file: what became of each entry (for BibFieldsTransaction), and
    // the entry each paper new in this run came from (ids are consecutive).
    bool m_bib = false;
    QVector<BibFieldsTransaction::Stored> m_stored;
    QVector<int> m_newSources;
    QStringList m_sourceKeys;              // a chunked .bib file: every entry's key (its papers are let go)
    int m_progressBase = 0;                // a chunked file: steps done before those being counted
    qint64 m_firstNewId = 0, m_nextId = 0;
    bool m_rowAtATime = false;
};
