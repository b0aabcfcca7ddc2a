#include "pgchangelistener.h"

#include "pgchangelog.h"
#include "pgconnection.h"
#include "pgsql.h"

#include <QAtomicInt>
#include <QSqlDatabase>

namespace {
QAtomicInt listeners;
} // namespace

PgChangeListener::PgChangeListener(QObject *parent)
    : QObject(parent), m_connection(QStringLiteral("paperscope-listener-%1").arg(listeners.fetchAndAddRelaxed(1)))
{
}

PgChangeListener::~PgChangeListener()
{
    stop();
}

bool PgChangeListener::start(const StoreLocation &location, const QString &password)
{
    stop();
    if (!PgConnection::open(location, m_connection, password, &m_error))
        return false;
    QSqlDatabase db = QSqlDatabase::database(m_connection);
    QSqlDriver *driver = db.driver();
    if (!driver->subscribeToNotification(QString::fromLatin1(PgChangeLog::channel()))) {
        m_error = driver->lastError().text();
        stop();
        return false;
    }
    connect(driver, QOverload<const QString &, QSqlDriver::NotificationSource, const QVariant &>::of(&QSqlDriver::notification),
            this, &PgChangeListener::heard);
    return true;
}

void PgChangeListener::stop()
{
    if (!QSqlDatabase::contains(m_connection))
        return;
    {
        QSqlDatabase db = QSqlDatabase::database(m_connection, false);
        if (db.isOpen())
            db.driver()->unsubscribeFromNotification(QString::fromLatin1(PgChangeLog::channel()));
        db.close();
    }
    QSqlDatabase::removeDatabase(m_connection);
}

bool PgChangeListener::isAlive()
{
    if (!QSqlDatabase::contains(m_connection))
        return false;
    QSqlDatabase db = QSqlDatabase::database(m_connection, false);
    QSqlQuery q(db);
    if (db.isOpen() && q.exec(QStringLiteral("SELECT 1")))
        return true;
    m_error = q.lastError().text().trimmed();
    return false;
}

void PgChangeListener::heard(const QString &name, QSqlDriver::NotificationSource, const QVariant &payload)
{
    if (name != QLatin1String(PgChangeLog::channel()))
        return;
    QSqlDatabase db = QSqlDatabase::database(m_connection, false);
    QSqlQuery q(db);
    QString error;
    if (!PgSql::exec(q, QStringLiteral("SELECT id, changed_by, kind, papers FROM library_changes WHERE id = ?"),
                     {payload.toString().toLongLong()}, &error)
        || !q.next()) {
        m_error = error;
        return;
    }
    LibraryChange change;
    change.id = q.value(0).toLongLong();
    change.by = q.value(1).toString();
    change.kind = q.value(2).toString();
    change.papers = q.value(3).toInt();
    change.own = PgChangeLog::isOwn(db, change.id);
    emit changed(change);
}
