#pragma once
// The arXiv part of the store: the reply cache (the same question is not
// asked twice within a day) and applying a match to a paper. Every value
// is bound. Used through PaperStore::arxiv(); never opens its own connection.

#include "paperfilter.h"

#include <QByteArray>
#include <QSqlDatabase>
#include <QString>
#include <QVariant>
#include <QVector>

struct ArxivEntry;

class StoreArxiv
{
public:
    explicit StoreArxiv(QSqlDatabase db) : m_db(db) {}

    // The reply stored for query if it was fetched less than maxAgeSeconds
    // ago; a null QByteArray otherwise.
    QByteArray cachedReply(const QString &query, qint64 maxAgeSeconds) const;
    // Stores (or replaces) the reply and drops replies older than maxAgeSeconds.
    // fetchedAt in Unix seconds; 0 means now.
    bool cacheReply(const QString &query, const QByteArray &reply, qint64 maxAgeSeconds, qint64 fetchedAt = 0);

    // In one transaction: the arXiv id, the full author list (no longer
    // truncated), DOI, primary category, abstract page and PDF links. A
    // value arXiv leaves empty never replaces a stored one; the title, date,
    // abstract and citation key stay as they are.
    bool applyMatch(qint64 paperId, const ArxivEntry &entry, const QString &absUrl, const QString &pdfUrl);

    // Papers under the filter that have no arXiv id yet, oldest first.
    QVector<qint64> idsWithoutArxiv(const PaperFilter &filter) const;

    QString error() const { return m_error; }

private:
    bool exec(QSqlQuery &q, const QString &sql, const QVariantList &values) const;

    QSqlDatabase m_db;
    mutable QString m_error;
};
