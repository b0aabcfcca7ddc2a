#include "pgchangelog.h"

#include "pgsql.h"

#include <QMutex>
#include <QMutexLocker>
#include <QSet>

namespace {
QMutex ownMutex;
QSet<qint64> &ownChanges()
{
    static QSet<qint64> ids;
    return ids;
}
} // namespace

namespace PgChangeLog {

bool record(QSqlDatabase &db, const QString &kind, int papers, QString *error)
{
    QSqlQuery q(db);
    if (!PgSql::exec(q, QStringLiteral("INSERT INTO library_changes (kind, papers) VALUES (?, ?) RETURNING id"),
                     {kind, papers}, error)
        || !q.next())
        return false;
    const qint64 id = q.value(0).toLongLong();
    {
        const QMutexLocker lock(&ownMutex);
        ownChanges().insert(id);
    }
    QSqlQuery notify(db);
    return PgSql::exec(notify, QStringLiteral("SELECT pg_notify(?, ?)"),
                       {QString::fromLatin1(channel()), QString::number(id)}, error);
}

bool isOwn(qint64 id)
{
    const QMutexLocker lock(&ownMutex);
    return ownChanges().contains(id);
}

} // namespace PgChangeLog
