// GUI tests of the real window, offscreen: drops, facet ticks, search,
// export through the menu, clipboard, remove and undo. Dialogs are
// answered through the seams in views/dialogs.h and ExportDialog.
#include "dialogs.h"
#include "exportdialog.h"
#include "facetmodel.h"
#include "filterpanel.h"
#include "importcontroller.h"
#include "mainwindow.h"
#include "paperlistview.h"
#include "papertablemodel.h"
#include "support/bibtools.h"
#include "support/localhttpserver.h"

#include <QAction>
#include <QClipboard>
#include <QLineEdit>
#include <QMimeData>
#include <QSettings>
#include <QTableView>
#include <QUndoStack>
#include <QtTest>

namespace {
QString fixture(const char *name)
{
    return QStringLiteral(PAPERSCOPE_TEST_DATA "/") + QLatin1String(name);
}

void dropOn(QWidget *target, QMimeData *mime)
{
    const QPoint centre = target->rect().center();
    QDragEnterEvent enter(centre, Qt::CopyAction, mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(target, &enter);
    QVERIFY(enter.isAccepted());
    QDropEvent drop(centre, Qt::CopyAction, mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(target, &drop);
}

void dropFiles(QWidget *target, const QStringList &paths)
{
    QMimeData mime;
    QList<QUrl> urls;
    for (const QString &p : paths)
        urls << QUrl::fromLocalFile(p);
    mime.setUrls(urls);
    dropOn(target, &mime);
}

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

QAction *action(QWidget *window, const char *name)
{
    auto *a = window->findChild<QAction *>(QLatin1String(name));
    if (!a)
        qFatal("no action %s", name);
    return a;
}
} // namespace

class TestMainWindow : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;
    std::unique_ptr<PaperStore> m_store;
    std::unique_ptr<MainWindow> m_window;
    int m_n = 0;

    void loadBoth()
    {
        dropFiles(m_window.get(), {fixture("profile-ada-lovecode.txt"), fixture("profile-grace-hopscotch.txt")});
        QTRY_COMPARE(m_window->paperModel()->rowCount(), 8);
        QTRY_VERIFY(!m_window->importController()->isBusy());
    }

private slots:
    void initTestCase()
    {
        QSettings::setDefaultFormat(QSettings::IniFormat);
        QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_dir.filePath(QStringLiteral("settings")));
        QCoreApplication::setOrganizationName(QStringLiteral("PaperscopeTest"));
        QCoreApplication::setApplicationName(QStringLiteral("paperscope-test"));
        Dialogs::setSuppressMessages(true);
    }

    void init()
    {
        QSettings().clear();
        m_store = std::make_unique<PaperStore>();
        QVERIFY(m_store->open(m_dir.filePath(QStringLiteral("gui%1.sqlite").arg(++m_n))));
        m_window = std::make_unique<MainWindow>(*m_store);
        m_window->resize(1280, 800);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    }

    void cleanup()
    {
        m_window.reset();
        m_store.reset();
    }

    void emptyStoreInvitesADrop()
    {
        QCOMPARE(m_window->listView()->state(), PaperListView::State::EmptyStore);
        QCOMPARE(m_window->statusText(), QStringLiteral("0 papers"));
    }

    void dropFileShowsRows()
    {
        dropFiles(m_window.get(), {fixture("profile-ada-lovecode.txt")});
        QTRY_COMPARE(m_window->paperModel()->rowCount(), 5);
        QCOMPARE(m_window->listView()->state(), PaperListView::State::List);
        QTRY_COMPARE(m_window->statusText(), QStringLiteral("5 papers"));
        QTRY_VERIFY(!m_window->importController()->isBusy());
    }

    void dropFolderImportsItsProfiles()
    {
        QTemporaryDir folder;
        QVERIFY(QFile::copy(fixture("profile-ada-lovecode.txt"), folder.filePath(QStringLiteral("a.txt"))));
        QVERIFY(QDir(folder.path()).mkdir(QStringLiteral("deeper")));
        QVERIFY(QFile::copy(fixture("profile-grace-hopscotch.txt"), folder.filePath(QStringLiteral("deeper/g.txt"))));
        dropFiles(m_window.get(), {folder.path()});
        QTRY_COMPARE(m_window->paperModel()->rowCount(), 8);
    }

