// Two imports into one store at once (issue 16, point 5): two real
// command lines, each with hundreds of profile files, the first held
// inside its first transaction (a FIFO among its files) until the second
// has found the store locked, then both racing to the end. A writer that finds the store locked
// waits its turn (and says so once); both imports complete, exit 0, each
// report names exactly the profiles the store then holds, and the counts
// add up. And another program that takes the lock right after one of the
// import's commits and keeps it past the busy timeout: the import waits
// (it used to report the files of the commit before as refused, though
// they had landed, and exit 1).
#include "importbatch.h"
#include "paperstore.h"
#include "storeopener.h"
#include "support/importrace.h"
#include "support/storetesting.h"
#include "writerturn.h"

#include <QElapsedTimer>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QThread>
#include <QtTest>

#include <memory>

using namespace StoreTesting;
using namespace ImportRace;

class TestConcurrentImport : public QObject
{
    Q_OBJECT
    Workshop m_work;

    static constexpr int files = 250;
    static constexpr int papersPerFile = 30;
    static constexpr int runs = 2;

private slots:
    void initTestCase() { QVERIFY(m_work.isValid()); }

    // The command line imports a folder, then a FIFO (a Gate) that keeps it
    // inside its first transaction for longer than one commit interval,
    // then another folder. The moment the FIFO gets its profile the import
    // commits; this test, waiting its turn as a writer does (WriterTurn),
    // takes the write lock right after that commit and keeps it past the
    // busy timeout without committing. The import must wait, say so once,
    // and report every file imported.
    void lockTakenBetweenCommits()
    {
        const QString before = m_work.filePath(QStringLiteral("long-before"));
        const QString after = m_work.filePath(QStringLiteral("long-after"));
        const int half = 50;
        QVERIFY(writeProfiles(before, QStringLiteral("Long"), half, 40));
        QVERIFY(writeProfiles(after, QStringLiteral("Later"), half, 40));
        Gate gate(m_work.filePath(QStringLiteral("long-gate")), QStringLiteral("Long"), 40);
        QVERIFY(gate.isValid());
        const QString db = m_work.freshPath(QStringLiteral("locked"));
        { PaperStore created; QVERIFY(created.open(db)); }
        QElapsedTimer running;
        running.start();
        std::unique_ptr<QProcess> import(
            m_work.start({QStringLiteral("--db"), db, QStringLiteral("import"), before, gate.path(), after}));
        QVERIFY(import->waitForStarted());
        bool held = false;
        {
            QSqlDatabase locker = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("locker"));
            locker.setDatabaseName(db);
            locker.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=0"));
            QVERIFY(locker.open());
            // Past one commit interval: the profile in the FIFO ends the transaction.
            QThread::msleep(quint64(qMax<qint64>(0, ImportBatch::commitIntervalMs + 500 - running.elapsed())));
            WriterTurn::ask(db);
            QVERIFY(gate.release());
            QSqlQuery q(locker);
            QElapsedTimer trying;
            trying.start();
            while (import->state() == QProcess::Running && trying.elapsed() < 60000) {
                if (q.exec(QStringLiteral("BEGIN IMMEDIATE"))) {
                    held = true;
                    break;
                }
                QThread::usleep(200);
            }
            WriterTurn::taken(db);
            if (held) {
                QThread::msleep(StoreOpener::busyTimeoutMs + 1500);
                QVERIFY(q.exec(QStringLiteral("ROLLBACK")));
            }
            q.finish();
            locker.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("locker"));
        QVERIFY(import->waitForFinished(120000));
        const CliReport said = cliReport(*import);
        qInfo("lock %s; %d imported, %d refused, exit %d; %s", held ? "held past the busy timeout" : "never free",
              int(said.imported.size()), said.refused, said.exitCode, qPrintable(said.err.left(300)));
        QVERIFY(held);
        PaperStore store;
        QVERIFY2(store.open(db), qPrintable(store.lastError()));
        const QStringList names = profileNames(store);
        QCOMPARE(withPrefix(names, QStringLiteral("Long ")) + withPrefix(names, QStringLiteral("Later ")),
                 said.imported); // the report matches the store
        QVERIFY2(said.refused == 0 && said.exitCode == 0, qPrintable(said.err.left(2000)));
        QCOMPARE(int(said.imported.size()), 2 * half + 1);
        QCOMPARE(store.paperCount(), (2 * half + 1) * 40 + 1);
        QVERIFY2(said.waitNotices == 1, qPrintable(said.err.left(2000)));
    }

    void twoCommandLines()
    {
        const QString first = m_work.filePath(QStringLiteral("first"));
        const QString second = m_work.filePath(QStringLiteral("second"));
        QVERIFY(writeProfiles(first, QStringLiteral("First"), files, papersPerFile));
        QVERIFY(writeProfiles(second, QStringLiteral("Second"), files, papersPerFile));
        for (int run = 0; run < runs; ++run) {
            const QString db = m_work.freshPath(QStringLiteral("two"));
            // The first holds its transaction on the FIFO until the second waits.
            Gate gate(m_work.filePath(QStringLiteral("first-gate")), QStringLiteral("First"), papersPerFile);
            QVERIFY(gate.isValid());
            std::unique_ptr<QProcess> a(
                m_work.start({QStringLiteral("--db"), db, QStringLiteral("import"), gate.path(), first}));
            QVERIFY(a->waitForStarted());
            QVERIFY(gate.waitForReader()); // the first is in its transaction
            std::unique_ptr<QProcess> b(m_work.start({QStringLiteral("--db"), db, QStringLiteral("import"), second}));
            QTRY_VERIFY_WITH_TIMEOUT(someoneWaits(db) || b->state() != QProcess::Running, 60000);
            QVERIFY(gate.release());
            QVERIFY(a->waitForFinished(120000) && b->waitForFinished(120000));
            const CliReport ra = cliReport(*a);
            const CliReport rb = cliReport(*b);
            qInfo("run %d: first %d imported, %d refused, exit %d; second %d imported, %d refused, exit %d",
                  run, int(ra.imported.size()), ra.refused, ra.exitCode, int(rb.imported.size()), rb.refused,
                  rb.exitCode);

            // Each report matches the store exactly.
            PaperStore store;
            QVERIFY2(store.open(db), qPrintable(store.lastError()));
            const QStringList names = profileNames(store);
            QCOMPARE(withPrefix(names, QStringLiteral("First ")), ra.imported);
            QCOMPARE(withPrefix(names, QStringLiteral("Second ")), rb.imported);
            // Both complete: every file imported, nothing refused, exit 0.
            QVERIFY2(ra.refused == 0 && ra.exitCode == 0, qPrintable(ra.err.left(2000)));
            QVERIFY2(rb.refused == 0 && rb.exitCode == 0, qPrintable(rb.err.left(2000)));
            QCOMPARE(int(ra.imported.size()), files + 1);
            QCOMPARE(int(rb.imported.size()), files);
            // The counts add up: each profile's own papers and the one everybody lists.
            QCOMPARE(store.paperCount(), (2 * files + 1) * papersPerFile + 1);
            QCOMPARE(figure(ra.totals, QStringLiteral("files imported")), files + 1);
            QCOMPARE(figure(rb.totals, QStringLiteral("files imported")), files);
            QCOMPARE(figure(ra.totals, QStringLiteral("papers added")) + figure(rb.totals, QStringLiteral("papers added")),
                     store.paperCount());
            QCOMPARE(figure(ra.totals, QStringLiteral("already known")) + figure(rb.totals, QStringLiteral("already known")),
                     2 * files);
            // The second found the store locked: it waited, and said so once;
            // the first may have waited for the second later, once at most.
            QVERIFY2(rb.waitNotices == 1 && ra.waitNotices <= 1, qPrintable(ra.err + rb.err));
            store.close();
            QCOMPARE(StoreOpener::integrityCheck(db), QStringLiteral("ok"));
        }
    }
};

QTEST_GUILESS_MAIN(TestConcurrentImport)
#include "tst_concurrentimport.moc"
