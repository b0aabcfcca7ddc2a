// The window's import (ImportController: an ImportJob on a worker thread,
// progress in the status bar) while a command line imports into the same
// store (issue 16, point 5): the one that finds the store locked waits its
// turn and says so (the window in its status bar, the command line once on
// stderr); both complete, the window's results and the command line's
// report each name exactly the profiles the store holds, and the counts
// add up. One of them is held inside its first transaction by a FIFO
// among its files until the other waits, so that they overlap on any
// machine; then they race to the end. Twice, each one held once.
#include "importcontroller.h"
#include "paperstore.h"
#include "storeopener.h"
#include "support/importrace.h"
#include "support/storetesting.h"

#include <QMainWindow>
#include <QSignalSpy>
#include <QStatusBar>
#include <QThread>
#include <QtTest>

#include <memory>

using namespace StoreTesting;
using namespace ImportRace;

class TestImportController : public QObject
{
    Q_OBJECT
    Workshop m_work;

    static constexpr int files = 300;
    static constexpr int papersPerFile = 30;
    static constexpr int runs = 2;

private slots:
    void initTestCase() { QVERIFY(m_work.isValid()); }

    void windowAndCommandLine()
    {
        const QString window = m_work.filePath(QStringLiteral("window"));
        const QString command = m_work.filePath(QStringLiteral("command"));
        QVERIFY(writeProfiles(window, QStringLiteral("Window"), files, papersPerFile));
        QVERIFY(writeProfiles(command, QStringLiteral("Command"), files, papersPerFile));
        for (int run = 0; run < runs; ++run) {
            const QString db = m_work.freshPath(QStringLiteral("window"));
            QMainWindow main;
            main.show();
            QStringList messages;
            connect(main.statusBar(), &QStatusBar::messageChanged, this,
                    [&messages](const QString &m) { if (!m.isEmpty()) messages << m; });
            ImportController controller(db, main.statusBar());
            QSignalSpy finished(&controller, &ImportController::batchFinished);
            // The command line first, held inside its first transaction by
            // a FIFO until the window waits its turn (and the other way round).
            Gate gate(m_work.filePath(QStringLiteral("gate-%1").arg(run)),
                      run % 2 == 0 ? QStringLiteral("Command") : QStringLiteral("Window"), papersPerFile);
            QVERIFY(gate.isValid());
            std::unique_ptr<QProcess> cli;
            const auto startCli = [&](const QStringList &first) {
                cli.reset(m_work.start(QStringList{QStringLiteral("--db"), db, QStringLiteral("import")} + first
                                       + QStringList{command}));
                QVERIFY(cli->waitForStarted());
            };
            if (run % 2 == 0) {
                startCli({gate.path()});
                QVERIFY(gate.waitForReader()); // the command line is in its transaction
                controller.start({window}, {});
            } else {
                controller.start({gate.path(), window}, {});
                QVERIFY(gate.waitForReader()); // the window is in its transaction
                startCli({});
            }
            QTRY_VERIFY_WITH_TIMEOUT(someoneWaits(db) || cli->state() != QProcess::Running || !finished.isEmpty(),
                                     60000);
            QVERIFY(gate.release());
            QVERIFY(finished.wait(120000));
            QVERIFY(cli->state() == QProcess::NotRunning || cli->waitForFinished(120000));
            QCoreApplication::processEvents();

            const auto results = finished.at(0).at(0).value<QVector<FileImportResult>>();
            QSet<QString> windowImported;
            QStringList windowRefused;
            int added = 0, known = 0;
            for (const FileImportResult &r : results) {
                if (r.ok) {
                    windowImported.insert(r.profileName);
                    added += r.outcome.papersAdded;
                    known += r.outcome.papersKnown;
                } else {
                    windowRefused << r.message;
                }
            }
            const CliReport cliSaid = cliReport(*cli);
            qInfo("run %d: window %d imported, %d refused; command line %d imported, %d refused, exit %d;"
                  " status bar: %s", run, int(windowImported.size()), int(windowRefused.size()),
                  int(cliSaid.imported.size()), cliSaid.refused, cliSaid.exitCode,
                  qPrintable(messages.join(QStringLiteral(" | "))));

            PaperStore store;
            QVERIFY2(store.open(db), qPrintable(store.lastError()));
            const QStringList names = profileNames(store);
            QCOMPARE(withPrefix(names, QStringLiteral("Window ")), windowImported);
            QCOMPARE(withPrefix(names, QStringLiteral("Command ")), cliSaid.imported);
            QVERIFY2(windowRefused.isEmpty(), qPrintable(windowRefused.mid(0, 5).join(QLatin1Char('\n'))));
            QVERIFY2(cliSaid.refused == 0 && cliSaid.exitCode == 0, qPrintable(cliSaid.err.left(2000)));
            QCOMPARE(int(windowImported.size()), files + (run % 2));
            QCOMPARE(int(cliSaid.imported.size()), files + 1 - (run % 2));
            QCOMPARE(store.paperCount(), (2 * files + 1) * papersPerFile + 1);
            QCOMPARE(added + figure(cliSaid.totals, QStringLiteral("papers added")), store.paperCount());
            QCOMPARE(known + figure(cliSaid.totals, QStringLiteral("already known")), 2 * files);
            // The one that waited said so: the window in its status bar, the command line once.
            const int windowNotices = int(messages.filter(QStringLiteral("waiting for its turn")).size());
            // The one started second waited: it said so (and the command line once).
            if (run % 2 == 0)
                QVERIFY2(windowNotices >= 1, qPrintable(messages.join(QLatin1Char('|'))));
            else
                QVERIFY2(cliSaid.waitNotices == 1, qPrintable(cliSaid.err));
            QVERIFY(cliSaid.waitNotices <= 1);
            QVERIFY(main.statusBar()->currentMessage().isEmpty()); // gone once the import ended
            store.close();
            QCOMPARE(StoreOpener::integrityCheck(db), QStringLiteral("ok"));
        }
    }
};

QTEST_MAIN(TestImportController)
#include "tst_importcontroller.moc"
