#pragma once
// Writes one parsed profile (or .bib file) into a shared library, inside a
// transaction the caller owns (PgPaperStore wraps each profile in a
// savepoint): the profile added or updated by a newer save, new papers with
// a unique citation key (a .bib entry's own key first), known papers (by
// normalised title) linked with their affiliations merged, and a .bib
// entry's type, venue and fields given to a known paper that had none.
// Row by row and plain: correctness first; the SQLite store's batching is
// the model once the shared library is measured at scale.

#include "importoutcome.h"
#include "paperrecord.h"

#include <QSqlDatabase>
#include <QString>
#include <QVariant>

class PgImport
{
public:
    explicit PgImport(QSqlDatabase db) : m_db(db) {}

    bool run(const ProfileRecord &profile, ImportOutcome *outcome);
    QString error() const { return m_error; }

    // Inserts a paper with everything it carries (the import and Undo of a
    // removal): id 0 takes a new one; authors and affiliations too.
    bool insertPaper(const PaperRecord &paper, const QString &normTitle, const QString &key, qint64 *id);

private:
    bool upsertProfile(const ProfileRecord &profile, ImportOutcome *outcome, qint64 *profileId);
    bool mergeKnown(qint64 paperId, const PaperRecord &paper, ImportOutcome *outcome);
    bool uniqueKey(const PaperRecord &paper, QString *key);
    bool keyTaken(const QString &key, bool *taken);
    bool exec(QSqlQuery &q, const QString &sql, const QVariantList &values);

    QSqlDatabase m_db;
    QString m_error;
};
