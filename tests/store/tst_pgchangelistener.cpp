// Live changes of a shared library against a real PostgreSQL: a listener
// hears what another client (another connection, another process) commits,
// with who and how many papers, and hears nothing of a rolled-back import.
#include "pgchangelistener.h"
#include "pgpaperstore.h"
#include "support/englishplurals.h"
#include "support/testpostgres.h"

#include <QProcess>
#include <QSignalSpy>
#include <QtTest>

namespace {
ProfileRecord profile(const QString &name, const QStringList &titles)
{
    ProfileRecord p;
    p.name = name;
    for (const QString &title : titles) {
        PaperRecord paper;
        paper.title = title;
        paper.authors = QStringList{QStringLiteral("Mara Lab")};
        paper.date = QDate(2024, 5, 1);
        paper.category = QStringLiteral("LG");
        p.papers << paper;
    }
    return p;
}
} // namespace

class TestPgChangeListener : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QVERIFY(EnglishPlurals::install()); }

    void hearsCommittedChangesOnly()
    {
        TEST_POSTGRES_SERVER();
        TestPostgres::Database database;
        QVERIFY2(database.ok(), qPrintable(database.error()));
        PgPaperStore writer;
        QVERIFY2(writer.open(database.location().toString()), qPrintable(writer.lastError()));
        PgChangeListener listener;
        QVERIFY2(listener.start(database.location()), qPrintable(listener.error()));
        QSignalSpy heard(&listener, &PgChangeListener::changed);

        // Rolled back: nobody is told.
        QVERIFY(writer.beginImportBatch());
        QVERIFY(writer.importProfile(profile(QStringLiteral("Never"), {QStringLiteral("Gone again")})).ok);
        writer.rollbackImportBatch();
        // Committed: three papers, then their removal.
        QVERIFY(writer.importProfile(profile(QStringLiteral("Mara"), {QStringLiteral("One"), QStringLiteral("Two"),
                                                                      QStringLiteral("Three")}))
                    .ok);
        QVERIFY(heard.wait(10000));
        LibraryChange change = heard.takeFirst().at(0).value<LibraryChange>();
        QCOMPARE(change.kind, QStringLiteral("added"));
        QCOMPARE(change.papers, 3);
        QCOMPARE(change.by, QStringLiteral("paperscope_test"));
        QCOMPARE(change.text(), QStringLiteral("3 papers added by paperscope_test"));

        const RemovedPapers removed = writer.removePapers(writer.paperIds({}, PaperSort::Title, Qt::AscendingOrder).mid(0, 2));
        QCOMPARE(removed.papers.size(), 2);
        QVERIFY(heard.wait(10000));
        change = heard.takeFirst().at(0).value<LibraryChange>();
        QCOMPARE(change.kind, QStringLiteral("removed"));
        QCOMPARE(change.papers, 2);
        QVERIFY(writer.restore(removed));
        QVERIFY(heard.wait(10000));
        QCOMPARE(heard.takeFirst().at(0).value<LibraryChange>().kind, QStringLiteral("restored"));
        QVERIFY(heard.isEmpty());
    }

    void hearsAnotherProcess()
    {
        TEST_POSTGRES_SERVER();
        TestPostgres::Database database;
        QVERIFY2(database.ok(), qPrintable(database.error()));
        {
            PgPaperStore owner; // the library exists before the listener starts
            QVERIFY2(owner.open(database.location().toString()), qPrintable(owner.lastError()));
        }
        PgChangeListener listener;
        QVERIFY2(listener.start(database.location()), qPrintable(listener.error()));
        QSignalSpy heard(&listener, &PgChangeListener::changed);
        QProcess other;
        other.start(QStringLiteral(PAPERSCOPE_BINARY),
                    {QStringLiteral("--db"), database.location().toString(), QStringLiteral("import"),
                     QStringLiteral(PAPERSCOPE_TEST_DATA "/profile-ada-lovecode.txt")});
        QVERIFY(heard.wait(30000));
        QVERIFY(other.waitForFinished(30000));
        QCOMPARE(other.exitCode(), 0);
        const LibraryChange change = heard.takeFirst().at(0).value<LibraryChange>();
        QCOMPARE(change.kind, QStringLiteral("added"));
        QVERIFY(change.papers > 0);
        PgPaperStore reader;
        QVERIFY(reader.open(database.location().toString()));
        QCOMPARE(reader.paperCount(), change.papers);
    }
};

QTEST_GUILESS_MAIN(TestPgChangeListener)
#include "tst_pgchangelistener.moc"
