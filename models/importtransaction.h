#pragma once
// Writes one parsed profile into the store inside one SQL transaction:
// the profile (added, or updated by a newer save), its papers (new ones
// inserted with a unique citation key, known ones linked and their
// affiliations merged). The caller commits or rolls back; run() only
// reports whether every statement succeeded.

#include "paperrecord.h"
#include "paperstore.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QVariant>

class ImportTransaction
{
public:
    explicit ImportTransaction(QSqlDatabase db);
    bool run(const ProfileRecord &profile, ImportOutcome *outcome);
    QString error() const { return m_error; }

private:
    bool exec(QSqlQuery &q, const QVariantList &values);
    bool upsertProfile(const ProfileRecord &profile, ImportOutcome *outcome, qint64 *profileId);
    bool addPaper(const PaperRecord &paper, const QString &normTitle, qint64 *paperId);
    bool mergeIntoKnownPaper(qint64 paperId, const PaperRecord &paper, ImportOutcome *outcome);
    bool linkAffiliations(qint64 paperId, const QStringList &slugs, int *added);
    bool uniqueKey(const PaperRecord &paper, QString *key);
    qint64 idFor(QSqlQuery &insert, QSqlQuery &select, const QString &value);

    QSqlDatabase m_db;
    QString m_error;
    QSqlQuery m_findPaper, m_insertPaper, m_keyTaken, m_updateAffText, m_setCode;
    QSqlQuery m_insertAuthor, m_findAuthor, m_insertPaperAuthor;
    QSqlQuery m_insertAffiliation, m_findAffiliation, m_insertPaperAffiliation, m_paperAffiliations;
    QSqlQuery m_link;
};
