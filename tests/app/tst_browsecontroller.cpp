// GUI tests of BrowseController in the real window, offscreen: the list's
// selection and current paper survive a refresh of the store (an import, a
// removal, an undo and a redo) wherever the papers are still listed.
#include "mainwindow.h"
#include "paperlistview.h"
#include "papertablemodel.h"
#include "support/windowtesting.h"

#include <QAction>
#include <QItemSelectionModel>
#include <QTableView>
#include <QUndoStack>
#include <QtTest>

#include <algorithm>

using namespace WindowTesting;

class TestBrowseController : public QObject
{
    Q_OBJECT
    WindowFixture m_gui;

    MainWindow *window() const { return m_gui.window(); }
    PaperTableModel *papers() const { return window()->paperModel(); }
    QItemSelectionModel *selection() const { return window()->listView()->tableView()->selectionModel(); }

    // Row of a paper by its title, -1 when not listed.
    int rowOf(const QString &title) const
    {
        for (int r = 0; r < papers()->rowCount(); ++r) {
            if (papers()->index(r, PaperTableModel::TitleColumn).data().toString() == title)
                return r;
        }
        return -1;
    }
    QStringList selectedTitles() const
    {
        QStringList titles;
        const QModelIndexList rows = selection()->selectedRows();
        for (const QModelIndex &index : rows)
            titles << papers()->index(index.row(), PaperTableModel::TitleColumn).data().toString();
        std::sort(titles.begin(), titles.end());
        return titles;
    }
    QString currentTitle() const
    {
        const QModelIndex current = selection()->currentIndex();
        return current.isValid() ? papers()->index(current.row(), PaperTableModel::TitleColumn).data().toString()
                                 : QString();
    }
    // Selects these titles (the last one current), as Ctrl+clicks would.
    void select(const QStringList &titles)
    {
        selection()->clear();
        for (const QString &title : titles) {
            const int row = rowOf(title);
            QVERIFY2(row >= 0, qPrintable(title));
            selection()->setCurrentIndex(papers()->index(row, 0),
                                         QItemSelectionModel::Select | QItemSelectionModel::Rows);
        }
    }

private slots:
    void initTestCase() { m_gui.isolate(QStringLiteral("paperscope-browse-test")); }
    void init() { QVERIFY(m_gui.open()); }
    void cleanup() { m_gui.close(); }

    void selectionSurvivesImportRemoveAndUndo()
    {
        m_gui.loadBoth();
        QStringList titles;
        for (int r = 0; r < papers()->rowCount(); ++r)
            titles << papers()->index(r, PaperTableModel::TitleColumn).data().toString();
        const QStringList kept = {titles.at(1), titles.at(4), titles.at(6)};
        QStringList keptSorted = kept;
        std::sort(keptSorted.begin(), keptSorted.end());
        select(kept);
        QCOMPARE(selectedTitles(), keptSorted);
        QCOMPARE(currentTitle(), titles.at(6));

        // An import lists more papers (rows move): the same papers stay selected.
        dropFiles(window(), {fixture(QStringLiteral("profile-no-affiliations.txt"))});
        QTRY_VERIFY(papers()->rowCount() > 8);
        QTRY_VERIFY(!window()->importController()->isBusy());
        QCOMPARE(selectedTitles(), keptSorted);
        QCOMPARE(currentTitle(), titles.at(6));

        // A removal takes the selected papers out: nothing is left to select.
        select({titles.at(0)});
        action(window(), "actionRemovePapers")->trigger();
        QCOMPARE(rowOf(titles.at(0)), -1);
        QVERIFY(selectedTitles().isEmpty());

        // Undo brings the paper back, redo takes it out again; the papers
        // selected meanwhile stay selected through both.
        select(kept);
        window()->undoStack()->undo();
        QVERIFY(rowOf(titles.at(0)) >= 0);
        QCOMPARE(selectedTitles(), keptSorted);
        QCOMPARE(currentTitle(), titles.at(6));
        window()->undoStack()->redo();
        QCOMPARE(rowOf(titles.at(0)), -1);
        QCOMPARE(selectedTitles(), keptSorted);
        QCOMPARE(currentTitle(), titles.at(6));
    }
};

QTEST_MAIN(TestBrowseController)
#include "tst_browsecontroller.moc"
