// GUI tests of the real window, offscreen: drops, facet ticks, search,
// export through the menu, clipboard, remove and undo. Dialogs are
// answered through the seams in views/dialogs.h and ExportDialog.
#include "dialogs.h"
#include "exportdialog.h"
#include "facetmodel.h"
#include "filterpanel.h"
#include "importcontroller.h"
#include "mainwindow.h"
#include "paperdetailview.h"
#include "paperlistview.h"
#include "papertablemodel.h"
#include "support/bibtools.h"
#include "support/localhttpserver.h"
#include "support/windowtesting.h"

#include <QAction>
#include <QClipboard>
#include <QHeaderView>
#include <QLineEdit>
#include <QMimeData>
#include <QTableView>
#include <QUndoStack>
#include <QtTest>

using namespace WindowTesting;

namespace {
void tick(FacetModel *model, const QString &value)
{
    for (int row = 0; row < model->rowCount(); ++row) {
        const QModelIndex index = model->index(row, 0);
        if (index.data(FacetModel::ValueRole).toString() == value) {
            QVERIFY(model->setData(index, Qt::Checked, Qt::CheckStateRole));
            return;
        }
    }
    QFAIL(qPrintable(QStringLiteral("no facet value %1").arg(value)));
}
} // namespace

class TestMainWindow : public QObject
{
    Q_OBJECT
    WindowFixture m_gui;

    MainWindow *window() const { return m_gui.window(); }
    PaperStore *store() const { return m_gui.store(); }
    void loadBoth() { m_gui.loadBoth(); }

private slots:
    void initTestCase() { m_gui.isolate(QStringLiteral("paperscope-test")); }
    void init() { QVERIFY(m_gui.open()); }
    void cleanup() { m_gui.close(); }

    void emptyStoreInvitesADrop()
    {
        QCOMPARE(window()->listView()->state(), PaperListView::State::EmptyStore);
        QCOMPARE(window()->statusText(), QStringLiteral("0 papers"));
    }

    void dropFileShowsRows()
    {
        dropFiles(window(), {fixture("profile-ada-lovecode.txt")});
        QTRY_COMPARE(window()->paperModel()->rowCount(), 5);
        QCOMPARE(window()->listView()->state(), PaperListView::State::List);
        QTRY_COMPARE(window()->statusText(), QStringLiteral("5 papers"));
        QTRY_VERIFY(!window()->importController()->isBusy());
    }

    void dropFolderImportsItsProfiles()
    {
        QTemporaryDir folder;
        QVERIFY(QFile::copy(fixture("profile-ada-lovecode.txt"), folder.filePath(QStringLiteral("a.txt"))));
        QVERIFY(QDir(folder.path()).mkdir(QStringLiteral("deeper")));
        QVERIFY(QFile::copy(fixture("profile-grace-hopscotch.txt"), folder.filePath(QStringLiteral("deeper/g.txt"))));
        dropFiles(window(), {folder.path()});
        QTRY_COMPARE(window()->paperModel()->rowCount(), 8);
    }

    void dropBadFileIsRefusedAndChangesNothing()
    {
        dropFiles(window(), {fixture("profile-ada-lovecode.txt")});
        QTRY_COMPARE(window()->paperModel()->rowCount(), 5);
        QTRY_VERIFY(!window()->importController()->isBusy());
        dropFiles(window(), {fixture("bad-feb30.txt")});
        QTRY_VERIFY(Dialogs::lastMessage().contains(QStringLiteral("bad-feb30.txt:")));
        QVERIFY(Dialogs::lastMessage().contains(QStringLiteral("1 refused")));
        QTRY_VERIFY(!window()->importController()->isBusy());
        QCOMPARE(window()->paperModel()->rowCount(), 5);
        QCOMPARE(store()->paperCount(), 5);
    }

    void droppedTextAndLinks()
    {
        QFile f(fixture("profile-grace-hopscotch.txt"));
        QVERIFY(f.open(QIODevice::ReadOnly));
        QMimeData text;
        text.setText(QString::fromUtf8(f.readAll()));
        dropOn(window(), &text);
        QTRY_COMPARE(window()->paperModel()->rowCount(), 4);
        QTRY_VERIFY(!window()->importController()->isBusy());

        QMimeData link; // only http(s) links are fetched (droppedWebLinksAreDownloaded)
        link.setText(QStringLiteral("ftp://example.org/profile.txt"));
        dropOn(window(), &link);
        QVERIFY(Dialogs::lastMessage().contains(QStringLiteral("ftp://example.org/profile.txt")));
        QCOMPARE(window()->paperModel()->rowCount(), 4);
    }

