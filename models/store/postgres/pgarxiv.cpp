#include "pgarxiv.h"

#include "arxivatomparser.h"
#include "filtersql.h"
#include "pgchangelog.h"
#include "pgschemav3.h"
#include "pgsql.h"
#include "textfold.h"

#include <QCoreApplication>
#include <QDateTime>

QByteArray PgArxiv::cachedReply(const QString &query, qint64 maxAgeSeconds)
{
    m_error.clear();
    QSqlQuery q(m_db);
    if (!PgSql::exec(q, QStringLiteral("SELECT reply FROM arxiv_replies WHERE query = ? AND fetched_at >= ?"),
                     {query, QDateTime::currentSecsSinceEpoch() - maxAgeSeconds}, &m_error)
        || !q.next())
        return QByteArray();
    return q.value(0).toByteArray();
}

bool PgArxiv::cacheReply(const QString &query, const QByteArray &reply, qint64 maxAgeSeconds, qint64 fetchedAt)
{
    m_error.clear();
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    QSqlQuery q(m_db);
    // Replies older than a day beyond their age are of no use to anyone.
    return PgSql::exec(q, QStringLiteral("DELETE FROM arxiv_replies WHERE fetched_at < ?"),
                       {now - maxAgeSeconds - 86400}, &m_error)
           && PgSql::exec(q, QStringLiteral("INSERT INTO arxiv_replies (query, reply, fetched_at) VALUES (?, ?, ?)"
                                            " ON CONFLICT (query) DO UPDATE SET reply = excluded.reply,"
                                            " fetched_at = excluded.fetched_at"),
                          {query, reply, fetchedAt > 0 ? fetchedAt : now}, &m_error);
}

bool PgArxiv::work(qint64 paperId, const ArxivEntry &entry, const QString &absUrl, const QString &pdfUrl)
{
    QSqlQuery q(m_db);
    if (!PgSql::exec(q, QStringLiteral("UPDATE papers SET arxiv_id = ?, doi = COALESCE(?, doi), url = COALESCE(?, url),"
                                       " pdf_url = COALESCE(?, pdf_url), primary_class = COALESCE(?, primary_class)"
                                       " WHERE id = ? RETURNING title, abstract"),
                     {entry.id, PgSql::orNull(entry.doi), PgSql::orNull(absUrl), PgSql::orNull(pdfUrl),
                      PgSql::orNull(entry.primaryCategory), paperId},
                     &m_error))
        return false;
    if (!q.next()) {
        m_error = QCoreApplication::translate("StoreArxiv", "the paper is no longer in the store");
        return false;
    }
    const QString title = q.value(0).toString(), abstract = q.value(1).toString();
    if (entry.authors.isEmpty())
        return true;
    if (!PgSql::exec(q, QStringLiteral("DELETE FROM paper_authors WHERE paper_id = ?"), {paperId}, &m_error))
        return false;
    for (int i = 0; i < entry.authors.size(); ++i) {
        const QString &name = entry.authors.at(i);
        if (!PgSql::exec(q, QStringLiteral("INSERT INTO authors (name) VALUES (?) ON CONFLICT (name) DO NOTHING"), {name},
                         &m_error)
            || !PgSql::exec(q, QStringLiteral("INSERT INTO paper_authors (paper_id, position, author_id)"
                                              " SELECT ?, ?, id FROM authors WHERE name = ?"),
                            {paperId, i, name}, &m_error))
            return false;
    }
    return PgSql::exec(q, QStringLiteral("UPDATE papers SET authors_truncated = 0, first_author = ?, authors_text = ?,"
                                         " search = (SELECT %1 FROM (SELECT ?::text AS t) s) WHERE id = ?")
                              .arg(PgSchemaV3::searchVector(QStringLiteral("s.t"))),
                       {entry.authors.first(), entry.authors.join(QStringLiteral(", ")),
                        TextFold::searchText(title + QLatin1Char(' ') + entry.authors.join(QLatin1Char(' '))
                                             + QLatin1Char(' ') + abstract),
                        paperId},
                       &m_error);
}

bool PgArxiv::applyMatch(qint64 paperId, const ArxivEntry &entry, const QString &absUrl, const QString &pdfUrl)
{
    m_error.clear();
    if (entry.id.isEmpty()) {
        m_error = QCoreApplication::translate("StoreArxiv", "the match has no arXiv id");
        return false;
    }
    if (!m_db.transaction()) {
        m_error = m_db.lastError().text();
        return false;
    }
    if (!work(paperId, entry, absUrl, pdfUrl) || !PgChangeLog::record(m_db, QStringLiteral("enriched"), 1, &m_error)
        || !m_db.commit()) {
        if (m_error.isEmpty())
            m_error = m_db.lastError().text();
        m_db.rollback();
        return false;
    }
    return true;
}

QVector<qint64> PgArxiv::idsWithout(const PaperFilter &filter)
{
    m_error.clear();
    const FilterSql where = FilterSql::build(filter, FilterSql::Skip::Nothing, FilterSql::Dialect::Postgres);
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    QVector<qint64> ids;
    if (!PgSql::exec(q, QStringLiteral("SELECT p.id FROM papers p WHERE %1 AND p.arxiv_id IS NULL ORDER BY p.date, p.id")
                            .arg(where.where),
                     where.values, &m_error))
        return ids;
    while (q.next())
        ids << q.value(0).toLongLong();
    return ids;
}
