// PgRoles against a real PostgreSQL: the database enforces the roles, not
// the client. A reader selects and writes nothing; an editor writes papers
// and user data but neither the schema nor its version; only the owner
// grants; granting reader to an editor takes the editor role away; odd
// role names are quoted by the server.
#include "pgroles.h"
#include "pgschema.h"
#include "support/testpostgres.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QtTest>

class TestPgRoles : public QObject
{
    Q_OBJECT

private:
    QString m_member;
    QString m_password = QStringLiteral("member-pw");

    // Runs sql as `user` on the library; "" when it worked, else the error.
    static QString runAs(const TestPostgres::Database &database, const QString &user, const QString &password,
                         const QString &sql)
    {
        QString error;
        const QString name = QStringLiteral("as-") + user;
        if (!PgConnection::open(database.as(user), name, password, &error))
            return QStringLiteral("(no connection) ") + error;
        {
            QSqlDatabase db = QSqlDatabase::database(name);
            QSqlQuery q(db);
            if (!q.exec(sql))
                error = q.lastError().databaseText();
            db.close();
        }
        QSqlDatabase::removeDatabase(name);
        return error;
    }

    static bool readOnlyAs(const TestPostgres::Database &database, const QString &user, const QString &password)
    {
        QString error;
        const QString name = QStringLiteral("ro-") + user;
        bool readOnly = false;
        if (PgConnection::open(database.as(user), name, password, &error)) {
            QSqlDatabase db = QSqlDatabase::database(name);
            readOnly = PgRoles::isReadOnly(db);
            db.close();
        }
        QSqlDatabase::removeDatabase(name);
        return readOnly;
    }

    // As the owner (the test role): migrate, then grant.
    static bool ownerGrants(const TestPostgres::Database &database, PgRoles::Access access, const QString &role,
                            QString *error)
    {
        bool ok = PgConnection::open(database.location(), QStringLiteral("owner"), QString(), error);
        if (ok) {
            QSqlDatabase db = QSqlDatabase::database(QStringLiteral("owner"));
            ok = PgSchema::migrate(db, error) && PgRoles::grant(db, access, role, error);
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("owner"));
        return ok;
    }

private slots:
    void init()
    {
        m_member = QStringLiteral("pstest_member_%1").arg(QCoreApplication::applicationPid());
        TestPostgres::admin(QStringLiteral("CREATE ROLE %1 LOGIN PASSWORD '%2'").arg(m_member, m_password));
    }
    void cleanup()
    {
        TestPostgres::admin(QStringLiteral("DROP ROLE IF EXISTS %1").arg(m_member));
    }

    void readerSelectsOnly()
    {
        TEST_POSTGRES_SERVER();
        TestPostgres::Database database;
        QVERIFY2(database.ok(), qPrintable(database.error()));
        QString error;
        QVERIFY2(ownerGrants(database, PgRoles::Access::Reader, m_member, &error), qPrintable(error));
        QCOMPARE(runAs(database, m_member, m_password, QStringLiteral("SELECT count(*) FROM papers")), QString());
        QVERIFY(runAs(database, m_member, m_password, QStringLiteral("INSERT INTO tags (name) VALUES ('x')"))
                    .contains(QStringLiteral("permission denied")));
        QVERIFY(runAs(database, m_member, m_password, QStringLiteral("DELETE FROM papers"))
                    .contains(QStringLiteral("permission denied")));
        QVERIFY(readOnlyAs(database, m_member, m_password));
        QVERIFY(!readOnlyAs(database, QStringLiteral("paperscope_test"), QString()));
    }

