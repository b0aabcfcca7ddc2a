// The command line on a shared library, run as a user runs it, against the
// real PostgreSQL of the test command: grant creates the group roles and
// the database enforces them; every command, the organise ones included,
// prints the same on a shared library as on a local store; connection
// faults and bad URLs each end with one line and a non-zero status,
// changing nothing; --db never creates a file named like a URL.
// (Each role trying each write: tst_sharedroles.)
#include "support/clirun.h"
#include "support/testpostgres.h"

#include <QDir>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

class TestSharedCommand : public QObject
{
    Q_OBJECT

private:
    using Run = CliRun::Run;
    QTemporaryDir m_home;

    Run paperscope(const QStringList &arguments, const QString &password = QString())
    {
        return CliRun::paperscope(m_home.path(), arguments, password);
    }

private slots:
    void grantsAndTheDatabaseEnforcesIt()
    {
        TEST_POSTGRES_SERVER();
        TestPostgres::Database database;
        QVERIFY2(database.ok(), qPrintable(database.error()));
        const QString member = QStringLiteral("pstest_cli_%1").arg(QCoreApplication::applicationPid());
        QVERIFY(TestPostgres::admin(QStringLiteral("CREATE ROLE %1 LOGIN PASSWORD 'cli-pw'").arg(member)));
        const QString url = database.location().toString();

        Run run = paperscope({QStringLiteral("--db"), url, QStringLiteral("grant"), QStringLiteral("reader"), member});
        QCOMPARE(run.status, 0);
        QCOMPARE(run.out.trimmed(), QStringLiteral("%1 is now reader of %2 (member of %3_reader)")
                                        .arg(member, database.location().displayName(), database.location().database));

        // The reader cannot grant, and the server says who may.
        const QString asMember = database.as(member).toString();
        run = paperscope({QStringLiteral("--db"), asMember, QStringLiteral("grant"), QStringLiteral("editor"), member},
                         QStringLiteral("cli-pw"));
        QCOMPARE(run.status, 1);
        QCOMPARE(run.err.trimmed(), QStringLiteral("paperscope: only the owner of the library %1 grants roles")
                                        .arg(database.location().database));
        TestPostgres::admin(QStringLiteral("DROP OWNED BY %1").arg(member));
    }

