// GUI tests of changes to many papers at once in the real window (issue 18):
// over OrganiseJob::threshold selected papers, Organise > Add Tag and Add
// to Collection run on a worker thread with progress and Cancel in the
// status bar; the change lands whole and is one undo step, and Cancel
// leaves the store as it was. Undo and Redo of such a change run on the
// worker too (Cancel puts the undo stack back); after each, the window's
// in-memory index answers the counts as a fresh read of the store does.
// No timing: only what lands.
#include "dialogs.h"
#include "collectionstore.h"
#include "mainwindow.h"
#include "organisecontroller.h"
#include "organisecounts.h"
#include "organisestore.h"
#include "paperlistview.h"
#include "paperstore.h"
#include "papertablemodel.h"
#include "profileimporter.h"
#include "textprompt.h"
#include "storeindex.h"
#include "support/countcompare.h"
#include "support/profilemaker.h"
#include "support/testsettings.h"
#include "support/windowtesting.h"

#include <QAction>
#include <QPushButton>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStatusBar>
#include <QTableView>
#include <QTemporaryDir>
#include <QUndoStack>
#include <QtTest>

#include <memory>

using WindowTesting::action;

class TestOrganiseBulk : public QObject
{
    Q_OBJECT
    static constexpr int papers = 5000;
    QTemporaryDir m_dir;
    QString m_path;
    std::unique_ptr<PaperStore> m_store;
    std::unique_ptr<MainWindow> m_window;

    OrganiseController *organise() const { return m_window->findChild<OrganiseController *>(); }
    int tagged(const QString &tag) const
    {
        PaperFilter f;
        f.tags = QStringList{tag};
        return m_store->paperCount(f);
    }
    int inCollection(const QString &name) const
    {
        PaperFilter f;
        f.collections = QStringList{name};
        return m_store->paperCount(f);
    }
    void selectAll()
    {
        QTableView *table = m_window->listView()->tableView();
        QAbstractItemModel *model = table->model();
        const QItemSelection rows(model->index(0, 0), model->index(model->rowCount() - 1, model->columnCount() - 1));
        table->selectionModel()->select(rows, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    }
    bool waitForJob() { return QTest::qWaitFor([this] { return !organise()->job()->isBusy(); }, 120000); }
    // The window's store (in-memory index) answers as a plain store reading the file.
    void sameAsFreshRead()
    {
        PaperStore fresh;
        QVERIFY(fresh.open(m_path));
        QVERIFY(m_store->index() && m_store->index()->isFresh());
        QVector<PaperFilter> filters(3);
        filters[1].tags = QStringList{QStringLiteral("bulk")};
        filters[2].collections = QStringList{QStringLiteral("Reading group")};
        for (const PaperFilter &f : std::as_const(filters)) {
            QCOMPARE(m_store->paperCount(f), fresh.paperCount(f));
            for (OrganiseFacet facet : {OrganiseFacet::Tag, OrganiseFacet::State, OrganiseFacet::Starred})
                QVERIFY(CountCompare::sameCounts(OrganiseCounts(*m_store).counts(facet, f, true),
                                                 OrganiseCounts(fresh).counts(facet, f, true)));
        }
    }
    // Edit > Undo or Redo of the big change: on the worker, the action held meanwhile.
    void undoOnTheWorker(const char *name)
    {
        QAction *step = action(m_window.get(), name);
        QTRY_VERIFY(step->isEnabled()); // once the last job's hold is lifted
        step->trigger();
        QVERIFY(organise()->job()->isBusy());
        QVERIFY(waitForJob());
        QCOMPARE(organise()->lastError(), QString());
        QTRY_VERIFY(!m_window->findChild<QWidget *>(QStringLiteral("organiseProgress"))->isVisible());
        sameAsFreshRead();
    }

private slots:
    void initTestCase()
    {
        TestSettings::isolate(m_dir.path(), QStringLiteral("paperscope-test-organisebulk"));
        Dialogs::setSuppressMessages(true);
        const QString profile = m_dir.filePath(QStringLiteral("many.txt"));
        QVERIFY(ProfileMaker::write(profile, QStringLiteral("Many Papers"),
                                    ProfileMaker::numbered(QStringLiteral("Bulk organising study"), papers)));
        m_path = m_dir.filePath(QStringLiteral("bulk.sqlite"));
        m_store = std::make_unique<PaperStore>();
        QVERIFY(m_store->open(m_path));
        QVERIFY(ProfileImporter(*m_store).importFile(profile).ok);
        OrganiseStore org(*m_store);
        QVERIFY(CollectionStore(org).createCollection(QStringLiteral("Reading group")));
    }
    void init()
    {
        m_window = std::make_unique<MainWindow>(*m_store);
        m_window->resize(1280, 800);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        QTRY_COMPARE(m_window->paperModel()->rowCount(), papers);
        selectAll();
        QCOMPARE(m_window->listView()->tableView()->selectionModel()->selectedRows().size(), papers);
    }
    void cleanup() { m_window.reset(); }
    void cleanupTestCase() { m_store.reset(); }

    void tagManyIsOneUndoStep()
    {
        const int steps = m_window->undoStack()->count();
        QCOMPARE(m_window->undoStack()->index(), steps);
        TextPrompt::setNextAnswer(QStringLiteral("bulk"));
        action(m_window.get(), "actionAddTag")->trigger();
        QVERIFY(organise()->job()->isBusy()); // off the GUI thread, the window goes on
        QVERIFY(m_window->findChild<QWidget *>(QStringLiteral("organiseProgress"))->isVisible());
        QVERIFY(waitForJob());
        QCOMPARE(organise()->lastError(), QString());
        QCOMPARE(tagged(QStringLiteral("bulk")), papers);
        QCOMPARE(m_window->undoStack()->count(), steps + 1);
        QVERIFY(!m_window->findChild<QWidget *>(QStringLiteral("organiseProgress"))->isVisible());
        // The list follows: ticking the tag as a filter lists them all.
        PaperFilter f = m_window->currentFilter();
        f.tags = QStringList{QStringLiteral("bulk")};
        m_window->paperModel()->setFilter(f);
        QCOMPARE(m_window->paperModel()->rowCount(), papers);

        sameAsFreshRead();

        undoOnTheWorker("actionUndo");
        QCOMPARE(tagged(QStringLiteral("bulk")), 0);
        undoOnTheWorker("actionRedo");
        QCOMPARE(tagged(QStringLiteral("bulk")), papers);
        undoOnTheWorker("actionUndo");
        QCOMPARE(tagged(QStringLiteral("bulk")), 0);
        QCOMPARE(m_window->undoStack()->index(), steps);
    }

    // Cancel of an undo (the worker waits for another connection's lock):
    // the store keeps the change and the undo stack is where it was.
    void cancelledUndoPutsTheStackBack()
    {
        organise()->addSelectedToCollection(QStringLiteral("Reading group"));
        QVERIFY(waitForJob());
        QCOMPARE(inCollection(QStringLiteral("Reading group")), papers);
        const int at = m_window->undoStack()->index();
        {
            QSqlDatabase blocker = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("blocker"));
            blocker.setDatabaseName(m_path);
            QVERIFY(blocker.open());
            QSqlQuery lock(blocker);
            QVERIFY(lock.exec(QStringLiteral("BEGIN IMMEDIATE")));
            action(m_window.get(), "actionUndo")->trigger();
            QVERIFY(organise()->job()->isBusy());
            QTRY_VERIFY(!action(m_window.get(), "actionRedo")->isEnabled()); // held while it runs
            QVERIFY(!action(m_window.get(), "actionUndo")->isEnabled());
            m_window->findChild<QPushButton *>(QStringLiteral("cancelOrganiseButton"))->click();
            QVERIFY(lock.exec(QStringLiteral("ROLLBACK")));
            QVERIFY(waitForJob());
            lock = QSqlQuery();
            blocker.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("blocker"));
        QCOMPARE(inCollection(QStringLiteral("Reading group")), papers);
        QCOMPARE(m_window->undoStack()->index(), at);
        QVERIFY(m_window->statusBar()->currentMessage().contains(QStringLiteral("nothing was changed")));
        QTRY_VERIFY(action(m_window.get(), "actionUndo")->isEnabled());
        sameAsFreshRead();
        undoOnTheWorker("actionUndo");
        QCOMPARE(inCollection(QStringLiteral("Reading group")), 0);
    }

