// StoreLocation: --db as a SQLite path or a shared library's URL, and the
// one-line reasons a malformed URL gets.
#include "storelocation.h"

#include <QtTest>

class TestStoreLocation : public QObject
{
    Q_OBJECT

private slots:
    void pathIsTakenAsItIs()
    {
        StoreLocation location;
        QString error;
        QVERIFY(StoreLocation::parse(QStringLiteral("/home/mara/papers.sqlite"), &location, &error));
        QVERIFY(!location.isShared());
        QCOMPARE(location.path, QStringLiteral("/home/mara/papers.sqlite"));
        QVERIFY(StoreLocation::parse(QStringLiteral("relative dir/store.sqlite"), &location, &error));
        QCOMPARE(location.toString(), QStringLiteral("relative dir/store.sqlite"));
    }

    void fullUrl()
    {
        StoreLocation location;
        QString error;
        QVERIFY2(StoreLocation::parse(QStringLiteral("postgresql://mara@db.lab.example:6543/papers?sslmode=require"),
                                      &location, &error), qPrintable(error));
        QVERIFY(location.isShared());
        QCOMPARE(location.user, QStringLiteral("mara"));
        QCOMPARE(location.host, QStringLiteral("db.lab.example"));
        QCOMPARE(location.port, 6543);
        QCOMPARE(location.database, QStringLiteral("papers"));
        QCOMPARE(location.sslMode, QStringLiteral("require"));
        QCOMPARE(location.displayName(), QStringLiteral("mara@db.lab.example:6543/papers"));
        QCOMPARE(location.toString(), QStringLiteral("postgresql://mara@db.lab.example:6543/papers?sslmode=require"));
    }

    void defaultsAndOtherSpellings()
    {
        StoreLocation location;
        QString error;
        QVERIFY2(StoreLocation::parse(QStringLiteral("postgres://j%C3%BCrgen@127.0.0.1/lab%20library"), &location, &error),
                 qPrintable(error));
        QCOMPARE(location.port, 5432);
        QCOMPARE(location.user, QStringLiteral("jürgen"));
        QCOMPARE(location.database, QStringLiteral("lab library"));
        QVERIFY(location.sslMode.isEmpty());
        QVERIFY(StoreLocation::parse(QStringLiteral("postgresql://ada@[::1]:5433/refs"), &location, &error));
        QCOMPARE(location.host, QStringLiteral("::1"));
        QCOMPARE(location.displayName(), QStringLiteral("ada@[::1]:5433/refs"));
        QVERIFY(StoreLocation::looksShared(QStringLiteral("PostgreSQL://x@y/z")));
        QVERIFY(!StoreLocation::looksShared(QStringLiteral("postgresql.sqlite")));
    }

    void badUrls_data()
    {
        QTest::addColumn<QString>("url");
        QTest::addColumn<QString>("says");
        QTest::newRow("password") << QStringLiteral("postgresql://mara:secret@db/papers") << QStringLiteral("PGPASSWORD");
        QTest::newRow("no user") << QStringLiteral("postgresql://db/papers") << QStringLiteral("names no user");
        QTest::newRow("no host") << QStringLiteral("postgresql://mara@/papers") << QStringLiteral("names no host");
        QTest::newRow("no database") << QStringLiteral("postgresql://mara@db") << QStringLiteral("names no database");
        QTest::newRow("two databases") << QStringLiteral("postgresql://mara@db/a/b") << QStringLiteral("names no database");
        QTest::newRow("bad port") << QStringLiteral("postgresql://mara@db:99999/papers") << QStringLiteral("not a valid URL");
        QTest::newRow("unknown option") << QStringLiteral("postgresql://mara@db/papers?user=root")
                                        << QStringLiteral("unknown URL option 'user'");
        QTest::newRow("bad sslmode") << QStringLiteral("postgresql://mara@db/papers?sslmode=always")
                                     << QStringLiteral("sslmode=always is not one of");
        QTest::newRow("empty path") << QStringLiteral("  ") << QStringLiteral("path is empty");
    }

    void badUrls()
    {
        QFETCH(QString, url);
        QFETCH(QString, says);
        StoreLocation location;
        QString error;
        QVERIFY(!StoreLocation::parse(url, &location, &error));
        QVERIFY2(error.contains(says), qPrintable(error));
        QVERIFY2(!error.contains(QStringLiteral("secret")), qPrintable(error)); // never echoes a password
        QVERIFY(!location.isShared());
    }
};

QTEST_APPLESS_MAIN(TestStoreLocation)
#include "tst_storelocation.moc"
