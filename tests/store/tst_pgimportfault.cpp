// A shared library's import when the connection is lost half-way, against
// the real PostgreSQL of the test command: the server ends the importing
// session between two files of one batch. Nothing of the batch lands (the
// library is as it was before it), every file is reported as not imported
// with the reason, and the report matches what the library holds; the next
// import on a new connection goes in whole.
#include "importbatch.h"
#include "pgpaperstore.h"
#include "support/testdata.h"
#include "support/testpostgres.h"

#include <QSqlQuery>
#include <QtTest>

using TestData::fixture;

class TestPgImportFault : public QObject
{
    Q_OBJECT

private slots:
    void lostConnectionMidBatchLeavesTheLibraryAsBefore()
    {
        TEST_POSTGRES_SERVER();
        TestPostgres::Database database;
        QVERIFY2(database.ok(), qPrintable(database.error()));
        const QString url = database.location().toString();
        {
            PgPaperStore first;
            QVERIFY2(first.open(url), qPrintable(first.lastError()));
            ImportBatch batch(first, [](const FileImportResult &) {});
            batch.importFile(fixture(QStringLiteral("profile-ada-lovecode.txt")));
            QVERIFY(batch.finish());
        }
        PgPaperStore reference;
        QVERIFY(reference.open(url));
        const int before = reference.paperCount();
        const QStringList profilesBefore = [&] {
            QStringList names;
            for (const ProfileRecord &p : reference.profiles())
                names << p.name;
            return names;
        }();

        PgPaperStore store;
        QVERIFY(store.open(url));
        QSqlQuery pid(store.database());
        QVERIFY(pid.exec(QStringLiteral("SELECT pg_backend_pid()")) && pid.next());
        const qint64 backend = pid.value(0).toLongLong();
        QVector<FileImportResult> reported;
        {
            ImportBatch batch(store, [&](const FileImportResult &result) { reported << result; });
            batch.importFile(fixture(QStringLiteral("profile-grace-hopscotch.txt"))); // in the open batch
            // The server ends this session (a restart, a network cut, an administrator).
            QVERIFY(TestPostgres::admin(QStringLiteral("SELECT pg_terminate_backend(%1)").arg(backend)));
            batch.importFile(fixture(QStringLiteral("profile-no-scores.txt")));
            QVERIFY(!batch.finish());
        }
        QCOMPARE(reported.size(), 2);
        for (const FileImportResult &result : reported) {
            QVERIFY2(!result.ok, qPrintable(result.source));
            QVERIFY2(!result.message.isEmpty(), qPrintable(result.source));
        }
        for (const FileImportResult &result : reported) {
            QVERIFY2(result.message.contains(QStringLiteral("the connection to %1 was lost")
                                                 .arg(database.location().displayName())),
                     qPrintable(result.message));
        }
        QCOMPARE(reference.paperCount(), before);
        QStringList profilesAfter;
        for (const ProfileRecord &p : reference.profiles())
            profilesAfter << p.name;
        QCOMPARE(profilesAfter, profilesBefore);

        // A new connection imports the same files whole.
        PgPaperStore again;
        QVERIFY(again.open(url));
        {
            ImportBatch batch(again, [&](const FileImportResult &result) { QVERIFY(result.ok); });
            batch.importFile(fixture(QStringLiteral("profile-grace-hopscotch.txt")));
            batch.importFile(fixture(QStringLiteral("profile-no-scores.txt")));
            QVERIFY(batch.finish());
        }
        QCOMPARE(reference.profiles().size(), profilesBefore.size() + 2);
    }
};

QTEST_GUILESS_MAIN(TestPgImportFault)
#include "tst_pgimportfault.moc"
