#pragma once
// Writes a chunk of new papers into a shared library with one statement
// per table (PgImport's new papers, PgRemoval's Undo): the papers, their
// authors and affiliations, each table's rows as ONE bound JSON value read
// by json_to_recordset, ids from RETURNING. Rows go in in the given order,
// so new ids follow it as a row-by-row insert's would. The caller owns the
// transaction; the statements are prepared once per instance.

#include "paperrecord.h"
#include "pgstatement.h"

#include <QHash>
#include <QSqlDatabase>
#include <QStringList>
#include <QVector>

class PgBulkPapers
{
public:
    explicit PgBulkPapers(QSqlDatabase db);

    struct NewPaper
    {
        const PaperRecord *paper = nullptr;
        QString norm;
        QString key;
        qint64 id = 0; // 0: a new id (set by insert()); else kept (Undo: every paper of a call has one)
    };
    bool insert(QVector<NewPaper> &papers, QString *error);

    // Links papers to affiliations (stored first when new), skipping pairs
    // there are; pairs are (paper id, slug). *changed: the papers that got
    // a new one, once each, and *added the count of new pairs.
    bool linkAffiliations(const QVector<QPair<qint64, QString>> &pairs, QVector<qint64> *changed, int *added,
                          QString *error);

private:
    bool storeNames(PgStatement &statement, const QStringList &names, QString *error);

    PgStatement m_papers, m_papersWithIds, m_authors, m_paperAuthors, m_affiliations, m_paperAffiliations;
};