    void dropBadFileIsRefusedAndChangesNothing()
    {
        dropFiles(m_window.get(), {fixture("profile-ada-lovecode.txt")});
        QTRY_COMPARE(m_window->paperModel()->rowCount(), 5);
        QTRY_VERIFY(!m_window->importController()->isBusy());
        dropFiles(m_window.get(), {fixture("bad-feb30.txt")});
        QTRY_VERIFY(Dialogs::lastMessage().contains(QStringLiteral("bad-feb30.txt:")));
        QVERIFY(Dialogs::lastMessage().contains(QStringLiteral("1 refused")));
        QTRY_VERIFY(!m_window->importController()->isBusy());
        QCOMPARE(m_window->paperModel()->rowCount(), 5);
        QCOMPARE(m_store->paperCount(), 5);
    }

    void droppedTextAndLinks()
    {
        QFile f(fixture("profile-grace-hopscotch.txt"));
        QVERIFY(f.open(QIODevice::ReadOnly));
        QMimeData text;
        text.setText(QString::fromUtf8(f.readAll()));
        dropOn(m_window.get(), &text);
        QTRY_COMPARE(m_window->paperModel()->rowCount(), 4);
        QTRY_VERIFY(!m_window->importController()->isBusy());

        QMimeData link; // only http(s) links are fetched (droppedWebLinksAreDownloaded)
        link.setText(QStringLiteral("ftp://example.org/profile.txt"));
        dropOn(m_window.get(), &link);
        QVERIFY(Dialogs::lastMessage().contains(QStringLiteral("ftp://example.org/profile.txt")));
        QCOMPARE(m_window->paperModel()->rowCount(), 4);
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
        dropOn(m_window.get(), &uriList);
        QTRY_COMPARE(m_window->paperModel()->rowCount(), 4);
        QTRY_VERIFY(!m_window->importController()->isBusy());
        QTRY_VERIFY(Dialogs::lastMessage().contains(server.url(QStringLiteral("/picture")).toDisplayString()
                                                    + QStringLiteral(": not a text file (image/png)")));
        QMimeData firefox; // Firefox's own format: UTF-16 link and title
        const QString moz = server.url(QStringLiteral("/ada.txt")).toString() + QStringLiteral("\nAda's profile");
        firefox.setData(QStringLiteral("text/x-moz-url"),
                        QByteArray(reinterpret_cast<const char *>(moz.utf16()), int(moz.size()) * 2));
        dropOn(m_window.get(), &firefox);
        QTRY_COMPARE(m_window->paperModel()->rowCount(), 8);
        QTRY_VERIFY(!m_window->importController()->isBusy());
    }

    void pasteImportsProfileText()
    {
        QFile f(fixture("profile-ada-lovecode.txt"));
        QVERIFY(f.open(QIODevice::ReadOnly));
        QApplication::clipboard()->setText(QString::fromUtf8(f.readAll()));
        action(m_window.get(), "actionPaste")->trigger();
        QTRY_COMPARE(m_window->paperModel()->rowCount(), 5);
    }

    void facetsFilterListCountsAndStatus()
    {
        loadBoth();
        tick(m_window->facetModel(FilterPanel::Categories), QStringLiteral("SE"));
        QCOMPARE(m_window->paperModel()->rowCount(), 4);
        QCOMPARE(m_window->statusText(), QStringLiteral("4 of 8 papers"));
        tick(m_window->facetModel(FilterPanel::Years), QStringLiteral("2023"));
        QCOMPARE(m_window->paperModel()->rowCount(), 1);
        QCOMPARE(m_window->statusText(), QStringLiteral("1 of 8 papers"));
        // Counts follow the filter: under SE + 2023, only cmu and huggingface remain.
        FacetModel *affiliations = m_window->facetModel(FilterPanel::Affiliations);
        QCOMPARE(affiliations->rowCount(), 2);
        // Ticking a second category ORs it in.
        tick(m_window->facetModel(FilterPanel::Categories), QStringLiteral("LG"));
        QCOMPARE(m_window->paperModel()->rowCount(), 2);
        action(m_window.get(), "actionClearFilters")->trigger();
        QCOMPARE(m_window->paperModel()->rowCount(), 8);
        QCOMPARE(m_window->statusText(), QStringLiteral("8 papers"));
    }

