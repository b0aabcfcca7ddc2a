// Faults injected into the store (issue 8), the way SQLite shows its own
// robustness: the real binary killed with SIGKILL at random points of a
// large import, the disk full half-way through an import (a page limit, and
// a real small file system), and two processes on one store. After each
// fault the store passes PRAGMA integrity_check and holds exactly what
// committed. (Damaged, read-only, newer and old stores: tst_storeopener.)
#include "paperstore.h"
#include "profileimporter.h"
#include "storeopener.h"
#include "support/profilemaker.h"
#include "support/storetesting.h"

#include <QRandomGenerator>
#include <QSet>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QtTest>

#include <csignal>
#include <memory>
#include <vector>

using namespace StoreTesting;

class TestStoreFaults : public QObject
{
    Q_OBJECT
    Workshop m_work;

private slots:
    void initTestCase() { QVERIFY(m_work.isValid()); }

    // The real binary imports 30 files (one transaction each, 120 papers
    // each, neighbours sharing papers) and is killed with SIGKILL at random
    // points, four times over; then the import runs to the end.
    void killedDuringImport()
    {
        const int files = 30;
        const QString folder = m_work.filePath(QStringLiteral("kill-profiles"));
        QVERIFY(QDir().mkpath(folder));
        QStringList names;
        QHash<QString, QSet<QString>> papersOf;
        for (int i = 0; i < files; ++i) {
            const QString name = QStringLiteral("Kill Test %1").arg(i, 3, 10, QLatin1Char('0'));
            QVector<ProfileMaker::Paper> papers = ProfileMaker::numbered(QStringLiteral("Kill paper %1 part").arg(i), 120);
            papers.append({QStringLiteral("Shared paper of pair %1").arg(i / 2)});
            for (const ProfileMaker::Paper &p : papers)
                papersOf[name].insert(p.title);
            names << name;
            QVERIFY(ProfileMaker::write(QStringLiteral("%1/p%2.txt").arg(folder).arg(i, 3, 10, QLatin1Char('0')), name, papers));
        }
        const QString db = m_work.freshPath(QStringLiteral("killed"));
        PaperStore watcher;
        QVERIFY2(watcher.open(db), qPrintable(watcher.lastError()));

        const quint32 seed = qEnvironmentVariableIsSet("PAPERSCOPE_FAULT_SEED")
            ? quint32(qEnvironmentVariableIntValue("PAPERSCOPE_FAULT_SEED"))
            : QRandomGenerator::global()->generate();
        qInfo("kill points drawn with PAPERSCOPE_FAULT_SEED=%u", seed);
        QRandomGenerator random(seed);

        const auto verify = [&](const QString &when) {
            QCOMPARE(StoreOpener::integrityCheck(db), QStringLiteral("ok"));
            PaperStore store;
            QVERIFY2(store.open(db), qPrintable(store.lastError()));
            const QStringList committed = profileNames(store);
            QCOMPARE(committed, names.mid(0, committed.size())); // files are imported in order
            QSet<QString> expected;
            for (const QString &name : committed) {
                expected.unite(papersOf.value(name));
                PaperFilter only;
                only.profiles = QStringList{name};
                QCOMPARE(store.paperCount(only), int(papersOf.value(name).size()));
            }
            QCOMPARE(titleSet(store), expected);
            qInfo("%s: %d of %d files committed, %d papers, integrity ok", qPrintable(when),
                  int(committed.size()), files, int(expected.size()));
        };

        for (int round = 1; round <= 4; ++round) {
            const int before = int(watcher.profiles().size());
            if (before >= files)
                break;
            const int target = before + 1 + int(random.bounded(quint32(qMax(1, (files - before) / 2))));
            const int extraWaits = int(random.bounded(30u));
            QScopedPointer<QProcess> p(m_work.start({QStringLiteral("--db"), db, QStringLiteral("import"), folder}));
            QVERIFY(p->waitForStarted());
            // Until `target` files committed (bounded), then a little more.
            for (int polls = 0; polls < 100000 && p->state() == QProcess::Running; ++polls) {
                if (p->waitForFinished(2) || watcher.profiles().size() >= target)
                    break;
            }
            for (int i = 0; i < extraWaits && p->state() == QProcess::Running; ++i)
                p->waitForFinished(1 + int(random.bounded(3u)));
            const bool killed = p->state() == QProcess::Running;
            if (killed)
                ::kill(pid_t(p->processId()), SIGKILL);
            QVERIFY(p->state() == QProcess::NotRunning || p->waitForFinished(60000));
            verify(QStringLiteral("round %1, %2 after %3 files").arg(round)
                       .arg(killed ? QStringLiteral("killed") : QStringLiteral("finished")).arg(target));
            if (QTest::currentTestFailed())
                return;
        }
        const Run last = m_work.run({QStringLiteral("--db"), db, QStringLiteral("import"), folder});
        QVERIFY2(last.exitCode == 0, qPrintable(last.err));
        verify(QStringLiteral("after the last, complete run"));
        QCOMPARE(watcher.profiles().size(), files);
    }

