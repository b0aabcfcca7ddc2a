#pragma once
// A shared library's arXiv data: the reply cache (by question, with its
// age) and applying a match to a paper (id, DOI, links, primary class and
// arXiv's full author list, the search text following), as StoreArxiv does
// for the SQLite store.

#include "paperfilter.h"

#include <QByteArray>
#include <QSqlDatabase>
#include <QString>
#include <QVector>

struct ArxivEntry;

class PgArxiv
{
public:
    explicit PgArxiv(QSqlDatabase db) : m_db(db) {}

    QByteArray cachedReply(const QString &query, qint64 maxAgeSeconds);
    bool cacheReply(const QString &query, const QByteArray &reply, qint64 maxAgeSeconds, qint64 fetchedAt);
    bool applyMatch(qint64 paperId, const ArxivEntry &entry, const QString &absUrl, const QString &pdfUrl);
    QVector<qint64> idsWithout(const PaperFilter &filter);
    QString error() const { return m_error; }

private:
    bool work(qint64 paperId, const ArxivEntry &entry, const QString &absUrl, const QString &pdfUrl);

    QSqlDatabase m_db;
    QString m_error;
};
