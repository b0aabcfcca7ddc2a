// StoreOpener and the window and command line around it (issue 8): a
// store that cannot be written opens read-only with a visible notice; a
// damaged store is found at start, kept aside and replaced, and the user is
// told; a store of a newer Paperscope or of another program is refused and
// left byte for byte; stored example databases of every earlier schema
// version migrate with their data intact.
#include "dialogs.h"
#include "mainwindow.h"
#include "paperjson.h"
#include "paperstore.h"
#include "profileimporter.h"
#include "storeopener.h"
#include "storeschema.h"
#include "support/profilemaker.h"
#include "support/storetesting.h"
#include "support/testsettings.h"

#include <QAction>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QRandomGenerator>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QtTest>

using namespace StoreTesting;

class TestStoreOpener : public QObject
{
    Q_OBJECT
    Workshop m_work;

private slots:
    void initTestCase()
    {
        QVERIFY(m_work.isValid());
        TestSettings::isolate(m_work.path(), QStringLiteral("paperscope-opener"));
        Dialogs::setSuppressMessages(true);
        // nobody must reach the stores in here (see readOnlyStore).
        QFile::setPermissions(m_work.path(), QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner | QFile::ReadGroup
                                                 | QFile::ExeGroup | QFile::ReadOther | QFile::ExeOther);
    }