    // The same files and the same organise commands (tags, stars, states,
    // notes, collections, saved searches) into a local store and into a
    // shared library: list, stats and export print the very same text (ids,
    // keys, counts, search, what users decided).
    void sharedLibraryAnswersLikeTheLocalStore()
    {
        TEST_POSTGRES_SERVER();
        TestPostgres::Database database;
        QVERIFY2(database.ok(), qPrintable(database.error()));
        const QString url = database.location().toString();
        const QString local = m_home.filePath(QStringLiteral("parity.sqlite"));
        const QStringList files{QStringLiteral(PAPERSCOPE_TEST_DATA "/profile-ada-lovecode.txt"),
                                QStringLiteral(PAPERSCOPE_TEST_DATA "/profile-grace-hopscotch.txt"),
                                QStringLiteral(PAPERSCOPE_TEST_DATA "/profile-duplicate.txt")};
        for (const QString &db : {local, url}) {
            const Run run = paperscope(QStringList{QStringLiteral("--db"), db, QStringLiteral("import")} + files);
            QVERIFY2(run.status == 0, qPrintable(run.err));
        }
        const QList<QStringList> organise{
            {QStringLiteral("tag"), QStringLiteral("add"), QStringLiteral("thesis"), QStringLiteral("--category"),
             QStringLiteral("SE")},
            {QStringLiteral("tag"), QStringLiteral("add"), QStringLiteral("Reading Group"), QStringLiteral("--year"),
             QStringLiteral("2023")},
            {QStringLiteral("tag"), QStringLiteral("remove"), QStringLiteral("THESIS"), QStringLiteral("--year"),
             QStringLiteral("2023")},
            {QStringLiteral("star"), QStringLiteral("--category"), QStringLiteral("LG")},
            {QStringLiteral("unstar"), QStringLiteral("--year"), QStringLiteral("2024")},
            {QStringLiteral("mark"), QStringLiteral("reading"), QStringLiteral("--has-code")},
            {QStringLiteral("mark"), QStringLiteral("read"), QStringLiteral("--tag"), QStringLiteral("reading group")},
            {QStringLiteral("note"), QStringLiteral("--key"), QStringLiteral("allal2023santacoder"), QStringLiteral("Read"),
             QStringLiteral("for chapter two")},
            {QStringLiteral("collection"), QStringLiteral("create"), QStringLiteral("Work")},
            {QStringLiteral("collection"), QStringLiteral("create"), QStringLiteral("Figures"), QStringLiteral("--parent"),
             QStringLiteral("work")},
            {QStringLiteral("collection"), QStringLiteral("add"), QStringLiteral("figures"), QStringLiteral("--starred")},
            {QStringLiteral("collection"), QStringLiteral("add"), QStringLiteral("Work"), QStringLiteral("--state"),
             QStringLiteral("read")},
            {QStringLiteral("collection"), QStringLiteral("rename"), QStringLiteral("Work"), QStringLiteral("Thesis work")},
            {QStringLiteral("search"), QStringLiteral("save"), QStringLiteral("SE code"), QStringLiteral("--category"),
             QStringLiteral("SE"), QStringLiteral("--has-code")},
            {QStringLiteral("search"), QStringLiteral("save"), QStringLiteral("starred"), QStringLiteral("--starred")},
            {QStringLiteral("search"), QStringLiteral("delete"), QStringLiteral("STARRED")}};
        for (const QStringList &command : organise) {
            const Run inLocal = paperscope(QStringList{QStringLiteral("--db"), local} + command);
            const Run inShared = paperscope(QStringList{QStringLiteral("--db"), url} + command);
            QVERIFY2(inLocal.status == 0, qPrintable(command.join(QLatin1Char(' ')) + QLatin1String(": ") + inLocal.err));
            QCOMPARE(inShared.status, inLocal.status);
            QCOMPARE(inShared.out, inLocal.out);
            QCOMPARE(inShared.err, inLocal.err);
        }
        const QList<QStringList> commands{
            {QStringLiteral("list"), QStringLiteral("--json")},
            {QStringLiteral("stats"), QStringLiteral("--json")},
            {QStringLiteral("list"), QStringLiteral("--search"), QStringLiteral("code"), QStringLiteral("--year"),
             QStringLiteral("2020-2024")},
            {QStringLiteral("list"), QStringLiteral("--json"), QStringLiteral("--saved"), QStringLiteral("se code")},
            {QStringLiteral("list"), QStringLiteral("--json"), QStringLiteral("--collection"), QStringLiteral("thesis work")},
            {QStringLiteral("stats"), QStringLiteral("--json"), QStringLiteral("--tag"), QStringLiteral("reading group")},
            {QStringLiteral("stats")},
            {QStringLiteral("collection"), QStringLiteral("list")},
            {QStringLiteral("search"), QStringLiteral("list")},
            {QStringLiteral("note"), QStringLiteral("--key"), QStringLiteral("allal2023santacoder")},
            {QStringLiteral("export"), QStringLiteral("--note-field"), QStringLiteral("annote")},
            {QStringLiteral("export")}};
        for (const QStringList &command : commands) {
            const Run inLocal = paperscope(QStringList{QStringLiteral("--db"), local} + command);
            const Run inShared = paperscope(QStringList{QStringLiteral("--db"), url} + command);
            QVERIFY2(inLocal.status == 0 && inShared.status == 0, qPrintable(inLocal.err + inShared.err));
            QVERIFY2(!inLocal.out.isEmpty(), qPrintable(command.join(QLatin1Char(' '))));
            QCOMPARE(inShared.out, inLocal.out);
        }
        // What users decided is there, the same in both (by_tag, by_state, starred).
        const QJsonObject stats = QJsonDocument::fromJson(
            paperscope({QStringLiteral("--db"), url, QStringLiteral("stats"), QStringLiteral("--json")}).out.toUtf8()).object();
        QVERIFY(stats.value(QStringLiteral("starred")).toInt() > 0);
        QVERIFY(stats.value(QStringLiteral("by_tag")).toObject().contains(QStringLiteral("thesis")));
        QVERIFY(stats.value(QStringLiteral("by_tag")).toObject().contains(QStringLiteral("Reading Group")));
        QVERIFY(stats.value(QStringLiteral("by_state")).toObject().value(QStringLiteral("read")).toInt() > 0);
        // Importing the same files again changes nothing there either.
        const Run again = paperscope(QStringList{QStringLiteral("--db"), url, QStringLiteral("import")} + files);
        QCOMPARE(again.status, 0);
        QCOMPARE(paperscope({QStringLiteral("--db"), url, QStringLiteral("list"), QStringLiteral("--json")}).out,
                 paperscope({QStringLiteral("--db"), local, QStringLiteral("list"), QStringLiteral("--json")}).out);
    }

