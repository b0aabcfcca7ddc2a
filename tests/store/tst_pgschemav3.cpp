// PgSchemaV3 against a real PostgreSQL: a library of schema 2 (as the
// previous Paperscope left it) becomes version 3 with its papers still
// found, the folded text no longer stored, the link tables without foreign
// keys but still emptied with their papers and profiles, and new papers
// found through PgSchemaV3::searchVector.
#include "pgschema.h"
#include "pgschemav3.h"
#include "support/testpostgres.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QtTest>

class TestPgSchemaV3 : public QObject
{
    Q_OBJECT

private:
    static int number(QSqlQuery &q, const QString &sql)
    {
        return q.exec(sql) && q.next() ? q.value(0).toInt() : -1;
    }
    static QString found(QSqlQuery &q, const QString &query)
    {
        q.prepare(QStringLiteral("SELECT string_agg(citation_key, ',' ORDER BY citation_key) FROM papers"
                                 " WHERE search @@ to_tsquery('simple', ?)"));
        q.addBindValue(query);
        return q.exec() && q.next() ? q.value(0).toString() : QStringLiteral("(error)");
    }

private slots:
    void migratesVersion2ToVersion3()
    {
        TEST_POSTGRES_SERVER();
        TestPostgres::Database database;
        QVERIFY2(database.ok(), qPrintable(database.error()));
        QString error;
        QVERIFY2(PgConnection::open(database.location(), QStringLiteral("v2"), QString(), &error), qPrintable(error));
        {
            QSqlDatabase db = QSqlDatabase::database(QStringLiteral("v2"));
            QVERIFY2(PgSchema::migrate(db, &error, nullptr, 2), qPrintable(error));
            QSqlQuery q(db);
            // Two papers of one profile, with an author and an affiliation each, written the version 2 way.
            for (const QString &sql : {
                     QStringLiteral("INSERT INTO papers (title, norm_title, citation_key, search_text) VALUES"
                                    " ('Über Müller', 'uber muller', 'muller2024', 'uber muller 2024'),"
                                    " ('Long', 'long', 'long2024', 'long ' || repeat('x', 3000) || ' word')"),
                     QStringLiteral("INSERT INTO profiles (name, imported_at) VALUES ('ada', 'now')"),
                     QStringLiteral("INSERT INTO authors (name) VALUES ('A. Müller'), ('B. Long')"),
                     QStringLiteral("INSERT INTO affiliations (slug) VALUES ('mit')"),
                     QStringLiteral("INSERT INTO paper_authors SELECT p.id, 0, a.id FROM papers p JOIN authors a"
                                    " ON (p.citation_key = 'muller2024') = (a.name = 'A. Müller')"),
                     QStringLiteral("INSERT INTO paper_affiliations SELECT id, (SELECT id FROM affiliations) FROM papers"),
                     QStringLiteral("INSERT INTO profile_papers SELECT (SELECT id FROM profiles), id FROM papers"),
                 })
                QVERIFY2(q.exec(sql), qPrintable(sql));
            int from = -1;
            QVERIFY2(PgSchema::migrate(db, &error, &from), qPrintable(error));
            QCOMPARE(from, 2);
            QCOMPARE(PgSchema::version(db), 3);

            // The stored vectors are kept; the folded text is gone.
            QCOMPARE(found(q, QStringLiteral("mull:*")), QStringLiteral("muller2024"));
            QCOMPARE(found(q, QStringLiteral("uber:* & 2024:*")), QStringLiteral("muller2024"));
            QCOMPARE(found(q, QStringLiteral("word:*")), QStringLiteral("long2024"));
            QCOMPARE(number(q, QStringLiteral("SELECT count(*) FROM information_schema.columns"
                                              " WHERE table_name = 'papers' AND column_name = 'search_text'")),
                     0);
            // New papers get their vector from the writer: words as lexemes, a too long word left out.
            QVERIFY(q.exec(QStringLiteral("INSERT INTO papers (title, norm_title, citation_key, search) VALUES"
                                          " ('New', 'new', 'new2025', %1),"
                                          " ('Huge', 'huge', 'huge2025', %2)")
                               .arg(PgSchemaV3::searchVector(QStringLiteral("'fresh words'")),
                                    PgSchemaV3::searchVector(QStringLiteral("'huge ' || repeat('y', 3000)")))));
            QCOMPARE(found(q, QStringLiteral("fre:* & word:*")), QStringLiteral("new2025"));
            QCOMPARE(found(q, QStringLiteral("huge:*")), QStringLiteral("huge2025"));
            QCOMPARE(found(q, QStringLiteral("yyy:*")), QString());

            // No foreign keys on the link tables; removing papers and profiles still removes their links.
            QCOMPARE(number(q, QStringLiteral("SELECT count(*) FROM pg_constraint WHERE contype = 'f' AND conrelid IN"
                                              " ('paper_authors'::regclass, 'paper_affiliations'::regclass,"
                                              " 'profile_papers'::regclass)")),
                     0);
            QVERIFY(q.exec(QStringLiteral("DELETE FROM papers WHERE citation_key = 'muller2024'")));
            QCOMPARE(number(q, QStringLiteral("SELECT count(*) FROM paper_authors")), 1);
            QCOMPARE(number(q, QStringLiteral("SELECT count(*) FROM paper_affiliations")), 1);
            QCOMPARE(number(q, QStringLiteral("SELECT count(*) FROM profile_papers")), 1);
            QCOMPARE(number(q, QStringLiteral("SELECT count(*) FROM paper_authors pa JOIN papers p ON p.id = pa.paper_id"
                                              " WHERE p.citation_key = 'long2024'")),
                     1);
            QVERIFY(q.exec(QStringLiteral("DELETE FROM profiles")));
            QCOMPARE(number(q, QStringLiteral("SELECT count(*) FROM profile_papers")), 0);
            QCOMPARE(number(q, QStringLiteral("SELECT count(*) FROM paper_affiliations")), 1);

            // The .bib indexes hold .bib entries only; the sort indexes carry year and category.
            QCOMPARE(number(q, QStringLiteral("SELECT count(*) FROM pg_indexes WHERE indexname IN"
                                              " ('papers_entry_type', 'papers_venue') AND indexdef LIKE '%WHERE%'")),
                     2);
            QCOMPARE(number(q, QStringLiteral("SELECT count(*) FROM pg_indexes WHERE indexname IN"
                                              " ('papers_year', 'papers_category', 'papers_date')"
                                              " AND indexdef LIKE '%INCLUDE%'")),
                     3);
            QCOMPARE(number(q, QStringLiteral("SELECT count(*) FROM pg_class WHERE relname = 'papers_search'"
                                              " AND 'gin_pending_list_limit=32768' = ANY(reloptions)")),
                     1);
            q.finish();
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("v2"));
    }
};

QTEST_GUILESS_MAIN(TestPgSchemaV3)
#include "tst_pgschemav3.moc"