    void addManyToCollectionAndUndo()
    {
        organise()->addSelectedToCollection(QStringLiteral("Reading group"));
        QVERIFY(waitForJob());
        QCOMPARE(inCollection(QStringLiteral("Reading group")), papers);
        sameAsFreshRead();
        undoOnTheWorker("actionUndo");
        QCOMPARE(inCollection(QStringLiteral("Reading group")), 0);
        OrganiseStore org(*m_store);
        QVERIFY(CollectionStore(org).hasCollection(QStringLiteral("Reading group")));
    }

    // Cancel while the change waits for the store (another connection holds
    // the write lock, so the cancel comes before anything is written).
    void cancelLeavesTheStoreAsBefore()
    {
        const int steps = m_window->undoStack()->count();
        {
            QSqlDatabase blocker = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("blocker"));
            blocker.setDatabaseName(m_path);
            QVERIFY(blocker.open());
            QSqlQuery lock(blocker);
            QVERIFY(lock.exec(QStringLiteral("BEGIN IMMEDIATE")));
            TextPrompt::setNextAnswer(QStringLiteral("never"));
            action(m_window.get(), "actionAddTag")->trigger();
            QVERIFY(organise()->job()->isBusy());
            auto *cancel = m_window->findChild<QPushButton *>(QStringLiteral("cancelOrganiseButton"));
            QVERIFY(cancel && cancel->isVisible() && cancel->isEnabled());
            cancel->click();
            QVERIFY(!cancel->isEnabled()); // "Cancelling…" until the worker stops
            QVERIFY(lock.exec(QStringLiteral("ROLLBACK")));
            QVERIFY(waitForJob());
            lock = QSqlQuery();
            blocker.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("blocker"));
        QCOMPARE(tagged(QStringLiteral("never")), 0);
        QVERIFY(!OrganiseStore(*m_store).tags().contains(QStringLiteral("never")));
        QCOMPARE(m_window->undoStack()->count(), steps);
        QCOMPARE(organise()->lastError(), QString());
        QVERIFY(m_window->statusBar()->currentMessage().contains(QStringLiteral("nothing was changed")));
    }
};

QTEST_MAIN(TestOrganiseBulk)
#include "tst_organisebulk.moc"
