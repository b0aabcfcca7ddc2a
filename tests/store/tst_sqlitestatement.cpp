// Tests for SqliteStatement, the import's prepared statements on the SQLite
// handle of a QSQLITE connection: values bound (text without a copy, NULL
// and '' kept apart), rows read back, and a bind SQLite refuses failing the
// statement by name instead of writing a row with a parameter missing.
#include "sqlitestatement.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QtTest>

class TestSqliteStatement : public QObject
{
    Q_OBJECT
    QSqlDatabase m_db;

    qint64 rows()
    {
        QSqlQuery q(m_db);
        return q.exec(QStringLiteral("SELECT COUNT(*) FROM t")) && q.next() ? q.value(0).toLongLong() : -1;
    }

private slots:
    void init()
    {
        m_db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("statement"));
        m_db.setDatabaseName(QStringLiteral(":memory:"));
        QVERIFY(m_db.open());
        QVERIFY(QSqlQuery(m_db).exec(QStringLiteral("CREATE TABLE t (n INTEGER, s TEXT)")));
    }
    void cleanup()
    {
        m_db.close();
        m_db = QSqlDatabase();
        QSqlDatabase::removeDatabase(QStringLiteral("statement"));
    }

    void bindsAndReadsBack()
    {
        SqliteStatement insert;
        QVERIFY2(insert.prepare(m_db, QStringLiteral("INSERT INTO t (n, s) VALUES (?, ?)")), qPrintable(insert.error()));
        const QString text = QStringLiteral("Müller \U0001D4D0 'quoted'; DROP TABLE t");
        insert.bind(0, qint64(1));
        insert.bind(1, text);
        QVERIFY2(insert.exec(), qPrintable(insert.error()));
        QCOMPARE(insert.changes(), 1);
        insert.bind(0, qint64(2));
        insert.bind(1, QString()); // a null QString is ''
        QVERIFY(insert.exec());
        insert.bind(0, qint64(3));
        insert.bindTextOrNull(1, QString()); // '' as NULL
        QVERIFY(insert.exec());

        SqliteStatement select;
        QVERIFY(select.prepare(m_db, QStringLiteral("SELECT n, s, s IS NULL FROM t ORDER BY n")));
        QStringList seen;
        while (select.step())
            seen << QStringLiteral("%1|%2|%3").arg(select.int64Value(0)).arg(select.textValue(1)).arg(select.int64Value(2));
        QVERIFY(select.ok());
        QCOMPARE(seen, (QStringList{QStringLiteral("1|%1|0").arg(text), QStringLiteral("2||0"), QStringLiteral("3||1")}));
    }

    void aRefusedBindFailsTheStatement()
    {
        SqliteStatement insert;
        QVERIFY(insert.prepare(m_db, QStringLiteral("INSERT INTO t (n, s) VALUES (?, ?)")));
        insert.bind(0, qint64(1));
        insert.bind(1, QStringLiteral("kept"));
        insert.bind(2, QStringLiteral("one too many")); // the statement has two parameters
        QVERIFY(!insert.exec());
        QVERIFY2(insert.error().contains(QStringLiteral("parameter 3")), qPrintable(insert.error()));
        QCOMPARE(rows(), 0);
        // The refusal is gone with the reset: the next row goes in.
        insert.bind(0, qint64(2));
        insert.bind(1, QStringLiteral("next"));
        QVERIFY2(insert.exec(), qPrintable(insert.error()));
        QCOMPARE(rows(), 1);

        SqliteStatement select;
        QVERIFY(select.prepare(m_db, QStringLiteral("SELECT s FROM t WHERE n = ?")));
        select.bind(1, qint64(2)); // out of range: the query fails rather than reading with n unbound
        QVERIFY(!select.step());
        QVERIFY(!select.ok());
        QVERIFY2(select.error().contains(QStringLiteral("parameter 2")), qPrintable(select.error()));
    }

    void aStatementThatDoesNotPrepareSaysWhy()
    {
        SqliteStatement bad;
        QVERIFY(!bad.prepare(m_db, QStringLiteral("INSERT INTO missing VALUES (?)")));
        QVERIFY2(bad.error().contains(QStringLiteral("missing")), qPrintable(bad.error()));
        QVERIFY(!bad.isPrepared());
    }
};

QTEST_GUILESS_MAIN(TestSqliteStatement)
#include "tst_sqlitestatement.moc"
