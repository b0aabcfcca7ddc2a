// COPY rows (PgCopyRows, sent by PgCopy) and the search vectors written as
// tsvector text (PgSchemaV3::searchVectorText): every special character of
// COPY's text format escaped so a value never ends its field or row early;
// on the real server, rows with each of them come back as they went in,
// NULL stays NULL, and the client's vectors equal what the server's own
// expression (PgSchemaV3::searchVector) makes of the same folded texts;
// a COPY whose session ends under it fails as a lost connection and keeps
// nothing; an import's papers get the server's vectors, also the one of a
// text with a word too long for a lexeme.
#include "pgcopy.h"
#include "pgcopyrows.h"
#include "pgpaperstore.h"
#include "pgschemav3.h"
#include "support/testpostgres.h"
#include "textfold.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QtTest>

namespace {
QStringList specialTexts()
{
    return {QStringLiteral("back\\slash"), QStringLiteral("a\ttab"), QStringLiteral("new\nline"),
            QStringLiteral("carriage\rreturn"), QStringLiteral("\\N"), QStringLiteral("\\.\n"),
            QStringLiteral("all \\\t\n\r at once \\\\"), QStringLiteral(""), QStringLiteral("Jörg Müller ∑ 𝔸 'q' \"d\"")};
}
} // namespace

class TestPgCopy : public QObject
{
    Q_OBJECT

private slots:
    void escapesEverySpecialCharacter_data()
    {
        QTest::addColumn<QString>("value");
        QTest::addColumn<QByteArray>("escaped");
        QTest::newRow("plain") << QStringLiteral("plain words") << QByteArray("plain words");
        QTest::newRow("empty") << QString() << QByteArray();
        QTest::newRow("backslash") << QStringLiteral("a\\b") << QByteArray("a\\\\b");
        QTest::newRow("tab") << QStringLiteral("a\tb") << QByteArray("a\\tb");
        QTest::newRow("newline") << QStringLiteral("a\nb") << QByteArray("a\\nb");
        QTest::newRow("carriage return") << QStringLiteral("a\rb") << QByteArray("a\\rb");
        QTest::newRow("only specials") << QStringLiteral("\\\t\n\r") << QByteArray("\\\\\\t\\n\\r");
        QTest::newRow("null marker as text") << QStringLiteral("\\N") << QByteArray("\\\\N");
        QTest::newRow("end marker as text") << QStringLiteral("\\.") << QByteArray("\\\\.");
        QTest::newRow("at both ends") << QStringLiteral("\tx\n") << QByteArray("\\tx\\n");
        QTest::newRow("utf-8") << QStringLiteral("Müller 𝔸") << QStringLiteral("Müller 𝔸").toUtf8();
    }
    void escapesEverySpecialCharacter()
    {
        QFETCH(QString, value);
        QFETCH(QByteArray, escaped);
        QByteArray out("x");
        PgCopyRows::escape(out, value);
        QCOMPARE(out, QByteArray("x") + escaped);
    }

    void writesFieldsAndRows()
    {
        PgCopyRows rows;
        rows.add(QStringLiteral("a\tb"));
        rows.add(42);
        rows.addOrNull(QString());
        rows.addOrNull(QStringLiteral("c"));
        rows.endRow();
        rows.add(QString());
        rows.addNull();
        rows.endRow();
        QCOMPARE(rows.rows(), 2);
        QCOMPARE(rows.data(), QByteArray("a\\tb\t42\t\\N\tc\n\t\\N\n"));
    }

    void writesTsvectorText()
    {
        QByteArray vector;
        QVERIFY(PgSchemaV3::searchVectorText(QStringLiteral(" b  a it's back\\slash "), &vector));
        QCOMPARE(vector, QByteArray("'a' 'b' 'back\\\\slash' 'it''s'"));
        // Each word once, bytes as unsigned (é after z), a prefix before the longer word.
        QVERIFY(PgSchemaV3::searchVectorText(QStringLiteral("z é ab a abc z a"), &vector));
        QCOMPARE(vector, QStringLiteral("'a' 'ab' 'abc' 'z' 'é'").toUtf8());
        QVERIFY(PgSchemaV3::searchVectorText(QString(), &vector));
        QCOMPARE(vector, QByteArray());
        // A word of 512 characters in a text of 2048 bytes or more is for the server's parser.
        QVERIFY(!PgSchemaV3::searchVectorText(QStringLiteral("a ") + QString(512, QLatin1Char('x')) + QString(1600, QLatin1Char(' ')), &vector));
        QVERIFY(PgSchemaV3::searchVectorText(QStringLiteral("a ") + QString(511, QLatin1Char('x')) + QString(1600, QLatin1Char(' ')), &vector));
        QVERIFY(PgSchemaV3::searchVectorText(QString(600, QLatin1Char('x')), &vector)); // under 2048 bytes
    }