    void readerCannotImport()
    {
        TEST_POSTGRES_SERVER();
        TestPostgres::Database database;
        QVERIFY2(database.ok(), qPrintable(database.error()));
        const QString member = QStringLiteral("pstest_reader_%1").arg(QCoreApplication::applicationPid());
        QVERIFY(TestPostgres::admin(QStringLiteral("CREATE ROLE %1 LOGIN PASSWORD 'reader-pw'").arg(member)));
        const QString url = database.location().toString();
        QCOMPARE(paperscope({QStringLiteral("--db"), url, QStringLiteral("grant"), QStringLiteral("reader"), member}).status,
                 0);
        const QString asReader = database.as(member).toString();
        const Run run = paperscope({QStringLiteral("--db"), asReader, QStringLiteral("import"),
                                    QStringLiteral(PAPERSCOPE_TEST_DATA "/profile-ada-lovecode.txt")},
                                   QStringLiteral("reader-pw"));
        QCOMPARE(run.status, 1);
        QVERIFY2(run.err.contains(QStringLiteral("opens read-only: your role may read this library")), qPrintable(run.err));
        const Run list = paperscope({QStringLiteral("--db"), asReader, QStringLiteral("list")}, QStringLiteral("reader-pw"));
        QCOMPARE(list.status, 0);
        QCOMPARE(list.out, QString());
        TestPostgres::admin(QStringLiteral("DROP OWNED BY %1").arg(member));
    }

    void faultsGetOneLine()
    {
        TEST_POSTGRES_SERVER();
        StoreLocation wrong = TestPostgres::server();
        wrong.database = QStringLiteral("no_such_library");
        Run run = paperscope({QStringLiteral("--db"), wrong.toString(), QStringLiteral("list")});
        QCOMPARE(run.status, 1);
        QVERIFY2(run.err.startsWith(QStringLiteral("paperscope: there is no database no_such_library on 127.0.0.1:")),
                 qPrintable(run.err));
        run = paperscope({QStringLiteral("--db"), TestPostgres::server().toString(), QStringLiteral("grant"),
                          QStringLiteral("reader"), QStringLiteral("nobody")},
                         QStringLiteral("wrong-password"));
        QCOMPARE(run.status, 1);
        QVERIFY2(run.err.startsWith(QStringLiteral("paperscope: wrong password for paperscope_test")), qPrintable(run.err));
    }

    void badUrlsAndLocalStores()
    {
        Run run = paperscope({QStringLiteral("--db"), QStringLiteral("postgresql://mara:hunter2@db/papers"),
                              QStringLiteral("list")});
        QCOMPARE(run.status, 2);
        QVERIFY2(run.err.contains(QStringLiteral("a password does not go in the URL")), qPrintable(run.err));
        QVERIFY(!run.err.contains(QStringLiteral("hunter2")));
        run = paperscope({QStringLiteral("--db"), QStringLiteral("local.sqlite"), QStringLiteral("grant"),
                          QStringLiteral("reader"), QStringLiteral("mara")});
        QCOMPARE(run.status, 2);
        QVERIFY2(run.err.contains(QStringLiteral("grant works on shared libraries only")), qPrintable(run.err));
        run = paperscope({QStringLiteral("--db"), QStringLiteral("postgresql://mara@db/papers"), QStringLiteral("grant"),
                          QStringLiteral("owner"), QStringLiteral("mara")});
        QCOMPARE(run.status, 2);
        QVERIFY2(run.err.contains(QStringLiteral("grant wants reader|editor ROLE")), qPrintable(run.err));
        // Nothing was created for any of them.
        QCOMPARE(QDir(m_home.path()).entryList(QDir::Files | QDir::Dirs | QDir::NoDotAndDotDot).filter(
                     QStringLiteral("postgres")), QStringList());
        QVERIFY(!QFileInfo::exists(m_home.path() + QStringLiteral("/local.sqlite")));
    }
};

QTEST_GUILESS_MAIN(TestSharedCommand)
#include "tst_sharedcommand.moc"
