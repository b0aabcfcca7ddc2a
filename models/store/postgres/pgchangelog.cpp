#include "pgchangelog.h"

#include "pgsql.h"

namespace PgChangeLog {

bool record(QSqlDatabase &db, const QString &kind, int papers, QString *error)
{
    QSqlQuery q(db);
    if (!PgSql::exec(q, QStringLiteral("INSERT INTO library_changes (kind, papers) VALUES (?, ?) RETURNING id"),
                     {kind, papers}, error)
        || !q.next())
        return false;
    const qint64 id = q.value(0).toLongLong();
    QSqlQuery notify(db);
    return PgSql::exec(notify, QStringLiteral("SELECT pg_notify(?, ?)"),
                       {QString::fromLatin1(channel()), QString::number(id)}, error);
}

} // namespace PgChangeLog
