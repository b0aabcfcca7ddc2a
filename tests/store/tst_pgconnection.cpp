// PgConnection against a real PostgreSQL: it opens with the password libpq
// finds, and each way of failing gets its own clear line (wrong password,
// unknown role, missing database, unreachable port, TLS refused); a
// silent server is noticed (keepalives and a user timeout on the socket).
#include "pgconnection.h"
#include "support/testpostgres.h"

#include <QSqlDatabase>
#include <QSqlDriver>
#include <QSqlQuery>
#include <QTcpServer>
#include <QtTest>

#include <libpq-fe.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <sys/socket.h>

class TestPgConnection : public QObject
{
    Q_OBJECT

private:
    QString failure(const StoreLocation &location, const QString &password = QString())
    {
        QString error;
        if (PgConnection::open(location, QStringLiteral("fault"), password, &error))
            return QStringLiteral("(opened)");
        return error;
    }

private slots:
    void opensWithThePasswordLibpqFinds()
    {
        TEST_POSTGRES_SERVER();
        TestPostgres::Database database;
        QVERIFY2(database.ok(), qPrintable(database.error()));
        QString error;
        QVERIFY2(PgConnection::open(database.location(), QStringLiteral("good"), QString(), &error), qPrintable(error));
        {
            QSqlDatabase db = QSqlDatabase::database(QStringLiteral("good"));
            QSqlQuery q(db);
            QVERIFY(q.exec(QStringLiteral("SELECT current_database(), current_user")));
            QVERIFY(q.next());
            QCOMPARE(q.value(0).toString(), database.location().database);
            QCOMPARE(q.value(1).toString(), QStringLiteral("paperscope_test"));
            QVERIFY(!PgConnection::isConnectionLost(db));
            db.close();
            QVERIFY(PgConnection::isConnectionLost(db));
        }
        QSqlDatabase::removeDatabase(QStringLiteral("good"));
    }

    // A dropped link without a reset would block a statement for the
    // system's retransmission time; the socket libpq opened says otherwise.
    void aSilentServerIsNoticedWithinSeconds()
    {
        TEST_POSTGRES_SERVER();
        QString error;
        QVERIFY2(PgConnection::open(TestPostgres::server(), QStringLiteral("alive"), QString(), &error), qPrintable(error));
        {
            QSqlDatabase db = QSqlDatabase::database(QStringLiteral("alive"));
            const QVariant handle = db.driver()->handle();
            QVERIFY2(qstrcmp(handle.typeName(), "PGconn*") == 0 || qstrcmp(handle.typeName(), "pg_conn*") == 0, handle.typeName());
            const int fd = PQsocket(*static_cast<PGconn *const *>(handle.data()));
            QVERIFY(fd >= 0);
            const auto option = [fd](int level, int name) {
                int value = -1;
                socklen_t size = sizeof value;
                return getsockopt(fd, level, name, &value, &size) == 0 ? value : -1;
            };
            QCOMPARE(option(SOL_SOCKET, SO_KEEPALIVE), 1);
            QCOMPARE(option(IPPROTO_TCP, TCP_KEEPIDLE), PgConnection::deadLinkSeconds);
            QCOMPARE(option(IPPROTO_TCP, TCP_USER_TIMEOUT), PgConnection::deadLinkSeconds * 1000);
        }
        QSqlDatabase::removeDatabase(QStringLiteral("alive"));
    }

    void wrongPassword()
    {
        TEST_POSTGRES_SERVER();
        const QString error = failure(TestPostgres::server(), QStringLiteral("not-the-password"));
        QVERIFY2(error.startsWith(QStringLiteral("wrong password for paperscope_test on 127.0.0.1:")), qPrintable(error));
        QVERIFY2(!error.contains(QStringLiteral("not-the-password")), qPrintable(error));
        QVERIFY(!QSqlDatabase::contains(QStringLiteral("fault"))); // a failed connection is not left behind
    }

    void unknownRole()
    {
        TEST_POSTGRES_SERVER();
        StoreLocation location = TestPostgres::server();
        location.user = QStringLiteral("nobody_of_this_lab");
        const QString error = failure(location, QStringLiteral("x"));
        // PostgreSQL answers an unknown role like a wrong password (it does
        // not tell strangers which roles exist).
        QVERIFY2(error.contains(QStringLiteral("nobody_of_this_lab")), qPrintable(error));
        QVERIFY2(error.startsWith(QStringLiteral("wrong password")) || error.contains(QStringLiteral("has no role")),
                 qPrintable(error));
    }

    void missingDatabase()
    {
        TEST_POSTGRES_SERVER();
        StoreLocation location = TestPostgres::server();
        location.database = QStringLiteral("no_such_library");
        const QString error = failure(location);
        QVERIFY2(error.startsWith(QStringLiteral("there is no database no_such_library on 127.0.0.1:")),
                 qPrintable(error));
    }

    void unreachablePort()
    {
        TEST_POSTGRES_SERVER();
        QTcpServer probe; // a port that was free a moment ago, and nobody listens on
        QVERIFY(probe.listen(QHostAddress::LocalHost));
        StoreLocation location = TestPostgres::server();
        location.port = probe.serverPort();
        probe.close();
        const QString error = failure(location);
        QVERIFY2(error.startsWith(QStringLiteral("cannot reach PostgreSQL at 127.0.0.1:%1").arg(location.port)),
                 qPrintable(error));
    }

    void tlsRequiredButRefused()
    {
        TEST_POSTGRES_SERVER();
        StoreLocation location = TestPostgres::server(); // the test server has no certificate: no TLS
        location.sslMode = QStringLiteral("require");
        const QString error = failure(location);
        QVERIFY2(error.contains(QStringLiteral("does not offer TLS, but sslmode=require requires it")), qPrintable(error));
    }

    void explainsUnknownMessagesWithTheLibrary()
    {
        StoreLocation location;
        QString error;
        QVERIFY(StoreLocation::parse(QStringLiteral("postgresql://mara@db.lab:5432/papers"), &location, &error));
        QCOMPARE(PgConnection::explain(QStringLiteral("something   odd\nhappened"), location),
                 QStringLiteral("cannot open the shared library mara@db.lab:5432/papers: something odd happened"));
        QCOMPARE(PgConnection::explain(QStringLiteral("could not translate host name \"db.lab\" to address"), location),
                 QStringLiteral("cannot find the host db.lab (check the name)"));
    }
};

QTEST_GUILESS_MAIN(TestPgConnection)
#include "tst_pgconnection.moc"
