#include "storearxiv.h"

#include "arxivatomparser.h"
#include "filtersql.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QSqlError>
#include <QSqlQuery>

namespace {
QVariant orNull(const QString &value)
{
    return value.trimmed().isEmpty() ? QVariant() : QVariant(value.trimmed());
}
} // namespace

bool StoreArxiv::exec(QSqlQuery &q, const QString &sql, const QVariantList &values) const
{
    q.prepare(sql);
    for (int i = 0; i < values.size(); ++i)
        q.bindValue(i, values.at(i));
    if (q.exec())
        return true;
    m_error = q.lastError().text();
    return false;
}

QByteArray StoreArxiv::cachedReply(const QString &query, qint64 maxAgeSeconds) const
{
    QSqlQuery q(m_db);
    const qint64 oldest = QDateTime::currentSecsSinceEpoch() - maxAgeSeconds;
    if (!exec(q, QStringLiteral("SELECT reply FROM arxiv_replies WHERE query = ? AND fetched_at > ?"),
              {query, oldest})
        || !q.next())
        return QByteArray();
    QByteArray reply = q.value(0).toByteArray();
    if (reply.isNull())
        reply = QByteArray(""); // a stored reply is never "none"
    return reply;
}

bool StoreArxiv::cacheReply(const QString &query, const QByteArray &reply, qint64 maxAgeSeconds, qint64 fetchedAt)
{
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    QSqlQuery q(m_db);
    return exec(q, QStringLiteral("DELETE FROM arxiv_replies WHERE fetched_at <= ?"), {now - maxAgeSeconds})
        && exec(q, QStringLiteral("INSERT OR REPLACE INTO arxiv_replies (query, reply, fetched_at) VALUES (?,?,?)"),
                {query, reply, fetchedAt > 0 ? fetchedAt : now});
}

bool StoreArxiv::applyMatch(qint64 paperId, const ArxivEntry &entry, const QString &absUrl, const QString &pdfUrl)
{
    m_error.clear();
    if (entry.id.isEmpty()) {
        m_error = QCoreApplication::translate("StoreArxiv", "the match has no arXiv id");
        return false;
    }
    if (!m_db.transaction()) {
        m_error = QCoreApplication::translate("StoreArxiv", "the store is busy or read-only: %1")
                      .arg(m_db.lastError().text());
        return false;
    }
    const auto work = [&]() -> bool {
        QSqlQuery q(m_db);
        if (!exec(q, QStringLiteral(
                      "UPDATE papers SET arxiv_id = ?, doi = COALESCE(?, doi), url = COALESCE(?, url),"
                      " pdf_url = COALESCE(?, pdf_url), primary_class = COALESCE(?, primary_class)"
                      " WHERE id = ?"),
                  {entry.id, orNull(entry.doi), orNull(absUrl), orNull(pdfUrl), orNull(entry.primaryCategory),
                   paperId}))
            return false;
        if (q.numRowsAffected() == 0) {
            m_error = QCoreApplication::translate("StoreArxiv", "the paper is no longer in the store");
            return false;
        }
        if (entry.authors.isEmpty())
            return true;
        if (!exec(q, QStringLiteral("DELETE FROM paper_authors WHERE paper_id = ?"), {paperId}))
            return false;
        for (int i = 0; i < entry.authors.size(); ++i) {
            const QString &name = entry.authors.at(i);
            if (!exec(q, QStringLiteral("INSERT OR IGNORE INTO authors (name) VALUES (?)"), {name})
                || !exec(q, QStringLiteral("INSERT INTO paper_authors (paper_id, position, author_id)"
                                           " SELECT ?, ?, id FROM authors WHERE name = ?"),
                         {paperId, i, name}))
                return false;
        }
        // The FTS triggers follow authors_text.
        return exec(q, QStringLiteral("UPDATE papers SET authors_truncated = 0, first_author = ?, authors_text = ?"
                                      " WHERE id = ?"),
                    {entry.authors.first(), entry.authors.join(QStringLiteral(", ")), paperId});
    };
    if (!work() || !m_db.commit()) {
        if (m_error.isEmpty())
            m_error = m_db.lastError().text();
        m_db.rollback();
        return false;
    }
    return true;
}

QVector<qint64> StoreArxiv::idsWithoutArxiv(const PaperFilter &filter) const
{
    const FilterSql where = FilterSql::build(filter);
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    QVector<qint64> ids;
    if (!exec(q, QStringLiteral("SELECT p.id FROM papers p WHERE %1 AND p.arxiv_id IS NULL ORDER BY p.date, p.id")
                     .arg(where.where),
              where.values))
        return ids;
    while (q.next())
        ids << q.value(0).toLongLong();
    return ids;
}