    void droppedWebLinksAreDownloaded()
    {
        TestHttp::LocalHttpServer server; // 127.0.0.1 only
        server.setHandler([](const TestHttp::Request &r) {
            if (r.path == QLatin1String("/go"))
                return TestHttp::Reply::redirect(QStringLiteral("/grace.txt"));
            if (r.path.endsWith(QLatin1String(".txt")))
                return TestHttp::Reply::file(fixture(r.path == QLatin1String("/grace.txt") ? "profile-grace-hopscotch.txt"
                                                                                             : "profile-ada-lovecode.txt"),
                                             "text/plain");
            return TestHttp::Reply::file(fixture("bad-binary.png"), "image/png");
        });
        QMimeData uriList; // a link behind a redirect, and one that is not text
        uriList.setUrls({server.url(QStringLiteral("/go")), server.url(QStringLiteral("/picture"))});
        dropOn(window(), &uriList);
        QTRY_COMPARE(window()->paperModel()->rowCount(), 4);
        QTRY_VERIFY(!window()->importController()->isBusy());
        QTRY_VERIFY(Dialogs::lastMessage().contains(server.url(QStringLiteral("/picture")).toDisplayString()
                                                    + QStringLiteral(": not a text file (image/png)")));
        QMimeData firefox; // Firefox's own format: UTF-16 link and title
        const QString moz = server.url(QStringLiteral("/ada.txt")).toString() + QStringLiteral("\nAda's profile");
        firefox.setData(QStringLiteral("text/x-moz-url"),
                        QByteArray(reinterpret_cast<const char *>(moz.utf16()), int(moz.size()) * 2));
        dropOn(window(), &firefox);
        QTRY_COMPARE(window()->paperModel()->rowCount(), 8);
        QTRY_VERIFY(!window()->importController()->isBusy());
    }

    void pasteImportsProfileText()
    {
        QFile f(fixture("profile-ada-lovecode.txt"));
        QVERIFY(f.open(QIODevice::ReadOnly));
        QApplication::clipboard()->setText(QString::fromUtf8(f.readAll()));
        action(window(), "actionPaste")->trigger();
        QTRY_COMPARE(window()->paperModel()->rowCount(), 5);
    }

    void facetsFilterListCountsAndStatus()
    {
        loadBoth();
        tick(window()->facetModel(FilterPanel::Categories), QStringLiteral("SE"));
        QCOMPARE(window()->paperModel()->rowCount(), 4);
        QCOMPARE(window()->statusText(), QStringLiteral("4 of 8 papers"));
        tick(window()->facetModel(FilterPanel::Years), QStringLiteral("2023"));
        QCOMPARE(window()->paperModel()->rowCount(), 1);
        QCOMPARE(window()->statusText(), QStringLiteral("1 of 8 papers"));
        // Counts follow the filter: under SE + 2023, only cmu and huggingface remain.
        FacetModel *affiliations = window()->facetModel(FilterPanel::Affiliations);
        QCOMPARE(affiliations->rowCount(), 2);
        // Ticking a second category ORs it in.
        tick(window()->facetModel(FilterPanel::Categories), QStringLiteral("LG"));
        QCOMPARE(window()->paperModel()->rowCount(), 2);
        action(window(), "actionClearFilters")->trigger();
        QCOMPARE(window()->paperModel()->rowCount(), 8);
        QCOMPARE(window()->statusText(), QStringLiteral("8 papers"));
    }

    void searchAsYouType()
    {
        loadBoth();
        action(window(), "actionFind")->trigger();
        QLineEdit *search = window()->filterPanel()->searchField();
        QTRY_VERIFY(search->hasFocus());
        QTest::keyClicks(search, QStringLiteral("lean"));
        QTRY_COMPARE(window()->paperModel()->rowCount(), 1);
        QCOMPARE(window()->paperModel()->index(0, PaperTableModel::TitleColumn).data().toString(),
                 QStringLiteral("LeanDojo: Theorem Proving with Retrieval-Augmented Language Models"));
        search->clear();
        QTRY_COMPARE(window()->paperModel()->rowCount(), 8);
        QTest::keyClicks(search, QStringLiteral("zzzz"));
        QTRY_COMPARE(window()->listView()->state(), PaperListView::State::NoMatches);
    }