    void searchAsYouType()
    {
        loadBoth();
        action(m_window.get(), "actionFind")->trigger();
        QLineEdit *search = m_window->filterPanel()->searchField();
        QTRY_VERIFY(search->hasFocus());
        QTest::keyClicks(search, QStringLiteral("lean"));
        QTRY_COMPARE(m_window->paperModel()->rowCount(), 1);
        QCOMPARE(m_window->paperModel()->index(0, PaperTableModel::TitleColumn).data().toString(),
                 QStringLiteral("LeanDojo: Theorem Proving with Retrieval-Augmented Language Models"));
        search->clear();
        QTRY_COMPARE(m_window->paperModel()->rowCount(), 8);
        QTest::keyClicks(search, QStringLiteral("zzzz"));
        QTRY_COMPARE(m_window->listView()->state(), PaperListView::State::NoMatches);
    }

    void exportSelectionThroughTheMenu()
    {
        loadBoth();
        QTableView *table = m_window->listView()->tableView();
        table->selectRow(0);
        table->selectionModel()->select(m_window->paperModel()->index(2, 0),
                                        QItemSelectionModel::Select | QItemSelectionModel::Rows);
        const QString bib = m_dir.filePath(QStringLiteral("selection%1.bib").arg(m_n));
        ExportDialog::setNextChoice(ExportDialog::Choice{ExportDialog::Scope::Selection, false});
        Dialogs::setNextSaveFileName(bib);
        QSignalSpy finished(m_window.get(), &MainWindow::exportFinished);
        action(m_window.get(), "actionExportBibtex")->trigger();
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
        m_window->filterPanel()->searchField()->setText(QStringLiteral("santacoder"));
        QTRY_COMPARE(m_window->paperModel()->rowCount(), 1);
        m_window->listView()->tableView()->selectRow(0);
        action(m_window.get(), "actionCopyBibtex")->trigger();
        const QString copied = QApplication::clipboard()->text();
        QVERIFY2(copied.startsWith(QLatin1Char('@')), qPrintable(copied));
        QVERIFY(copied.contains(QStringLiteral("allal2023santacoder")));
        action(m_window.get(), "actionCopyCitationKey")->trigger();
        QCOMPARE(QApplication::clipboard()->text(), QStringLiteral("\\cite{allal2023santacoder}"));
    }

    void removeAndUndo()
    {
        loadBoth();
        QTableView *table = m_window->listView()->tableView();
        table->setFocus();
        table->selectRow(0);
        const qint64 removedId = m_window->paperModel()->paperId(0);
        action(m_window.get(), "actionRemovePapers")->trigger();
        QCOMPARE(m_window->paperModel()->rowCount(), 7);
        QCOMPARE(m_store->paperCount(), 7);
        QVERIFY(m_window->undoStack()->canUndo());
        action(m_window.get(), "actionUndo")->trigger();
        QCOMPARE(m_window->paperModel()->rowCount(), 8);
        QCOMPARE(m_store->paper(removedId).id, removedId);
        action(m_window.get(), "actionRedo")->trigger();
        QCOMPARE(m_store->paperCount(), 7);
    }

    void removeProfileAndUndo()
    {
        loadBoth();
        tick(m_window->facetModel(FilterPanel::Profiles), QStringLiteral("Grace Hopscotch"));
        QCOMPARE(m_window->paperModel()->rowCount(), 4);
        Dialogs::setNextConfirmAnswer(true);
        action(m_window.get(), "actionRemoveProfile")->trigger();
        QCOMPARE(m_store->paperCount(), 5);
        QCOMPARE(m_window->paperModel()->rowCount(), 5); // the profile filter went with it
        action(m_window.get(), "actionUndo")->trigger();
        QCOMPARE(m_store->paperCount(), 8);
    }

    void filterAndLayoutAreRestored()
    {
        loadBoth();
        tick(m_window->facetModel(FilterPanel::Categories), QStringLiteral("LG"));
        QCOMPARE(m_window->paperModel()->rowCount(), 2);
        m_window->close();
        m_window = std::make_unique<MainWindow>(*m_store);
        QCOMPARE(m_window->currentFilter().categories, QStringList{QStringLiteral("LG")});
        QCOMPARE(m_window->paperModel()->rowCount(), 2);
        QCOMPARE(m_window->facetModel(FilterPanel::Categories)->checkedValues(), QStringList{QStringLiteral("LG")});
    }
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
