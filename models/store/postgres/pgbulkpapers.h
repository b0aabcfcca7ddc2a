#pragma once
// Writes a chunk of new papers into a shared library (PgImport's new
// papers, PgRemoval's Undo): the papers and their authors' and
// affiliations' link rows by COPY (PgCopy), new names and look-ups as one
// bound JSON value each. New ids are taken from the papers' sequence
// first, in the given order, as a row-by-row insert would take them. The
// caller owns the transaction; the statements are prepared once per
// instance.

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
    bool reserveIds(QVector<NewPaper> &papers, QString *error);
    bool storeNames(PgStatement &store, PgStatement &ask, const QStringList &names, QHash<QString, qint64> *ids,
                    QString *error);

    QSqlDatabase m_db;
    PgStatement m_reserveIds, m_parsedVectors, m_authors, m_authorIds, m_affiliations, m_affiliationIds,
        m_paperAffiliations;
};
