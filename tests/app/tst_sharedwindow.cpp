// The window on a lab's shared library, against the real PostgreSQL of the
// test command: it opens from a URL and from File > Open Shared Library...
// (a wrong database named in the dialog, the dialog kept), shows the
// library's papers, facets and title; another process importing papers
// is seen within the refresh, with the selection kept and
// the status bar saying who changed what; a reader's window is read-only;
// a connection that goes away turns the window read-only until it is back.
#include "abstractpaperstore.h"
#include "facetmodel.h"
#include "filterpanel.h"
#include "librarysession.h"
#include "livelibrary.h"
#include "mainwindow.h"
#include "organisecontroller.h"
#include "organisepanel.h"
#include "organisestore.h"
#include "papertablemodel.h"
#include "pgpaperstore.h"
#include "pgpasswords.h"
#include "profileimporter.h"
#include "sharedlibrarydialog.h"
#include "support/clirun.h"
#include "support/testdata.h"
#include "support/testpostgres.h"
#include "support/testsettings.h"

#include <QAction>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDockWidget>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPushButton>
#include <QSpinBox>
#include <QSqlQuery>
#include <QStatusBar>
#include <QTableView>
#include <QTemporaryDir>
#include <QTimer>
#include <QTreeWidgetItem>
#include <QUndoStack>
#include <QtTest>

using TestData::fixture;