    void copiesRowsThroughTheServer()
    {
        TEST_POSTGRES_SERVER();
        TestPostgres::Database database;
        QVERIFY2(database.ok(), qPrintable(database.error()));
        QString error;
        const QString name = QStringLiteral("copy");
        QVERIFY2(PgConnection::open(database.location(), name, QString(), &error), qPrintable(error));
        {
            QSqlDatabase db = QSqlDatabase::database(name);
            QSqlQuery q(db);
            QVERIFY(q.exec(QStringLiteral("CREATE TABLE t (n int, v text, w text)")));
            QVERIFY(db.transaction());
            const QStringList texts = specialTexts();
            PgCopyRows rows;
            for (int i = 0; i < texts.size(); ++i) {
                rows.add(i);
                rows.add(texts.at(i));
                rows.addOrNull(texts.at(i));
                rows.endRow();
            }
            QVERIFY2(PgCopy::run(db, "t", "n, v, w", rows, &error), qPrintable(error));
            // Qt's statements go on over the same connection, in the same transaction.
            QVERIFY(q.exec(QStringLiteral("SELECT n, v, w IS NULL FROM t ORDER BY n")));
            int n = 0;
            while (q.next()) {
                QCOMPARE(q.value(0).toInt(), n);
                QCOMPARE(q.value(1).toString(), texts.at(n));
                QCOMPARE(q.value(2).toBool(), texts.at(n).isEmpty());
                ++n;
            }
            QCOMPARE(n, texts.size());
            q.finish();
            // A row the table refuses fails the COPY with the server's message; the transaction is undone.
            PgCopyRows bad;
            bad.add(QStringLiteral("not a number"));
            bad.add(QStringLiteral("v"));
            bad.add(QStringLiteral("w"));
            bad.endRow();
            QVERIFY(!PgCopy::run(db, "t", "n, v, w", bad, &error));
            QVERIFY2(error.contains(QLatin1String("invalid input syntax")), qPrintable(error));
            QVERIFY(db.rollback());
            QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM t")) && q.next());
            QCOMPARE(q.value(0).toInt(), 0);
            q.finish();
            db.close();
        }
        QSqlDatabase::removeDatabase(name);
    }

    // The session ends under a COPY (a restart, a network cut): the COPY fails
    // with libpq's words for a lost connection instead of hanging, and
    // nothing of its transaction stays.
    void lostConnectionFailsTheCopyAndKeepsNothing()
    {
        TEST_POSTGRES_SERVER();
        TestPostgres::Database database;
        QVERIFY2(database.ok(), qPrintable(database.error()));
        QString error;
        const QString name = QStringLiteral("lost");
        QVERIFY2(PgConnection::open(database.location(), name, QString(), &error), qPrintable(error));
        {
            QSqlDatabase db = QSqlDatabase::database(name);
            QSqlQuery q(db);
            QVERIFY(q.exec(QStringLiteral("CREATE TABLE t (n int, v text)")));
            QVERIFY(q.exec(QStringLiteral("SELECT pg_backend_pid()")) && q.next());
            const qint64 backend = q.value(0).toLongLong();
            q.finish();
            QVERIFY(db.transaction());
            PgCopyRows first;
            first.add(1);
            first.add(QStringLiteral("stored before the cut"));
            first.endRow();
            QVERIFY2(PgCopy::run(db, "t", "n, v", first, &error), qPrintable(error));
            PgCopy copy(db);
            QVERIFY2(copy.begin("t", "n, v", &error), qPrintable(error));
            QVERIFY(TestPostgres::admin(QStringLiteral("SELECT pg_terminate_backend(%1)").arg(backend)));
            for (int i = 0; i < 20000; ++i) {
                copy.rows().add(i);
                copy.rows().add(QStringLiteral("a row sent after the cut"));
                copy.rows().endRow();
                copy.sendFull();
            }
            QVERIFY(!copy.end(&error));
            QVERIFY2(PgConnection::isLostMessage(error), qPrintable(error));
            QVERIFY(!PgCopy::run(db, "t", "n, v", first, &error));
            QVERIFY2(PgConnection::isLostMessage(error), qPrintable(error));
            q.clear();
            db.close();
        }
        QSqlDatabase::removeDatabase(name);
        QVERIFY2(PgConnection::open(database.location(), name, QString(), &error), qPrintable(error));
        {
            QSqlQuery q(QSqlDatabase::database(name));
            QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM t")) && q.next());
            QCOMPARE(q.value(0).toInt(), 0);
        }
        QSqlDatabase::database(name).close();
        QSqlDatabase::removeDatabase(name);
    }