    void editorWritesButNotTheSchema()
    {
        TEST_POSTGRES_SERVER();
        TestPostgres::Database database;
        QVERIFY2(database.ok(), qPrintable(database.error()));
        QString error;
        QVERIFY2(ownerGrants(database, PgRoles::Access::Editor, m_member, &error), qPrintable(error));
        QCOMPARE(runAs(database, m_member, m_password, QStringLiteral("INSERT INTO tags (name) VALUES ('to read')")),
                 QString());
        QCOMPARE(runAs(database, m_member, m_password,
                       QStringLiteral("INSERT INTO papers (title, norm_title, citation_key) VALUES ('T', 't', 'k')")),
                 QString());
        QVERIFY(runAs(database, m_member, m_password, QStringLiteral("CREATE TABLE mine (id int)"))
                    .contains(QStringLiteral("permission denied")));
        QVERIFY(runAs(database, m_member, m_password, QStringLiteral("UPDATE paperscope_meta SET value = '2'"))
                    .contains(QStringLiteral("permission denied")));
        QVERIFY(runAs(database, m_member, m_password, QStringLiteral("DROP TABLE tags"))
                    .contains(QStringLiteral("must be owner")));
        QVERIFY(!readOnlyAs(database, m_member, m_password));

        // Granting reader now takes the editor role away.
        QVERIFY2(ownerGrants(database, PgRoles::Access::Reader, m_member, &error), qPrintable(error));
        QVERIFY(runAs(database, m_member, m_password, QStringLiteral("INSERT INTO tags (name) VALUES ('again')"))
                    .contains(QStringLiteral("permission denied")));
        QVERIFY(readOnlyAs(database, m_member, m_password));
    }

    void onlyTheOwnerGrants()
    {
        TEST_POSTGRES_SERVER();
        TestPostgres::Database database;
        QVERIFY2(database.ok(), qPrintable(database.error()));
        QString error;
        QVERIFY2(ownerGrants(database, PgRoles::Access::Editor, m_member, &error), qPrintable(error));
        QVERIFY(PgConnection::open(database.as(m_member), QStringLiteral("editor"), m_password, &error));
        {
            QSqlDatabase db = QSqlDatabase::database(QStringLiteral("editor"));
            QVERIFY(!PgRoles::grant(db, PgRoles::Access::Editor, m_member, &error));
            QVERIFY2(error.startsWith(QStringLiteral("only the owner of the library")), qPrintable(error));
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("editor"));
    }

    void unknownAndOddRoles()
    {
        TEST_POSTGRES_SERVER();
        TestPostgres::Database database;
        QVERIFY2(database.ok(), qPrintable(database.error()));
        QString error;
        QVERIFY(!ownerGrants(database, PgRoles::Access::Reader, QStringLiteral("nobody_here"), &error));
        QVERIFY2(error.contains(QStringLiteral("there is no role nobody_here")), qPrintable(error));
        // A name that would break a pasted statement is quoted by the server.
        const QString odd = QStringLiteral("o'brien \"lab\"; DROP TABLE papers");
        QVERIFY(TestPostgres::admin(QStringLiteral("CREATE ROLE \"o'brien \"\"lab\"\"; DROP TABLE papers\" NOLOGIN")));
        QVERIFY2(ownerGrants(database, PgRoles::Access::Editor, odd, &error), qPrintable(error));
        QVERIFY(PgConnection::open(database.location(), QStringLiteral("check"), QString(), &error));
        {
            QSqlDatabase db = QSqlDatabase::database(QStringLiteral("check"));
            {
                QSqlQuery q(db);
                QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM papers"))); // still there
                q.prepare(QStringLiteral("SELECT pg_has_role(?::text, ?::text, 'MEMBER')"));
                q.addBindValue(odd);
                q.addBindValue(PgRoles::groupRole(database.location().database, PgRoles::Access::Editor));
                QVERIFY(q.exec() && q.next());
                QVERIFY(q.value(0).toBool());
            }
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("check"));
        TestPostgres::admin(QStringLiteral("DROP ROLE \"o'brien \"\"lab\"\"; DROP TABLE papers\""));
    }
};

QTEST_GUILESS_MAIN(TestPgRoles)
#include "tst_pgroles.moc"
