#pragma once
// Test support: a real PostgreSQL for the shared-library tests. The server
// is the throw-away one packaging/with-test-postgres.sh starts around the
// test command (PAPERSCOPE_TEST_POSTGRES holds its URL, PGPASSFILE its
// password); each test makes its own empty database (TestPostgres::Database)
// and login roles, all dropped again at the end. Without the server a test
// is skipped with a message, unless PAPERSCOPE_REQUIRE_POSTGRES=1 (the test
// command sets it), where a missing server fails it.

#include "pgconnection.h"
#include "storelocation.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QtTest>

namespace TestPostgres {

inline StoreLocation server()
{
    StoreLocation location;
    QString error;
    const QString url = qEnvironmentVariable("PAPERSCOPE_TEST_POSTGRES");
    if (url.isEmpty() || !StoreLocation::parse(url, &location, &error))
        return StoreLocation();
    return location;
}

inline bool required() { return qEnvironmentVariable("PAPERSCOPE_REQUIRE_POSTGRES") == QLatin1String("1"); }

// Runs SQL on the server's maintenance database as the test role.
inline bool admin(const QString &sql, QString *error = nullptr)
{
    const QString name = QStringLiteral("test-postgres-admin");
    QString failure;
    bool ok = PgConnection::open(server(), name, QString(), &failure);
    if (ok) {
        QSqlDatabase db = QSqlDatabase::database(name);
        QSqlQuery q(db);
        ok = q.exec(sql);
        if (!ok)
            failure = q.lastError().text();
        q.finish();
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    if (error)
        *error = failure;
    return ok;
}

// A new empty database of the test role's, dropped (with its connections)
// when this goes.
class Database
{
public:
    Database()
    {
        static int made = 0;
        m_location = server();
        m_location.database = QStringLiteral("pstest_%1_%2").arg(QCoreApplication::applicationPid()).arg(++made);
        m_ok = m_location.isShared() && admin(QStringLiteral("CREATE DATABASE %1").arg(m_location.database), &m_error);
    }
    ~Database()
    {
        if (m_ok)
            admin(QStringLiteral("DROP DATABASE %1 WITH (FORCE)").arg(m_location.database));
    }
    bool ok() const { return m_ok; }
    QString error() const { return m_error; }
    StoreLocation location() const { return m_location; }
    StoreLocation as(const QString &user) const
    {
        StoreLocation other = m_location;
        other.user = user;
        return other;
    }

private:
    StoreLocation m_location;
    bool m_ok = false;
    QString m_error;
};

} // namespace TestPostgres

// In a test function: skip (or, in the test command, fail) without a server.
#define TEST_POSTGRES_SERVER()                                                                                   \
    do {                                                                                                         \
        if (!TestPostgres::server().isShared()) {                                                                \
            if (TestPostgres::required())                                                                        \
                QFAIL("PAPERSCOPE_TEST_POSTGRES is not set: run under packaging/with-test-postgres.sh");          \
            QSKIP("no PostgreSQL test server: run under packaging/with-test-postgres.sh");                       \
        }                                                                                                        \
    } while (false)