    // A store that cannot be written opens read-only: reads and exports
    // work, writes are refused with a reason, the file is not touched; the
    // window says so and turns off import and remove; so does the CLI.
    void readOnlyStore()
    {
        const QString db = m_work.storeWithData();
        QVERIFY(!db.isEmpty());
        const QString folder = m_work.filePath(QStringLiteral("readonly"));
        QVERIFY(QDir().mkpath(folder));
        const QString path = folder + QStringLiteral("/papers.sqlite");
        QVERIFY(QFile::copy(db, path));
        const QByteArray bytes = readBytes(path);
        const auto readOnly = QFile::ReadOwner | QFile::ReadGroup | QFile::ReadOther;
        QVERIFY(QFile::setPermissions(path, readOnly));
        QVERIFY(QFile::setPermissions(folder, readOnly | QFile::ExeOwner | QFile::ExeGroup | QFile::ExeOther));

        PaperStore store;
        {
            AsNobody nobody;
            if (!nobody.ok())
                QSKIP("running as root without the right to become nobody: file modes do not apply");
            QVERIFY2(store.open(path), qPrintable(store.lastError()));
        }
        QVERIFY(store.isReadOnly());
        QVERIFY2(store.openNotice().contains(QStringLiteral("read-only")), qPrintable(store.openNotice()));
        QCOMPARE(store.paperCount(), 8);
        ProfileImporter importer(store);
        const FileImportResult refused = importer.importFile(fixture(QStringLiteral("profile-latin1.txt")));
        QVERIFY(!refused.ok);
        QVERIFY2(refused.message.contains(QStringLiteral("read-only")), qPrintable(refused.message));
        const QVector<qint64> ids = store.paperIds(PaperFilter(), PaperSort::Title, Qt::AscendingOrder);
        QVERIFY(store.removePapers(ids.mid(0, 1)).isEmpty());
        QVERIFY2(store.lastError().contains(QStringLiteral("read-only")), qPrintable(store.lastError()));
        QCOMPARE(store.paperCount(), 8);

        {
            MainWindow window(store);
            window.show();
            QVERIFY(window.windowTitle().contains(QStringLiteral("read-only")));
            auto *notice = window.findChild<QLabel *>(QStringLiteral("readOnlyNotice"));
            QVERIFY(notice && notice->isVisible());
            for (const char *name : {"actionImport", "actionPaste", "actionRemovePapers", "actionRemoveProfile"}) {
                auto *action = window.findChild<QAction *>(QLatin1String(name));
                QVERIFY2(action && !action->isEnabled(), name);
            }
            QVERIFY(!window.acceptDrops());
            QVERIFY(window.findChild<QAction *>(QStringLiteral("actionExportBibtex"))->isEnabled());
        }
        store.close();

        const QString setpriv = QStandardPaths::findExecutable(QStringLiteral("setpriv")); // util-linux
        QVERIFY2(geteuid() != 0 || !setpriv.isEmpty(), "setpriv(1) is needed to run the CLI as nobody");
        const QStringList asNobody = geteuid() == 0
            ? QStringList{setpriv, QStringLiteral("--reuid=65534"), QStringLiteral("--regid=65534"),
                          QStringLiteral("--clear-groups")}
            : QStringList();
        // The build folder and the fixtures may be private to root (a
        // checkout under /root): nobody runs copies from the work folder.
        QString latin1 = fixture(QStringLiteral("profile-latin1.txt"));
        if (geteuid() == 0) {
            const QString binary = m_work.filePath(QStringLiteral("paperscope-for-nobody"));
            const QString copy = m_work.filePath(QStringLiteral("profile-latin1-for-nobody.txt"));
            QFile::remove(binary);
            QFile::remove(copy);
            QVERIFY(QFile::copy(QStringLiteral(PAPERSCOPE_BINARY), binary));
            QVERIFY(QFile::copy(latin1, copy));
            QVERIFY(QFile::setPermissions(binary, readOnly | QFile::ExeOwner | QFile::ExeGroup | QFile::ExeOther));
            QVERIFY(QFile::setPermissions(copy, readOnly));
            m_work.useBinary(binary);
            latin1 = copy;
        }
        const Run list = m_work.run({QStringLiteral("--db"), path, QStringLiteral("list")}, asNobody);
        QVERIFY2(list.exitCode == 0, qPrintable(list.err));
        QCOMPARE(list.out.count(QLatin1Char('\n')), 8);
        QVERIFY2(list.err.contains(QStringLiteral("read-only")), qPrintable(list.err));
        const Run import = m_work.run({QStringLiteral("--db"), path, QStringLiteral("import"), latin1}, asNobody);
        m_work.useBinary(QStringLiteral(PAPERSCOPE_BINARY));
        QCOMPARE(import.exitCode, 1);
        QVERIFY2(import.err.contains(QStringLiteral("read-only")), qPrintable(import.err));
        QCOMPARE(readBytes(path), bytes);
        QVERIFY(QFile::setPermissions(folder, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner));
        QVERIFY(QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner));
    }

    void damagedStoreKeptAside_data()
    {
        QTest::addColumn<QString>("damage");
        QTest::newRow("header overwritten") << QStringLiteral("header");
        QTest::newRow("pages overwritten") << QStringLiteral("pages");
        QTest::newRow("truncated to half") << QStringLiteral("truncated");
        QTest::newRow("a text file") << QStringLiteral("text");
    }

    // A damaged file is found at start, kept aside byte for byte (renamed
    // with a timestamp), a fresh store takes its place, and the user is
    // told: one line from the CLI, a message from the window.
    void damagedStoreKeptAside()
    {
        QFETCH(QString, damage);
        const QString db = m_work.storeWithData();
        QVERIFY(!db.isEmpty());
        QByteArray bytes = readBytes(db);
        QVERIFY(bytes.size() > 16384);
        if (damage == QStringLiteral("header")) {
            bytes.replace(0, 100, QByteArray(100, 'X'));
        } else if (damage == QStringLiteral("pages")) {
            QRandomGenerator random(8);
            for (int i = 4096; i < bytes.size(); ++i)
                bytes[i] = char(random.bounded(256u));
        } else if (damage == QStringLiteral("truncated")) {
            bytes.truncate(bytes.size() / 2);
        } else {
            bytes = "Not a store at all, just a note.\n";
        }
        QVERIFY(ProfileMaker::write(db, bytes));
        const QStringList before = QDir(m_work.path()).entryList(QDir::Files);

        PaperStore store;
        QVERIFY2(store.open(db), qPrintable(store.lastError()));
        const QString notice = store.openNotice();
        QVERIFY2(notice.contains(QStringLiteral("was damaged")) && notice.contains(QStringLiteral("kept as")),
                 qPrintable(notice));
        qInfo("%s", qPrintable(notice));
        QCOMPARE(store.paperCount(), 0);
        QCOMPARE(store.schemaVersion(), StoreSchema::currentVersion);
        QStringList kept = QDir(m_work.path()).entryList(QDir::Files);
        for (const QString &name : before)
            kept.removeAll(name);
        kept = kept.filter(QStringLiteral(".damaged-"));
        QCOMPARE(kept.size(), 1);
        QCOMPARE(readBytes(m_work.filePath(kept.first())), bytes); // nothing lost
        ProfileImporter importer(store);
        QVERIFY(importer.importFile(fixture(QStringLiteral("profile-ada-lovecode.txt"))).ok);
        store.close();
        QCOMPARE(StoreOpener::integrityCheck(db), QStringLiteral("ok"));

        // The command line says it in one line.
        QVERIFY(ProfileMaker::write(db, bytes));
        const Run cli = m_work.run({QStringLiteral("--db"), db, QStringLiteral("list")});
        QCOMPARE(cli.exitCode, 0);
        QCOMPARE(cli.err.count(QLatin1Char('\n')), 1);
        QVERIFY2(cli.err.contains(QStringLiteral("was damaged")), qPrintable(cli.err));

        // The window says it in a message.
        QVERIFY(ProfileMaker::write(db, bytes));
        Dialogs::inform(nullptr, QStringLiteral("none yet"), QString()); // suppressed: only resets lastMessage()
        PaperStore again;
        QVERIFY(again.open(db));
        MainWindow window(again);
        window.show();
        QTRY_VERIFY(Dialogs::lastMessage().contains(QStringLiteral("kept as")));
        QVERIFY(Dialogs::lastMessage().contains(QStringLiteral("damaged")));
    }

    // A store written by a newer Paperscope is refused and left byte for
    // byte as it was (so is the file of another program that uses SQLite).
    void newerOrForeignStoreLeftIntact()
    {
        const QString newer = m_work.storeWithData();
        QVERIFY(!newer.isEmpty());
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("future"));
            db.setDatabaseName(newer);
            QVERIFY(db.open());
            QVERIFY(QSqlQuery(db).exec(QStringLiteral("PRAGMA user_version = %1").arg(StoreSchema::currentVersion + 1)));
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("future"));
        const QString foreign = m_work.freshPath(QStringLiteral("foreign"));
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("foreign"));
            db.setDatabaseName(foreign);
            QVERIFY(db.open());
            QSqlQuery q(db);
            QVERIFY(q.exec(QStringLiteral("CREATE TABLE papers (id INTEGER PRIMARY KEY, note TEXT)")));
            QVERIFY(q.exec(QStringLiteral("INSERT INTO papers (note) VALUES ('keep me')")));
            q.finish();
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("foreign"));

        for (const QString &path : {newer, foreign}) {
            const QByteArray bytes = readBytes(path);
            PaperStore store;
            QVERIFY(!store.open(path));
            QVERIFY2(store.lastError().contains(QStringLiteral("left as it is")), qPrintable(store.lastError()));
            qInfo("%s", qPrintable(store.lastError()));
            const Run cli = m_work.run({QStringLiteral("--db"), path, QStringLiteral("import"),
                                        fixture(QStringLiteral("profile-latin1.txt"))});
            QCOMPARE(cli.exitCode, 1);
            QVERIFY2(cli.err.contains(QStringLiteral("left as it is")), qPrintable(cli.err));
            QCOMPARE(readBytes(path), bytes);
            QVERIFY(!QFileInfo::exists(path + QStringLiteral("-wal")));
        }
    }

    void migratesStoredExamples_data()
    {
        QTest::addColumn<QString>("file");
        const QDir data(QStringLiteral(PAPERSCOPE_TEST_DATA));
        const QStringList stores = data.entryList({QStringLiteral("store-v*.sqlite")}, QDir::Files, QDir::Name);
        QVERIFY(!stores.isEmpty());
        for (const QString &name : stores) {
            // Only examples with their expected papers beside them (store-vN.json);
            // store-v3.sqlite is checked by tst_organisestore's migration test.
            if (data.exists(QString(name).replace(QStringLiteral(".sqlite"), QStringLiteral(".json"))))
                QTest::newRow(qPrintable(name)) << name;
        }
    }

    // Every stored example of an earlier schema (tests/data/store-vN.sqlite,
    // made by the Paperscope of that schema; store-vN.json is what its
    // `list --json` printed) reaches the current schema with its data intact.
    void migratesStoredExamples()
    {
        QFETCH(QString, file);
        const QString path = m_work.freshPath(QStringLiteral("migrate"));
        QVERIFY(QFile::copy(fixture(file), path));
        QVERIFY(QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner));
        PaperStore store;
        QVERIFY2(store.open(path), qPrintable(store.lastError()));
        QCOMPARE(store.schemaVersion(), StoreSchema::currentVersion);
        QCOMPARE(StoreOpener::integrityCheck(path), QStringLiteral("ok"));

        QFile expectedFile(fixture(QString(file).replace(QStringLiteral(".sqlite"), QStringLiteral(".json"))));
        QVERIFY(expectedFile.open(QIODevice::ReadOnly));
        const QJsonArray expected = QJsonDocument::fromJson(expectedFile.readAll()).array();
        QVERIFY(!expected.isEmpty());
        QVector<PaperRecord> papers = store.papers(PaperFilter(), PaperSort::Date, Qt::AscendingOrder, 0, 100000);
        store.fillProfiles(papers);
        QCOMPARE(papers.size(), expected.size());
        for (int i = 0; i < papers.size(); ++i) {
            const QJsonObject now = PaperJson::paper(papers.at(i));
            const QJsonObject then = expected.at(i).toObject();
            for (auto it = then.begin(); it != then.end(); ++it)
                QVERIFY2(now.value(it.key()) == it.value(),
                         qPrintable(QStringLiteral("%1 of '%2'").arg(it.key(), then.value(QStringLiteral("title")).toString())));
        }
        // And the migrated store takes new imports.
        ProfileImporter importer(store);
        const FileImportResult more = importer.importFile(fixture(QStringLiteral("profile-no-scores.txt")));
        QVERIFY2(more.ok, qPrintable(more.message));
    }
};

QTEST_MAIN(TestStoreOpener)
#include "tst_storeopener.moc"
