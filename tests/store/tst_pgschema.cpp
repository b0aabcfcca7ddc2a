// PgSchema against a real PostgreSQL: an empty database becomes a library,
// two clients starting at once migrate it once, and a database of another
// program, a newer library or a role that is not the owner are refused
// with nothing changed.
#include "pgschema.h"
#include "pgschemav3.h"
#include "support/testpostgres.h"

#include <QSemaphore>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QtTest>

#include <atomic>
#include <thread>

class TestPgSchema : public QObject
{
    Q_OBJECT

private:
    static int tableCount(QSqlDatabase &db)
    {
        QSqlQuery q(db);
        q.exec(QStringLiteral("SELECT count(*) FROM pg_tables WHERE schemaname = 'public'"));
        return q.next() ? q.value(0).toInt() : -1;
    }

private slots:
    void migratesAnEmptyDatabaseOnce()
    {
        TEST_POSTGRES_SERVER();
        TestPostgres::Database database;
        QVERIFY2(database.ok(), qPrintable(database.error()));
        QString error;
        QVERIFY2(PgConnection::open(database.location(), QStringLiteral("one"), QString(), &error), qPrintable(error));
        {
            QSqlDatabase db = QSqlDatabase::database(QStringLiteral("one"));
            QCOMPARE(PgSchema::version(db), 0);
            int from = -1;
            QVERIFY2(PgSchema::migrate(db, &error, &from), qPrintable(error));
            QCOMPARE(from, 0);
            QCOMPARE(PgSchema::version(db), PgSchema::currentVersion);
            const int tables = tableCount(db);
            QVERIFY(tables >= 15);
            QVERIFY2(PgSchema::migrate(db, &error, &from), qPrintable(error));
            QCOMPARE(from, PgSchema::currentVersion);
            QCOMPARE(tableCount(db), tables);
            // Search through the folded text's tsvector, with prefixes.
            QSqlQuery q(db);
            QVERIFY(q.exec(QStringLiteral("INSERT INTO papers (title, norm_title, citation_key, search)"
                                          " VALUES ('Über Müller', 'uber muller', 'muller2024', %1)")
                               .arg(PgSchemaV3::searchVector(QStringLiteral("'uber muller'")))));
            QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM papers WHERE search @@ to_tsquery('simple', 'mull:*')")));
            QVERIFY(q.next());
            QCOMPARE(q.value(0).toInt(), 1);
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("one"));
    }

    // A library of version 1 (search by to_tsvector's parser) becomes version
    // 2 (the folded words as lexemes) with its papers still found, prefixes
    // too, and a word too long for a lexeme left out as before.
    void migratesVersion1SearchToVersion2()
    {
        TEST_POSTGRES_SERVER();
        TestPostgres::Database database;
        QVERIFY2(database.ok(), qPrintable(database.error()));
        QString error;
        QVERIFY2(PgConnection::open(database.location(), QStringLiteral("v1"), QString(), &error), qPrintable(error));
        {
            QSqlDatabase db = QSqlDatabase::database(QStringLiteral("v1"));
            // A library as the first Paperscope left it.
            QVERIFY2(PgSchema::migrate(db, &error, nullptr, 1), qPrintable(error));
            QSqlQuery q(db);
            QVERIFY(q.exec(QStringLiteral("INSERT INTO papers (title, norm_title, citation_key, search_text) VALUES"
                                          " ('Über Müller', 'uber muller', 'muller2024', 'uber muller 2024'),"
                                          " ('Long', 'long', 'long2024', 'long ' || repeat('x', 3000) || ' word')")));
            QCOMPARE(PgSchema::version(db), 1);
            int from = -1;
            QVERIFY2(PgSchema::migrate(db, &error, &from, 2), qPrintable(error));
            QCOMPARE(from, 1);
            QCOMPARE(PgSchema::version(db), 2);
            const auto found = [&q](const QString &query) {
                q.prepare(QStringLiteral("SELECT string_agg(citation_key, ',' ORDER BY citation_key) FROM papers"
                                         " WHERE search @@ to_tsquery('simple', ?)"));
                q.addBindValue(query);
                return q.exec() && q.next() ? q.value(0).toString() : QStringLiteral("(error)");
            };
            QCOMPARE(found(QStringLiteral("mull:*")), QStringLiteral("muller2024"));
            QCOMPARE(found(QStringLiteral("uber:* & 2024:*")), QStringLiteral("muller2024"));
            QCOMPARE(found(QStringLiteral("word:*")), QStringLiteral("long2024"));
            QCOMPARE(found(QStringLiteral("xxx:*")), QString());
            // New rows get the new column; the index is there again.
            QVERIFY(q.exec(QStringLiteral("INSERT INTO papers (title, norm_title, citation_key, search_text)"
                                          " VALUES ('New', 'new', 'new2025', 'fresh words')")));
            QCOMPARE(found(QStringLiteral("fre:*")), QStringLiteral("new2025"));
            QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM pg_indexes WHERE indexname = 'papers_search'")));
            QVERIFY(q.next());
            QCOMPARE(q.value(0).toInt(), 1);
            q.finish();
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("v1"));
    }

