// The roles of a shared library, through the command line as users run it,
// against the test command's real PostgreSQL: a reader, an editor and the
// owner each try every kind of write the command line has (import, tag,
// untag, star, unstar, mark, note, clear a note, collection create, add,
// remove, rename, delete, saved search save and delete, grant). A reader's
// each fail with one line and a non-zero status and change nothing; an
// editor's all go in but grant; the owner's all go in. (Removal with Undo
// has no command: its refusal to a reader is in tst_pgorganise.)
#include "support/clirun.h"
#include "support/testpostgres.h"

#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

class TestSharedRoles : public QObject
{
    Q_OBJECT

    using Run = CliRun::Run;
    QTemporaryDir m_home;

    Run paperscope(const QStringList &arguments, const QString &password = QString())
    {
        return CliRun::paperscope(m_home.path(), arguments, password);
    }

    // Everything a write could change, as the owner sees it (list --json
    // has each paper's tags, star, state, note and collections).
    QString library(const QString &url)
    {
        QString seen;
        for (const QStringList &command : {QStringList{QStringLiteral("list"), QStringLiteral("--json")},
                                           QStringList{QStringLiteral("collection"), QStringLiteral("list")},
                                           QStringList{QStringLiteral("search"), QStringLiteral("list")}})
            seen += paperscope(QStringList{QStringLiteral("--db"), url} + command).out;
        return seen;
    }

    static QList<QStringList> writes(const QString &grantee)
    {
        const QString key = QStringLiteral("allal2023santacoder");
        return {{QStringLiteral("import"), QStringLiteral(PAPERSCOPE_TEST_DATA "/bib/public-macros.bib")},
                {QStringLiteral("tag"), QStringLiteral("add"), QStringLiteral("x"), QStringLiteral("--category"),
                 QStringLiteral("LG")},
                {QStringLiteral("tag"), QStringLiteral("remove"), QStringLiteral("thesis"), QStringLiteral("--category"),
                 QStringLiteral("SE")},
                {QStringLiteral("star"), QStringLiteral("--category"), QStringLiteral("SE")},
                {QStringLiteral("unstar"), QStringLiteral("--key"), key},
                {QStringLiteral("mark"), QStringLiteral("read"), QStringLiteral("--category"), QStringLiteral("SE")},
                {QStringLiteral("note"), QStringLiteral("--key"), key, QStringLiteral("A new note")},
                {QStringLiteral("note"), QStringLiteral("--key"), key, QStringLiteral("--clear")},
                {QStringLiteral("collection"), QStringLiteral("create"), QStringLiteral("New")},
                {QStringLiteral("collection"), QStringLiteral("add"), QStringLiteral("New"), QStringLiteral("--category"),
                 QStringLiteral("LG")},
                {QStringLiteral("collection"), QStringLiteral("remove"), QStringLiteral("Shelf"), QStringLiteral("--key"),
                 key},
                {QStringLiteral("collection"), QStringLiteral("rename"), QStringLiteral("Shelf"), QStringLiteral("Shelf2")},
                {QStringLiteral("collection"), QStringLiteral("delete"), QStringLiteral("Shelf2")},
                {QStringLiteral("search"), QStringLiteral("save"), QStringLiteral("New"), QStringLiteral("--category"),
                 QStringLiteral("SE")},
                {QStringLiteral("search"), QStringLiteral("delete"), QStringLiteral("Old")},
                {QStringLiteral("grant"), QStringLiteral("reader"), grantee}};
    }

private slots:
    void everyRoleTriesEveryWrite_data()
    {
        QTest::addColumn<QString>("role");
        QTest::newRow("reader") << QStringLiteral("reader");
        QTest::newRow("editor") << QStringLiteral("editor");
        QTest::newRow("owner") << QStringLiteral("owner");
    }

