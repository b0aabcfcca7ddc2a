#include "pgchangelog.h"

#include "pgsql.h"

#include <QMutex>
#include <QMutexLocker>
#include <QSet>

namespace {
QMutex ownMutex;
QSet<QString> &ownChanges()
{
    static QSet<QString> ids;
    return ids;
}
// Ids count per database: the same id in another library is another change.
QString keyOf(const QSqlDatabase &db, qint64 id)
{
    return QStringLiteral("%1:%2/%3#%4").arg(db.hostName()).arg(db.port()).arg(db.databaseName()).arg(id);
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
        ownChanges().insert(keyOf(db, id));
    }
    QSqlQuery notify(db);
    return PgSql::exec(notify, QStringLiteral("SELECT pg_notify(?, ?)"),
                       {QString::fromLatin1(channel()), QString::number(id)}, error);
}

bool isOwn(const QSqlDatabase &db, qint64 id)
{
    const QMutexLocker lock(&ownMutex);
    return ownChanges().contains(keyOf(db, id));
}

} // namespace PgChangeLog