    void twoClientsStartingAtOnceMigrateOnce()
    {
        TEST_POSTGRES_SERVER();
        TestPostgres::Database database;
        QVERIFY2(database.ok(), qPrintable(database.error()));
        QSemaphore ready, go;
        std::atomic<int> migratedFromZero{0}, succeeded{0};
        QStringList errors;
        QMutex errorsLock;
        auto client = [&](int n) {
            const QString name = QStringLiteral("client%1").arg(n);
            QString error;
            if (PgConnection::open(database.location(), name, QString(), &error)) {
                QSqlDatabase db = QSqlDatabase::database(name);
                ready.release();
                go.acquire();
                int from = -1;
                if (PgSchema::migrate(db, &error, &from)) {
                    ++succeeded;
                    if (from == 0)
                        ++migratedFromZero;
                }
                db.close();
            } else {
                ready.release();
                go.acquire();
            }
            if (!error.isEmpty()) {
                QMutexLocker locker(&errorsLock);
                errors << error;
            }
            QSqlDatabase::removeDatabase(name);
        };
        std::thread a(client, 1), b(client, 2);
        ready.acquire(2);
        go.release(2);
        a.join();
        b.join();
        QVERIFY2(errors.isEmpty(), qPrintable(errors.join(QLatin1Char('\n'))));
        QCOMPARE(succeeded.load(), 2);
        QCOMPARE(migratedFromZero.load(), 1); // the other found it done once it had the lock
    }

    void refusesADatabaseOfAnotherProgram()
    {
        TEST_POSTGRES_SERVER();
        TestPostgres::Database database;
        QVERIFY2(database.ok(), qPrintable(database.error()));
        QString error;
        QVERIFY(PgConnection::open(database.location(), QStringLiteral("foreign"), QString(), &error));
        {
            QSqlDatabase db = QSqlDatabase::database(QStringLiteral("foreign"));
            QSqlQuery q(db);
            QVERIFY(q.exec(QStringLiteral("CREATE TABLE accounts (id int)")));
            QVERIFY(!PgSchema::migrate(db, &error));
            QVERIFY2(error.contains(QStringLiteral("holds tables of another program")), qPrintable(error));
            QCOMPARE(tableCount(db), 1);
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("foreign"));
    }

    void refusesALibraryOfANewerPaperscope()
    {
        TEST_POSTGRES_SERVER();
        TestPostgres::Database database;
        QVERIFY2(database.ok(), qPrintable(database.error()));
        QString error;
        QVERIFY(PgConnection::open(database.location(), QStringLiteral("newer"), QString(), &error));
        {
            QSqlDatabase db = QSqlDatabase::database(QStringLiteral("newer"));
            QVERIFY(PgSchema::migrate(db, &error));
            QSqlQuery q(db);
            QVERIFY(q.exec(QStringLiteral("UPDATE paperscope_meta SET value = '99' WHERE key = 'schema_version'")));
            QVERIFY(!PgSchema::migrate(db, &error));
            QVERIFY2(error.contains(QStringLiteral("written by a newer Paperscope (schema 99")), qPrintable(error));
            QCOMPARE(PgSchema::version(db), 99);
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("newer"));
    }

    void onlyTheOwnerCreatesTheLibrary()
    {
        TEST_POSTGRES_SERVER();
        TestPostgres::Database database;
        QVERIFY2(database.ok(), qPrintable(database.error()));
        const QString role = QStringLiteral("pstest_guest_%1").arg(QCoreApplication::applicationPid());
        QVERIFY(TestPostgres::admin(QStringLiteral("CREATE ROLE %1 LOGIN PASSWORD 'guest-pw'").arg(role)));
        QString error;
        QVERIFY2(PgConnection::open(database.as(role), QStringLiteral("guest"), QStringLiteral("guest-pw"), &error),
                 qPrintable(error));
        {
            QSqlDatabase db = QSqlDatabase::database(QStringLiteral("guest"));
            QVERIFY(!PgSchema::migrate(db, &error));
            QVERIFY2(error.contains(QStringLiteral("its owner (paperscope_test) creates it")), qPrintable(error));
            QCOMPARE(tableCount(db), 0);
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("guest"));
        TestPostgres::admin(QStringLiteral("DROP ROLE %1").arg(role));
    }
};

QTEST_GUILESS_MAIN(TestPgSchema)
#include "tst_pgschema.moc"