    // The store may not grow (PRAGMA max_page_count through the store's
    // connection: the disk is full): the import fails with a clear error
    // and the store keeps exactly what it had; with room again it lands.
    void diskFullDuringImport()
    {
        PaperStore store;
        const QString db = m_work.storeWithData();
        QVERIFY(!db.isEmpty());
        QVERIFY(store.open(db));
        const QSet<QString> before = titleSet(store);
        const QStringList profilesBefore = profileNames(store);
        QCOMPARE(before.size(), 8);

        QSqlQuery q(QSqlDatabase::database(store.connectionName(), false));
        QVERIFY(q.exec(QStringLiteral("PRAGMA page_count")) && q.next());
        const int pages = q.value(0).toInt();
        QVERIFY(q.exec(QStringLiteral("PRAGMA max_page_count = %1").arg(pages + 2)));
        q.finish();

        QVector<ProfileMaker::Paper> big = ProfileMaker::numbered(QStringLiteral("Disk full paper"), 400);
        for (ProfileMaker::Paper &p : big)
            p.abstract = QString(2000, QLatin1Char('x'));
        const QByteArray bytes = ProfileMaker::text(QStringLiteral("Full Disk"), big).toUtf8();
        ProfileImporter importer(store);
        const FileImportResult full = importer.importBytes(bytes, QStringLiteral("big.txt"), QDateTime::currentDateTime());
        QVERIFY(!full.ok);
        QVERIFY2(full.message.contains(QStringLiteral("disk is full")) && full.message.contains(QStringLiteral("nothing was imported")),
                 qPrintable(full.message));
        qInfo("disk full: %s", qPrintable(full.message));
        QCOMPARE(titleSet(store), before);
        QCOMPARE(profileNames(store), profilesBefore);
        QCOMPARE(StoreOpener::integrityCheck(db), QStringLiteral("ok"));

        QVERIFY(q.exec(QStringLiteral("PRAGMA max_page_count = 1073741823")));
        q.finish();
        const FileImportResult roomy = importer.importBytes(bytes, QStringLiteral("big.txt"), QDateTime::currentDateTime());
        QVERIFY2(roomy.ok, qPrintable(roomy.message));
        QCOMPARE(titleSet(store).size(), 408);
    }