    void exportSelectionThroughTheMenu()
    {
        loadBoth();
        QTableView *table = window()->listView()->tableView();
        table->selectRow(0);
        table->selectionModel()->select(window()->paperModel()->index(2, 0),
                                        QItemSelectionModel::Select | QItemSelectionModel::Rows);
        const QString bib = m_gui.filePath(QStringLiteral("selection%1.bib").arg(m_gui.count()));
        ExportDialog::setNextChoice(ExportDialog::Choice{ExportDialog::Scope::Selection, false});
        Dialogs::setNextSaveFileName(bib);
        QSignalSpy finished(window(), &MainWindow::exportFinished);
        action(window(), "actionExportBibtex")->trigger();
        QTRY_COMPARE(finished.count(), 1);
        QVERIFY(finished.first().at(0).toBool());
        QFile f(bib);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(QString::fromUtf8(f.readAll()).count(QStringLiteral("\n@")) + 1, 2);
        const BibTools::Verdict biber = BibTools::biber(bib);
        QVERIFY2(biber.clean, qPrintable(biber.report));
    }

    void copyBibtexAndCitationKeys()
    {
        loadBoth();
        PaperFilter santa;
        window()->filterPanel()->searchField()->setText(QStringLiteral("santacoder"));
        QTRY_COMPARE(window()->paperModel()->rowCount(), 1);
        window()->listView()->tableView()->selectRow(0);
        action(window(), "actionCopyBibtex")->trigger();
        const QString copied = QApplication::clipboard()->text();
        QVERIFY2(copied.startsWith(QLatin1Char('@')), qPrintable(copied));
        QVERIFY(copied.contains(QStringLiteral("allal2023santacoder")));
        action(window(), "actionCopyCitationKey")->trigger();
        QCOMPARE(QApplication::clipboard()->text(), QStringLiteral("\\cite{allal2023santacoder}"));
    }

    void removeAndUndo()
    {
        loadBoth();
        QTableView *table = window()->listView()->tableView();
        table->setFocus();
        table->selectRow(0);
        const qint64 removedId = window()->paperModel()->paperId(0);
        action(window(), "actionRemovePapers")->trigger();
        QCOMPARE(window()->paperModel()->rowCount(), 7);
        QCOMPARE(store()->paperCount(), 7);
        QVERIFY(window()->undoStack()->canUndo());
        action(window(), "actionUndo")->trigger();
        QCOMPARE(window()->paperModel()->rowCount(), 8);
        QCOMPARE(store()->paper(removedId).id, removedId);
        action(window(), "actionRedo")->trigger();
        QCOMPARE(store()->paperCount(), 7);
    }

    void removeProfileAndUndo()
    {
        loadBoth();
        tick(window()->facetModel(FilterPanel::Profiles), QStringLiteral("Grace Hopscotch"));
        QCOMPARE(window()->paperModel()->rowCount(), 4);
        Dialogs::setNextConfirmAnswer(true);
        action(window(), "actionRemoveProfile")->trigger();
        QCOMPARE(store()->paperCount(), 5);
        QCOMPARE(window()->paperModel()->rowCount(), 5); // the profile filter went with it
        action(window(), "actionUndo")->trigger();
        QCOMPARE(store()->paperCount(), 8);
    }

    void filterAndLayoutAreRestored()
    {
        loadBoth();
        tick(window()->facetModel(FilterPanel::Categories), QStringLiteral("LG"));
        QCOMPARE(window()->paperModel()->rowCount(), 2);
        m_gui.reopen();
        QCOMPARE(window()->currentFilter().categories, QStringList{QStringLiteral("LG")});
        QCOMPARE(window()->paperModel()->rowCount(), 2);
        QCOMPARE(window()->facetModel(FilterPanel::Categories)->checkedValues(), QStringList{QStringLiteral("LG")});
    }

    // The first window on a 1280x800 screen is 1152x720: titles are what
    // people scan, so the title column gets over 40% of the list, and the
    // detail pane no more than a quarter of the window.
    void titlesGetTheRoomAtTheFirstStart()
    {
        loadBoth();
        window()->close();
        QSettings().clear(); // a first start
        MainWindow fresh(*store());
        fresh.resize(1152, 720);
        fresh.show();
        QVERIFY(QTest::qWaitForWindowExposed(&fresh));
        QTableView *table = fresh.listView()->tableView();
        QCOMPARE(fresh.paperModel()->rowCount(), 8);
        const int title = table->horizontalHeader()->sectionSize(PaperTableModel::TitleColumn);
        const int list = table->viewport()->width();
        QVERIFY2(title * 100 >= list * 40, qPrintable(QStringLiteral("title %1 of %2 px").arg(title).arg(list)));
        const int detail = fresh.detailView()->width();
        QVERIFY2(detail * 4 <= fresh.width(), qPrintable(QStringLiteral("detail pane %1 px").arg(detail)));
        QVERIFY2(detail >= 200, qPrintable(QStringLiteral("detail pane %1 px").arg(detail)));
    }
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