class TestSharedWindow : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_home;

    // Another client: the command line, as its own process.
    int paperscope(const QStringList &arguments, QString *err = nullptr)
    {
        const CliRun::Run run = CliRun::paperscope(m_home.path(), arguments);
        if (err)
            *err = run.err;
        return run.status;
    }

    static bool importInto(const StoreLocation &location, const QStringList &files)
    {
        PgPaperStore store;
        if (!store.open(location.toString()))
            return false;
        ProfileImporter importer(store);
        for (const QString &file : files) {
            if (!importer.importFile(fixture(file)).ok)
                return false;
        }
        return true;
    }

    // A new library of these fixture files opened in the session's window: empty, or why not.
    static QString openLibrary(const TestPostgres::Database &database, const QStringList &files,
                               LibrarySession *session)
    {
        if (!database.ok())
            return database.error();
        if (!importInto(database.location(), files))
            return QStringLiteral("cannot import %1").arg(files.join(QLatin1Char(' ')));
        QString error;
        return session->open(database.location().toString(), &error) ? QString() : error;
    }

    static QTableView *table(MainWindow *window) { return window->findChild<QTableView *>(); }

    static qint64 selectRow(MainWindow *window, int row)
    {
        QTableView *view = table(window);
        view->selectionModel()->setCurrentIndex(window->paperModel()->index(row, 0),
                                                QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        return window->paperModel()->paperId(row);
    }

    static qint64 selectedId(MainWindow *window)
    {
        const QModelIndexList rows = table(window)->selectionModel()->selectedRows();
        return rows.size() == 1 ? window->paperModel()->paperId(rows.first().row()) : 0;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_home.isValid());
        TestSettings::isolate(m_home.path(), QStringLiteral("paperscope-test-sharedwindow"));
        qputenv("XDG_DATA_HOME", QFile::encodeName(m_home.path() + QStringLiteral("/data")));
    }

    void opensFromUrlAndShowsTheLibrary()
    {
        TEST_POSTGRES_SERVER();
        TestPostgres::Database database;
        QVERIFY2(database.ok(), qPrintable(database.error()));
        QVERIFY(importInto(database.location(), {QStringLiteral("profile-ada-lovecode.txt"),
                                                  QStringLiteral("profile-grace-hopscotch.txt")}));
        PgPaperStore reference;
        QVERIFY(reference.open(database.location().toString()));
        const int papers = reference.paperCount();
        QVERIFY(papers > 0);

        LibrarySession session;
        QString error;
        QVERIFY2(session.open(database.location().toString(), &error), qPrintable(error));
        MainWindow *window = session.window();
        QVERIFY(window->isVisible());
        QCOMPARE(window->paperModel()->rowCount(), papers);
        QVERIFY2(window->windowTitle().contains(database.location().displayName()), qPrintable(window->windowTitle()));
        QVERIFY(!window->windowTitle().contains(QStringLiteral("read-only")));
        QVERIFY(window->findChild<QAction *>(QStringLiteral("actionImport"))->isEnabled());
        QVERIFY(window->facetModel(FilterPanel::Profiles)->rowCount() == 2);
        QVERIFY(session.live() && session.live()->isConnected());
        QVERIFY(!session.store()->index()); // a shared library answers by queries

        // A facet tick filters as on a local store.
        FacetModel *categories = window->facetModel(FilterPanel::Categories);
        const QString category = categories->data(categories->index(0), FacetModel::ValueRole).toString();
        PaperFilter filter;
        filter.categories = QStringList{category};
        QVERIFY(categories->setData(categories->index(0), Qt::Checked, Qt::CheckStateRole));
        QCOMPARE(window->paperModel()->rowCount(), reference.paperCount(filter));
    }

    void anotherClientsChangesAppearWithTheSelectionKept()
    {
        TEST_POSTGRES_SERVER();
        TestPostgres::Database database;
        LibrarySession session;
        const QString failed = openLibrary(database, {QStringLiteral("profile-ada-lovecode.txt")}, &session);
        QVERIFY2(failed.isEmpty(), qPrintable(failed));
        MainWindow *window = session.window();
        const int before = window->paperModel()->rowCount();
        const qint64 selected = selectRow(window, 1);
        QVERIFY(selected > 0);
        QSignalSpy refreshed(session.live(), &LiveLibrary::refreshed);

        // Another process imports a profile file into the same library.
        const QString url = database.location().toString();
        QString err;
        QCOMPARE(paperscope({QStringLiteral("--db"), url, QStringLiteral("import"),
                             fixture(QStringLiteral("profile-grace-hopscotch.txt"))}, &err), 0);
        QTRY_VERIFY(refreshed.count() >= 1);
        PgPaperStore reference;
        QVERIFY(reference.open(url));
        const int after = reference.paperCount();
        QVERIFY(after > before);
        QCOMPARE(window->paperModel()->rowCount(), after);
        QCOMPARE(window->facetModel(FilterPanel::Profiles)->rowCount(), 2);
        QCOMPARE(selectedId(window), selected);
        const QString user = database.location().user;
        QVERIFY2(window->statusBar()->currentMessage().contains(QStringLiteral("added by %1").arg(user)),
                 qPrintable(window->statusBar()->currentMessage()));

        // A second change, and the selection still holds.
        refreshed.clear();
        QCOMPARE(paperscope({QStringLiteral("--db"), url, QStringLiteral("import"),
                             fixture(QStringLiteral("profile-no-scores.txt"))}, &err), 0);
        QTRY_VERIFY(refreshed.count() >= 1);
        QCOMPARE(window->paperModel()->rowCount(), reference.paperCount());
        QCOMPARE(selectedId(window), selected);

        // The window's own import is not announced back to it.
        refreshed.clear();
        const int known = reference.paperCount();
        window->importPaths({fixture(QStringLiteral("profile-feb29.txt"))});
        QTRY_VERIFY(window->paperModel()->rowCount() > known);
        QTest::qWait(LiveLibrary::refreshDelayMs * 3);
        QCOMPARE(refreshed.count(), 0);
    }

    // Tags made in the window land in the library (undo takes them out);
    // tags another process adds appear in the window's panel, said in words.
    void organiseOnASharedLibrary()
    {
        TEST_POSTGRES_SERVER();
        TestPostgres::Database database;
        LibrarySession session;
        const QString failed = openLibrary(database, {QStringLiteral("profile-ada-lovecode.txt")}, &session);
        QVERIFY2(failed.isEmpty(), qPrintable(failed));
        MainWindow *window = session.window();
        auto *organise = window->findChild<OrganiseController *>();
        QVERIFY(organise);
        organise->dock()->show();
        const qint64 id = selectRow(window, 0);
        organise->tagSelected(QStringLiteral("group-meeting"));
        PgPaperStore reference;
        QVERIFY(reference.open(database.location().toString()));
        QCOMPARE(OrganiseStore(reference).marks(id).tags, QStringList{QStringLiteral("group-meeting")});
        QVERIFY(organise->panel()->item(OrganisePanel::Tag, QStringLiteral("group-meeting")));
        window->undoStack()->undo();
        QVERIFY(OrganiseStore(reference).marks(id).tags.isEmpty());
        window->undoStack()->redo();

        QSignalSpy refreshed(session.live(), &LiveLibrary::refreshed);
        QString err;
        QCOMPARE(paperscope({QStringLiteral("--db"), database.location().toString(), QStringLiteral("tag"),
                             QStringLiteral("add"), QStringLiteral("thesis"), QStringLiteral("--profile"),
                             QStringLiteral("Ada Lovecode")}, &err), 0);
        QTRY_VERIFY(refreshed.count() >= 1);
        QVERIFY2(window->statusBar()->currentMessage().contains(QStringLiteral("tagged by")),
                 qPrintable(window->statusBar()->currentMessage()));
        QVERIFY(organise->panel()->item(OrganisePanel::Tag, QStringLiteral("thesis")));
        QCOMPARE(selectedId(window), id);
        QCOMPARE(OrganiseStore(reference).marks(id).tags,
                 (QStringList{QStringLiteral("group-meeting"), QStringLiteral("thesis")}));
    }

    void readersWindowIsReadOnly()
    {
        TEST_POSTGRES_SERVER();
        TestPostgres::Database database;
        QVERIFY2(database.ok(), qPrintable(database.error()));
        QVERIFY(importInto(database.location(), {QStringLiteral("profile-ada-lovecode.txt")}));
        const QString reader = QStringLiteral("pstest_wreader_%1").arg(QCoreApplication::applicationPid());
        QVERIFY(TestPostgres::admin(QStringLiteral("CREATE ROLE %1 LOGIN PASSWORD 'reader-pw'").arg(reader)));
        QCOMPARE(paperscope({QStringLiteral("--db"), database.location().toString(), QStringLiteral("grant"),
                             QStringLiteral("reader"), reader}), 0);
        const StoreLocation asReader = database.as(reader);
        PgPasswords::remember(asReader, QStringLiteral("reader-pw")); // as the dialog or the keyring gives it
        {
            LibrarySession session;
            QString error;
            QVERIFY2(session.open(asReader.toString(), &error), qPrintable(error));
            MainWindow *window = session.window();
            QVERIFY(window->paperModel()->rowCount() > 0);
            QVERIFY2(window->windowTitle().contains(QStringLiteral("read-only")), qPrintable(window->windowTitle()));
            auto *notice = window->findChild<QLabel *>(QStringLiteral("readOnlyNotice"));
            QVERIFY(notice && notice->isVisible());
            for (const char *name : {"actionImport", "actionPaste", "actionRemovePapers", "actionRemoveProfile",
                                     "actionToggleStar", "actionAddTag", "actionMarkRead", "actionAddToCollection"}) {
                auto *action = window->findChild<QAction *>(QLatin1String(name));
                QVERIFY2(action && !action->isEnabled(), name);
            }
            QVERIFY(!window->acceptDrops());
            QVERIFY(window->findChild<QAction *>(QStringLiteral("actionExportBibtex"))->isEnabled());
        }
        PgPasswords::forget(asReader);
        TestPostgres::admin(QStringLiteral("DROP OWNED BY %1").arg(reader));
    }

    void openSharedLibraryDialog()
    {
        TEST_POSTGRES_SERVER();
        TestPostgres::Database database;
        QVERIFY2(database.ok(), qPrintable(database.error()));
        QVERIFY(importInto(database.location(), {QStringLiteral("profile-ada-lovecode.txt")}));
        LibrarySession session;
        QString error;
        QVERIFY2(session.open(m_home.filePath(QStringLiteral("local.sqlite")), &error), qPrintable(error));
        QCOMPARE(session.window()->paperModel()->rowCount(), 0);

        // First a database that does not exist: the dialog stays with the reason; then the right one.
        const StoreLocation right = database.location();
        int shown = 0;
        QString message;
        connect(&session, &LibrarySession::dialogShown, this, [&](SharedLibraryDialog *dialog) {
            ++shown;
            QTimer::singleShot(0, dialog, [&, dialog] {
                if (shown == 2)
                    message = dialog->findChild<QLabel *>(QStringLiteral("message"))->text();
                dialog->findChild<QLineEdit *>(QStringLiteral("host"))->setText(right.host);
                dialog->findChild<QSpinBox *>(QStringLiteral("port"))->setValue(right.port);
                dialog->findChild<QLineEdit *>(QStringLiteral("user"))->setText(right.user);
                dialog->findChild<QLineEdit *>(QStringLiteral("database"))
                    ->setText(shown == 1 ? right.database + QStringLiteral("_missing") : right.database);
                QPushButton *open = dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Open);
                QVERIFY(open->isEnabled());
                open->click();
            });
        });
        session.window()->findChild<QAction *>(QStringLiteral("actionOpenSharedLibrary"))->trigger();
        QCOMPARE(shown, 2);
        QVERIFY2(message.contains(right.database + QStringLiteral("_missing")), qPrintable(message));
        QCOMPARE(session.store()->path(), right.toString());
        QVERIFY(session.window()->paperModel()->rowCount() > 0);
        QVERIFY(session.window()->windowTitle().contains(right.displayName()));

        // Open Recent lists both; the local one opens again from there.
        QMenu *recent = session.window()->findChild<QMenu *>(QStringLiteral("menuOpenRecentLibrary"));
        QVERIFY(recent);
        emit recent->aboutToShow();
        QAction *local = nullptr;
        for (QAction *action : recent->actions()) {
            if (action->data().toString() == m_home.filePath(QStringLiteral("local.sqlite")))
                local = action;
        }
        QVERIFY(local);
        local->trigger();
        QCOMPARE(session.store()->path(), m_home.filePath(QStringLiteral("local.sqlite")));
    }

    void lostConnectionTurnsReadOnlyUntilBack()
    {
        TEST_POSTGRES_SERVER();
        TestPostgres::Database database;
        LibrarySession session;
        const QString failed = openLibrary(database, {QStringLiteral("profile-ada-lovecode.txt")}, &session);
        QVERIFY2(failed.isEmpty(), qPrintable(failed));
        MainWindow *window = session.window();
        const int papers = window->paperModel()->rowCount();
        QSignalSpy connection(session.live(), &LiveLibrary::connectionChanged);

        // The server goes away for this library: no new connections, the open ones ended.
        const QString name = database.location().database;
        QVERIFY(TestPostgres::admin(QStringLiteral("ALTER DATABASE %1 ALLOW_CONNECTIONS false").arg(name)));
        QVERIFY(TestPostgres::admin(
            QStringLiteral("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = '%1'").arg(name)));
        QTRY_VERIFY_WITH_TIMEOUT(connection.count() >= 1, 15000);
        QCOMPARE(connection.first().first().toBool(), false);
        QVERIFY(window->windowTitle().contains(QStringLiteral("read-only")));
        QVERIFY(!window->findChild<QAction *>(QStringLiteral("actionImport"))->isEnabled());
        QVERIFY(window->isVisible());

        // Back: writable again, the same papers shown.
        QVERIFY(TestPostgres::admin(QStringLiteral("ALTER DATABASE %1 ALLOW_CONNECTIONS true").arg(name)));
        QTRY_VERIFY_WITH_TIMEOUT(connection.count() >= 2, 15000);
        QCOMPARE(connection.last().first().toBool(), true);
        QVERIFY(!window->windowTitle().contains(QStringLiteral("read-only")));
        QVERIFY(window->findChild<QAction *>(QStringLiteral("actionImport"))->isEnabled());
        QCOMPARE(window->paperModel()->rowCount(), papers);

        // The store's own session alone ends (an idle timeout): noticed too, and mended.
        auto *shared = dynamic_cast<PgPaperStore *>(session.store());
        QVERIFY(shared);
        QSqlQuery pid(shared->database());
        QVERIFY(pid.exec(QStringLiteral("SELECT pg_backend_pid()")) && pid.next());
        QVERIFY(TestPostgres::admin(QStringLiteral("SELECT pg_terminate_backend(%1)").arg(pid.value(0).toLongLong())));
        QTRY_VERIFY_WITH_TIMEOUT(connection.count() >= 4, 20000);
        QCOMPARE(connection.at(2).first().toBool(), false);
        QCOMPARE(connection.at(3).first().toBool(), true);
        QCOMPARE(window->paperModel()->rowCount(), papers);
    }
};

QTEST_MAIN(TestSharedWindow)
#include "tst_sharedwindow.moc"
