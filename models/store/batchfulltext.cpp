#include "batchfulltext.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace {
const QString triggerName = QStringLiteral("papers_fts_insert");
} // namespace

bool BatchFullText::exec(const QString &sql, qint64 value, bool bind, QString *error)
{
    QSqlQuery q(m_db);
    if (!q.prepare(sql)) {
        *error = q.lastError().text();
        return false;
    }
    if (bind)
        q.addBindValue(value);
    if (q.exec())
        return true;
    *error = q.lastError().text();
    return false;
}

bool BatchFullText::suspend(QString *error)
{
    if (!m_triggerSql.isEmpty())
        return true;
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT sql, (SELECT COALESCE(MAX(id), 0) FROM papers) FROM sqlite_master"
                             " WHERE type = 'trigger' AND name = ?"));
    q.addBindValue(triggerName);
    if (!q.exec()) {
        *error = q.lastError().text();
        return false;
    }
    if (!q.next())
        return true; // no such trigger: nothing to defer
    const QString sql = q.value(0).toString();
    m_lastIdBefore = q.value(1).toLongLong();
    q.finish();
    if (!exec(QStringLiteral("DROP TRIGGER ") + triggerName, 0, false, error))
        return false;
    m_triggerSql = sql;
    return true;
}

bool BatchFullText::fill(QString *error)
{
    if (m_triggerSql.isEmpty())
        return true;
    if (!exec(QStringLiteral("INSERT INTO papers_fts(rowid, title, authors_text, abstract)"
                             " SELECT id, title, authors_text, abstract FROM papers WHERE id > ? ORDER BY id"),
              m_lastIdBefore, true, error)
        || !exec(m_triggerSql, 0, false, error))
        return false;
    m_triggerSql.clear();
    return true;
}
