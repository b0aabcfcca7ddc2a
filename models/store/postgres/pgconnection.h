#pragma once
// Opens a Qt Sql connection (the QPSQL driver) to a shared library on
// PostgreSQL and turns libpq's failures into one line a user can act on:
// a wrong or missing password, an unknown role, an unreachable host, a
// database that does not exist, TLS required but refused, the driver not
// installed. The password is given only when the window has one (from the
// keyring); otherwise libpq's own ways apply (PGPASSWORD, ~/.pgpass,
// service files). Nothing here writes to the database.

#include "storelocation.h"

#include <QCoreApplication>
#include <QString>

class QSqlDatabase;

class PgConnection
{
    Q_DECLARE_TR_FUNCTIONS(PgConnection)

public:
    static constexpr int connectTimeoutSeconds = 5;
    // A connection whose server went silent (a dropped link, no reset)
    // fails after about this long instead of the system's retransmission
    // time (about 15 minutes on Linux): TCP keepalives while idle, and
    // tcp_user_timeout for data sent but never acknowledged (the window's
    // liveness check, LiveLibrary, runs such a statement on its thread).
    static constexpr int deadLinkSeconds = 10;

    // Adds connection `name` (replacing one of that name) and opens it;
    // false with one line in *error (the connection is then removed).
    static bool open(const StoreLocation &location, const QString &name, const QString &password, QString *error);
    // Whether the server answers: opens a throw-away connection `name`
    // and removes it again (may wait connectTimeoutSeconds; any thread).
    static bool canReach(const StoreLocation &location, const QString &name, const QString &password);
    // The line for a failed connection attempt, from libpq's message.
    static QString explain(const QString &libpqMessage, const StoreLocation &location);
    // True when the driver reports a connection that is gone (server
    // restarted or unreachable), as opposed to an error of one statement.
    static bool isConnectionLost(const QSqlDatabase &db);
    // The same told from a failed statement's message.
    static bool isLostMessage(const QString &message);
    // What a user reads when the connection went away mid-work.
    static QString lostLine(const StoreLocation &location);
};