    // The same with a real full file system: a 400 KB tmpfs in a mount
    // namespace of its own (root only; skipped where that is not allowed).
    // The real binary imports a 1 MB profile into a store that nearly fills
    // it: a clear error, and the store still holds its 8 papers, intact.
    void diskFullOnASmallFileSystem()
    {
        const QString unshare = QStandardPaths::findExecutable(QStringLiteral("unshare"));
        if (geteuid() != 0 || unshare.isEmpty())
            QSKIP("needs root and unshare(1) to mount a small file system");
        const QString db = m_work.storeWithData();
        QVERIFY(!db.isEmpty());
        QVector<ProfileMaker::Paper> big = ProfileMaker::numbered(QStringLiteral("Disk full paper"), 400);
        for (ProfileMaker::Paper &p : big)
            p.abstract = QString(2000, QLatin1Char('x'));
        const QString bigFile = m_work.filePath(QStringLiteral("big-profile.txt"));
        QVERIFY(ProfileMaker::write(bigFile, QStringLiteral("Full Disk"), big));
        const QString mountPoint = m_work.filePath(QStringLiteral("small-fs"));
        QVERIFY(QDir().mkpath(mountPoint));
        const QString script = QStringLiteral(
            "mount -t tmpfs -o size=400k tmpfs \"$1\" || exit 77\n"
            "cp \"$2\" \"$1/s.sqlite\" || exit 78\n"
            "\"$3\" --db \"$1/s.sqlite\" import \"$4\"; echo \"import exit $?\"\n"
            "\"$3\" --db \"$1/s.sqlite\" list | wc -l | sed 's/^/papers /'\n"
            "\"$3\" --db \"$1/s.sqlite\" list --search Disk | wc -l | sed 's/^/full disk papers /'\n"
            "sqlite3 \"$1/s.sqlite\" 'PRAGMA integrity_check' | sed 's/^/integrity /'\n");
        QProcess p;
        p.setProcessChannelMode(QProcess::MergedChannels);
        p.start(unshare, {QStringLiteral("--mount"), QStringLiteral("sh"), QStringLiteral("-c"), script,
                          QStringLiteral("sh"), mountPoint, db, QStringLiteral(PAPERSCOPE_BINARY), bigFile});
        QVERIFY(p.waitForFinished(300000));
        const QString out = QString::fromUtf8(p.readAll());
        if (p.exitCode() == 77 || p.exitCode() == 78 || out.contains(QStringLiteral("unshare failed")))
            QSKIP(qPrintable(QStringLiteral("cannot mount a small file system here: ") + out.trimmed()));
        qInfo("%s", qPrintable(out.trimmed().replace(QLatin1Char('\n'), QStringLiteral(" | "))));
        QVERIFY2(out.contains(QStringLiteral("import exit 1")), qPrintable(out));
        QVERIFY2(out.contains(QStringLiteral("nothing was imported: the disk is full")), qPrintable(out));
        QVERIFY2(out.contains(QStringLiteral("papers 8")), qPrintable(out));
        QVERIFY2(out.contains(QStringLiteral("full disk papers 0")), qPrintable(out));
        QVERIFY2(out.contains(QStringLiteral("integrity ok")), qPrintable(out)); // sqlite3 is in install-deps.sh
    }

