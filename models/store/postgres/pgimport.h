#pragma once
// Writes one parsed profile (or .bib file) into a shared library, inside a
// transaction the caller owns (PgPaperStore wraps each profile in a
// savepoint): the profile added or updated by a newer save, new papers with
// a unique citation key (a .bib entry's own key first), known papers (by
// normalised title) linked with their affiliations merged, and a .bib
// entry's type, venue and fields given to a known paper that had none.
// A chunk of papers at a time: its titles and candidate keys looked up in
// one statement each, its new papers and their rows written by
// PgBulkPapers, merges and links one statement each. The outcome and the
// rows are those of a paper-by-paper import in file order. One instance may
// serve many profiles (its statements stay prepared); what it learnt is
// forgotten at each run().

#include "importoutcome.h"
#include "paperchunks.h"
#include "paperrecord.h"
#include "pgbulkpapers.h"
#include "pgstatement.h"

#include <QHash>
#include <QSet>
#include <QSqlDatabase>
#include <QString>
#include <QVariant>

class PgImport
{
public:
    explicit PgImport(QSqlDatabase db);

    bool run(const ProfileRecord &profile, ImportOutcome *outcome);
    // The same for a profile whose papers come a chunk at a time (a large
    // .bib file): each chunk written before the next is asked for.
    bool runChunks(const ProfileRecord &header, const PaperChunks &next, ImportOutcome *outcome);
    QString error() const { return m_error; }

    // Inserts a paper with everything it carries (Undo of a removal): id 0
    // takes a new one; authors and affiliations too.
    bool insertPaper(const PaperRecord &paper, const QString &normTitle, const QString &key, qint64 *id);

    static constexpr int chunkSize = 1000;

private:
    struct Known
    {
        qint64 id = 0; // 0: new in this chunk, not written yet
        bool hasCode = false;
        bool hasEntry = false; // a .bib entry's type (enriched already)
        QString key;
    };
    struct Enrich
    {
        QString norm;
        const PaperRecord *paper = nullptr;
        QString key; // null: the paper keeps its own
    };

    bool begin(const ProfileRecord &profile, ImportOutcome *outcome);
    bool runChunk(const QVector<PaperRecord> &papers, int start, int end, ImportOutcome *outcome);
    bool askTitles(const QStringList &norms);
    bool askKeys(const QStringList &keys);
    bool keyTaken(const QString &key, bool *taken);
    bool uniqueKey(const PaperRecord &paper, const QString &base, QString *key);
    bool enrich(const QVector<Enrich> &papers);
    bool mergeAffiliations(const QVector<QPair<QString, QString>> &merges, ImportOutcome *outcome);
    bool upsertProfile(const ProfileRecord &profile, ImportOutcome *outcome, qint64 *profileId);
    QString idsOf(const QStringList &norms) const;
    bool exec(QSqlQuery &q, const QString &sql, const QVariantList &values);

    QSqlDatabase m_db;
    QString m_error;
    PgBulkPapers m_bulk;
    PgStatement m_titles, m_keys, m_oneKey, m_enrich, m_setCode, m_affiliationsText, m_link, m_preambles;
    // This run's papers by normalised title (asked, or added), and keys by whether they are taken.
    QHash<QString, Known> m_known;
    QSet<QString> m_askedTitles;
    QHash<QString, bool> m_taken;
    qint64 m_profileId = 0; // 0: a .bib file's entries belong to no profile
};