    void everyRoleTriesEveryWrite()
    {
        QFETCH(QString, role);
        TEST_POSTGRES_SERVER();
        TestPostgres::Database database;
        QVERIFY2(database.ok(), qPrintable(database.error()));
        const QString url = database.location().toString();
        const QString pid = QString::number(QCoreApplication::applicationPid());
        const QString member = QStringLiteral("pstest_role_%1_%2").arg(role, pid);
        const QString grantee = QStringLiteral("pstest_grantee_%1_%2").arg(role, pid);
        for (const QString &name : {member, grantee})
            QVERIFY(TestPostgres::admin(QStringLiteral("CREATE ROLE %1 LOGIN PASSWORD 'role-pw'").arg(name)));
        // The owner's library: papers, a tag, a note, a collection and a saved search.
        const QList<QStringList> setUp{
            {QStringLiteral("import"), QStringLiteral(PAPERSCOPE_TEST_DATA "/profile-ada-lovecode.txt"),
             QStringLiteral(PAPERSCOPE_TEST_DATA "/profile-grace-hopscotch.txt")},
            {QStringLiteral("tag"), QStringLiteral("add"), QStringLiteral("thesis"), QStringLiteral("--category"),
             QStringLiteral("SE")},
            {QStringLiteral("note"), QStringLiteral("--key"), QStringLiteral("allal2023santacoder"), QStringLiteral("Old")},
            {QStringLiteral("collection"), QStringLiteral("create"), QStringLiteral("Shelf")},
            {QStringLiteral("collection"), QStringLiteral("add"), QStringLiteral("Shelf"), QStringLiteral("--category"),
             QStringLiteral("SE")},
            {QStringLiteral("search"), QStringLiteral("save"), QStringLiteral("Old"), QStringLiteral("--category"),
             QStringLiteral("LG")}};
        for (const QStringList &command : setUp)
            QCOMPARE(paperscope(QStringList{QStringLiteral("--db"), url} + command).status, 0);
        QString as = url;
        QString password;
        if (role != QLatin1String("owner")) {
            QCOMPARE(paperscope({QStringLiteral("--db"), url, QStringLiteral("grant"), role, member}).status, 0);
            as = database.as(member).toString();
            password = QStringLiteral("role-pw");
        }

        QString before = library(url);
        for (const QStringList &command : writes(grantee)) {
            const QString what = command.join(QLatin1Char(' '));
            const Run run = paperscope(QStringList{QStringLiteral("--db"), as} + command, password);
            const QString after = library(url);
            if (role == QLatin1String("reader")) {
                QVERIFY2(run.status == 1, qPrintable(what + QLatin1String(": ") + run.out + run.err));
                QVERIFY2(run.err.count(QLatin1Char('\n')) == 1 && run.err.startsWith(QStringLiteral("paperscope: ")),
                         qPrintable(what + QLatin1String(": ") + run.err));
                QVERIFY2(after == before, qPrintable(what));
            } else if (command.first() == QLatin1String("grant") && role == QLatin1String("editor")) {
                QCOMPARE(run.status, 1);
                QCOMPARE(run.err.trimmed(), QStringLiteral("paperscope: only the owner of the library %1 grants roles")
                                                .arg(database.location().database));
            } else {
                QVERIFY2(run.status == 0, qPrintable(what + QLatin1String(": ") + run.err));
                QVERIFY2(command.first() == QLatin1String("grant") || after != before, qPrintable(what));
            }
            before = after;
        }
        if (role == QLatin1String("reader")) {
            // What the refusals said.
            const Run tag = paperscope({QStringLiteral("--db"), as, QStringLiteral("tag"), QStringLiteral("add"),
                                        QStringLiteral("y")}, password);
            QVERIFY2(tag.err.contains(QStringLiteral("opens read-only: your role may read this library, not change it:"
                                                     " nothing changed")), qPrintable(tag.err));
            // And what it may still do: read.
            const Run list = paperscope({QStringLiteral("--db"), as, QStringLiteral("collection"), QStringLiteral("list")},
                                        password);
            QCOMPARE(list.status, 0);
            QVERIFY(list.out.startsWith(QStringLiteral("Shelf\t")));
        }
        for (const QString &name : {member, grantee})
            TestPostgres::admin(QStringLiteral("DROP OWNED BY %1").arg(name));
    }
};

QTEST_GUILESS_MAIN(TestSharedRoles)
#include "tst_sharedroles.moc"
