#include "pgconnection.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>

namespace {
QString where(const StoreLocation &location)
{
    return QStringLiteral("%1:%2").arg(location.host).arg(location.port);
}
} // namespace

bool PgConnection::open(const StoreLocation &location, const QString &name, const QString &password, QString *error)
{
    if (!QSqlDatabase::isDriverAvailable(QStringLiteral("QPSQL"))) {
        *error = tr("Qt's PostgreSQL driver (QPSQL) is not installed: install libqt6sql6-psql"
                    " (libqt5sql5-psql for the Qt 5 build)");
        return false;
    }
    if (QSqlDatabase::contains(name))
        QSqlDatabase::removeDatabase(name);
    bool opened = false;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
        db.setHostName(location.host);
        db.setPort(location.port);
        db.setDatabaseName(location.database);
        db.setUserName(location.user);
        if (!password.isEmpty())
            db.setPassword(password);
        QStringList options{QStringLiteral("connect_timeout=%1").arg(connectTimeoutSeconds),
                            QStringLiteral("application_name=paperscope"), QStringLiteral("keepalives=1"),
                            QStringLiteral("keepalives_idle=%1").arg(deadLinkSeconds),
                            QStringLiteral("keepalives_interval=%1").arg(deadLinkSeconds / 2),
                            QStringLiteral("keepalives_count=2"),
                            QStringLiteral("tcp_user_timeout=%1").arg(deadLinkSeconds * 1000)};
        if (!location.sslMode.isEmpty())
            options << QStringLiteral("sslmode=") + location.sslMode;
        db.setConnectOptions(options.join(QLatin1Char(';')));
        opened = db.open();
        if (!opened) {
            const QSqlError failure = db.lastError();
            *error = explain(failure.databaseText().isEmpty() ? failure.text() : failure.databaseText(), location);
        }
    }
    if (!opened)
        QSqlDatabase::removeDatabase(name);
    return opened;
}

bool PgConnection::canReach(const StoreLocation &location, const QString &name, const QString &password)
{
    QString error;
    if (!open(location, name, password, &error))
        return false; // open() removed it
    QSqlDatabase::removeDatabase(name);
    return true;
}

QString PgConnection::explain(const QString &libpqMessage, const StoreLocation &location)
{
    const QString message = libpqMessage.simplified();
    const auto has = [&](const char *text) { return message.contains(QLatin1String(text), Qt::CaseInsensitive); };
    if (has("password authentication failed"))
        return tr("wrong password for %1 on %2 (libpq reads it from PGPASSWORD, ~/.pgpass or a service file)")
            .arg(location.user, where(location));
    if (has("no password supplied"))
        return tr("%1 on %2 asks for a password: give it through PGPASSWORD, ~/.pgpass or a service file")
            .arg(location.user, where(location));
    if (has("role \"") && has("does not exist"))
        return tr("%1 has no role %2: ask the library's owner to create it (createuser)")
            .arg(where(location), location.user);
    if (has("database \"") && has("does not exist"))
        return tr("there is no database %1 on %2: create it with createdb, or check the name")
            .arg(location.database, where(location));
    if (has("server does not support SSL"))
        return tr("%1 does not offer TLS, but sslmode=%2 requires it").arg(where(location), location.sslMode);
    if (has("no pg_hba.conf entry") && has("no encryption"))
        return tr("%1 accepts %2 only over TLS: use sslmode=require").arg(where(location), location.user);
    if (has("no pg_hba.conf entry"))
        return tr("%1 does not let %2 in from this machine (pg_hba.conf)").arg(where(location), location.user);
    if (has("could not translate host name"))
        return tr("cannot find the host %1 (check the name)").arg(location.host);
    if (has("connection refused") || has("could not connect") || has("timeout expired")
        || has("no route to host") || has("network is unreachable"))
        return tr("cannot reach PostgreSQL at %1: is the server running, and the host and port right?")
            .arg(where(location));
    if (has("too many connections"))
        return tr("%1 has no free connections left; try again later").arg(where(location));
    return tr("cannot open the shared library %1: %2").arg(location.displayName(), message);
}

bool PgConnection::isConnectionLost(const QSqlDatabase &db)
{
    if (!db.isOpen())
        return true;
    const QSqlError error = db.lastError();
    return error.type() == QSqlError::ConnectionError || isLostMessage(error.databaseText());
}

bool PgConnection::isLostMessage(const QString &message)
{
    // libpq's words for a session that ended under it.
    for (const char *sign : {"server closed the connection", "no connection to the server",
                             "terminating connection", "could not receive data from server",
                             "could not send data to server", "SSL SYSCALL error"}) {
        if (message.contains(QLatin1String(sign), Qt::CaseInsensitive))
            return true;
    }
    return false;
}

QString PgConnection::lostLine(const StoreLocation &location)
{
    return tr("the connection to %1 was lost (the server stopped or the network failed); nothing of the unfinished"
              " work was kept")
        .arg(location.displayName());
}