    // An import's new papers: a vector the client writes, and one of a text
    // with a word too long for a lexeme, which the server makes afterwards;
    // both as the server's expression makes them, both found by search.
    void importedPapersGetTheServersVectors()
    {
        TEST_POSTGRES_SERVER();
        TestPostgres::Database database;
        QVERIFY2(database.ok(), qPrintable(database.error()));
        ProfileRecord profile;
        profile.name = QStringLiteral("vectors");
        PaperRecord plain;
        plain.title = QStringLiteral("Plain words about graphs");
        plain.authors = QStringList{QStringLiteral("Ann O'Neil")};
        plain.abstract = QStringLiteral("Graphs and more graphs, über alles.");
        PaperRecord longWord = plain;
        longWord.title = QStringLiteral("A paper with a gene sequence");
        longWord.abstract = QStringLiteral("zebrafish ") + QString(600, QLatin1Char('g')) + QLatin1Char(' ')
                            + QStringLiteral("padding words ").repeated(120);
        profile.papers << plain << longWord;
        PgPaperStore store;
        QVERIFY2(store.open(database.location().toString()), qPrintable(store.lastError()));
        const ImportOutcome outcome = store.importProfile(profile);
        QVERIFY2(outcome.ok, qPrintable(outcome.error));
        QCOMPARE(outcome.papersAdded, 2);
        QSqlQuery q(store.database());
        for (const PaperRecord &p : {plain, longWord}) {
            const QString text = TextFold::searchText(p.title + QLatin1Char(' ') + p.authors.join(QLatin1Char(' '))
                                                      + QLatin1Char(' ') + p.abstract);
            q.prepare(QStringLiteral("SELECT search = (SELECT %1 FROM (SELECT ?::text AS s) x) FROM papers WHERE title = ?")
                          .arg(PgSchemaV3::searchVector(QStringLiteral("x.s"))));
            q.addBindValue(text);
            q.addBindValue(p.title);
            QVERIFY2(q.exec() && q.next(), qPrintable(q.lastError().text()));
            QVERIFY2(q.value(0).toBool(), qPrintable(p.title));
        }
        q.finish();
        PaperFilter zebrafish;
        zebrafish.text = QStringLiteral("zebrafish");
        QCOMPARE(store.paperCount(zebrafish), 1);
        PaperFilter uber;
        uber.text = QStringLiteral("uber");
        QCOMPARE(store.paperCount(uber), 1);
    }

    void vectorsEqualTheServers()
    {
        TEST_POSTGRES_SERVER();
        TestPostgres::Database database;
        QVERIFY2(database.ok(), qPrintable(database.error()));
        QString error;
        const QString name = QStringLiteral("vectors");
        QVERIFY2(PgConnection::open(database.location(), name, QString(), &error), qPrintable(error));
        {
            QSqlDatabase db = QSqlDatabase::database(name);
            QSqlQuery q(db);
            const QStringList texts{
                QStringLiteral("deep learning of deep models"), QStringLiteral("  spaced   out  "), QString(),
                QStringLiteral("it's a back\\slash and a colon: here"), QStringLiteral("müller über 𝔸𝔹 ∑"),
                QStringLiteral("word ") + QString(511, QChar(0x00e9)) + QStringLiteral(" end"),
                (QString(511, QLatin1Char('a')) + QLatin1Char(' ')).repeated(5), QStringLiteral("z y x z y x"),
                // 511 characters of two UTF-16 units each, in 2049 bytes: still the words as they are
                QStringLiteral("abcd ") + QString(511, QLatin1Char('#')).replace(QLatin1Char('#'), QStringLiteral("𝔸")),
                // for the parser: a word of 512 characters in 2048 bytes or more
                QStringLiteral("a ") + QString(1100, QChar(0x00e9)),
                QString(2100, QLatin1Char('a')) + QStringLiteral(" b"),
                QString(600, QLatin1Char('#')).replace(QLatin1Char('#'), QStringLiteral("𝔸")) + QStringLiteral(" b")};
            const QString parserTest = QStringLiteral("octet_length(x.s) < 2048 OR x.s !~ '[^ ]{250}[^ ]{250}[^ ]{12}'");
            int parsed = 0;
            for (const QString &text : texts) {
                QByteArray vector;
                const bool simple = PgSchemaV3::searchVectorText(text, &vector);
                parsed += simple ? 0 : 1;
                q.prepare(QStringLiteral("SELECT %1, %2 = ?::tsvector, %2::text FROM (SELECT ?::text AS s) x")
                              .arg(parserTest, PgSchemaV3::searchVector(QStringLiteral("x.s"))));
                q.addBindValue(simple ? QString::fromUtf8(vector) : QString());
                q.addBindValue(text.isNull() ? QStringLiteral("") : text); // a null QString binds NULL
                QVERIFY2(q.exec() && q.next(), qPrintable(q.lastError().text()));
                QCOMPARE(q.value(0).toBool(), simple);
                // The same vector, and already in the server's own form (its output).
                if (simple) {
                    QVERIFY2(q.value(1).toBool(), qPrintable(text.left(40) + QStringLiteral(" -> ") + q.value(2).toString()));
                    QCOMPARE(QString::fromUtf8(vector), q.value(2).toString());
                }
            }
            QCOMPARE(parsed, 3);
            q.clear(); // its prepared statement freed before the connection closes
            db.close();
        }
        QSqlDatabase::removeDatabase(name);
    }
};

QTEST_GUILESS_MAIN(TestPgCopy)
#include "tst_pgcopy.moc"