    // Three command lines and the app import into one store at once: each
    // waits for the others (busy timeout) or says the store was busy; the
    // store ends up holding exactly what was reported imported.
    void twoProcessesOnOneStore()
    {
        const QString db = m_work.freshPath(QStringLiteral("shared"));
        QHash<QString, QSet<QString>> papersOf;
        QList<QStringList> batches;
        for (int b = 0; b < 3; ++b) {
            QStringList batch;
            for (int i = 0; i < 8; ++i) {
                const QString name = QStringLiteral("Busy %1-%2").arg(b).arg(i);
                QVector<ProfileMaker::Paper> papers = ProfileMaker::numbered(name + QStringLiteral(" paper"), 40);
                papers.append({QStringLiteral("Paper everybody lists %1").arg(i)});
                for (const ProfileMaker::Paper &p : papers)
                    papersOf[name].insert(p.title);
                const QString file = m_work.filePath(QStringLiteral("busy-%1-%2.txt").arg(b).arg(i));
                QVERIFY(ProfileMaker::write(file, name, papers));
                batch << file;
            }
            batches << batch;
        }
        std::vector<std::unique_ptr<QProcess>> processes;
        for (int b = 0; b < 2; ++b)
            processes.emplace_back(m_work.start(QStringList{QStringLiteral("--db"), db, QStringLiteral("import")} + batches.at(b)));
        PaperStore app;
        QVERIFY2(app.open(db), qPrintable(app.lastError()));
        processes.emplace_back(m_work.start({QStringLiteral("--db"), db, QStringLiteral("list")}));
        ProfileImporter importer(app);
        QSet<QString> imported;
        for (const QString &file : batches.at(2)) {
            const FileImportResult r = importer.importFile(file);
            QVERIFY2(r.ok || r.message.contains(QStringLiteral("busy")), qPrintable(r.message));
            if (r.ok)
                imported.insert(r.profileName);
        }
        for (const auto &p : processes) {
            QVERIFY(p->waitForFinished(120000));
            const QString err = QString::fromUtf8(p->readAllStandardError());
            QVERIFY2(p->exitCode() == 0 || err.contains(QStringLiteral("busy")), qPrintable(err));
            const QStringList lines = QString::fromUtf8(p->readAllStandardOutput()).split(QLatin1Char('\n'));
            for (const QString &line : lines) {
                const int paren = int(line.indexOf(QStringLiteral(" (busy-")));
                if (paren > 0 && line.contains(QStringLiteral("added")))
                    imported.insert(line.left(paren));
            }
        }
        QCOMPARE(StoreOpener::integrityCheck(db), QStringLiteral("ok"));
        QSet<QString> expected;
        for (const QString &name : std::as_const(imported))
            expected.unite(papersOf.value(name));
        QCOMPARE(titleSet(app), expected);
        const QStringList names = profileNames(app);
        QCOMPARE(QSet<QString>(names.begin(), names.end()), imported);
        qInfo("%d of 24 files imported by 2 command lines and the app at once, %d papers, integrity ok",
              int(imported.size()), int(expected.size()));
    }

    // Another program keeps the store locked past the busy timeout: the
    // command line waits, then says the store is busy (exit 1), and the
    // store is left as it was.
    void busyStoreReported()
    {
        const QString db = m_work.storeWithData();
        QVERIFY(!db.isEmpty());
        {
            QSqlDatabase locker = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("locker"));
            locker.setDatabaseName(db);
            QVERIFY(locker.open());
            QSqlQuery q(locker);
            QVERIFY(q.exec(QStringLiteral("BEGIN IMMEDIATE")));
            const Run writer = m_work.run({QStringLiteral("--db"), db, QStringLiteral("import"),
                                           fixture(QStringLiteral("profile-latin1.txt"))});
            QCOMPARE(writer.exitCode, 1);
            QVERIFY2(writer.err.contains(QStringLiteral("busy")) && writer.err.contains(QStringLiteral("nothing was imported")),
                     qPrintable(writer.err));
            qInfo("writer while locked: %s", qPrintable(writer.err.trimmed()));
            const Run reader = m_work.run({QStringLiteral("--db"), db, QStringLiteral("list")});
            QCOMPARE(reader.exitCode, 0); // WAL: readers go on while another writes
            QCOMPARE(reader.out.count(QLatin1Char('\n')), 8);

            QVERIFY(q.exec(QStringLiteral("ROLLBACK")));
            QVERIFY(q.exec(QStringLiteral("PRAGMA locking_mode = EXCLUSIVE")));
            QVERIFY(q.exec(QStringLiteral("BEGIN EXCLUSIVE")));
            const Run blocked = m_work.run({QStringLiteral("--db"), db, QStringLiteral("list")});
            QCOMPARE(blocked.exitCode, 1);
            QVERIFY2(blocked.err.contains(QStringLiteral("busy")), qPrintable(blocked.err));
            qInfo("reader while locked exclusively: %s", qPrintable(blocked.err.trimmed()));
            QVERIFY(q.exec(QStringLiteral("ROLLBACK")));
            q.finish();
            locker.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("locker"));
        PaperStore store;
        QVERIFY(store.open(db));
        QCOMPARE(store.paperCount(), 8);
        QCOMPARE(StoreOpener::integrityCheck(db), QStringLiteral("ok"));
    }
};

QTEST_MAIN(TestStoreFaults)
#include "tst_storefaults.moc"
