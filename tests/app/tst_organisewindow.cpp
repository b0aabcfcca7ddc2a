// GUI tests of the organise parts of the real window, offscreen (issue 18):
// papers dragged from the list and dropped onto a collection and a tag in
// the side panel, Edit > Undo, the star and mark actions on the selection,
// the marks editor under the detail pane, ticks in the side panel
// narrowing the list, and the export dialog's choice of where notes go.
#include "chartdock.h"
#include "chartcanvas.h"
#include "chartmodels.h"
#include "chartview.h"
#include "collectionstore.h"
#include "dialogs.h"
#include "exportdialog.h"
#include "facetchartmodel.h"
#include "organisecontroller.h"
#include "organisepanel.h"
#include "organisestore.h"
#include "paperlistview.h"
#include "papermarkseditor.h"
#include "textprompt.h"
#include "yearchartmodel.h"
#include "support/windowtesting.h"

#include <QDockWidget>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTableView>
#include <QToolButton>
#include <QTreeWidget>

using namespace WindowTesting;

class TestOrganiseWindow : public QObject
{
    Q_OBJECT
    WindowFixture m_gui;

    MainWindow *window() const { return m_gui.window(); }
    PaperStore *store() const { return m_gui.store(); }
    OrganiseController *organise() const { return window()->findChild<OrganiseController *>(); }
    OrganisePanel *panel() const { return organise()->panel(); }
    QTableView *table() const { return window()->listView()->tableView(); }

    // The selected rows dragged from the list (the list's own drag data)
    // and dropped onto the panel's item.
    void dropSelectionOn(OrganisePanel::Kind kind, const QString &name)
    {
        QTreeWidgetItem *item = panel()->item(kind, name);
        QVERIFY(item);
        QTreeWidget *tree = panel()->tree();
        tree->scrollToItem(item);
        const QPoint at = tree->visualItemRect(item).center();
        std::unique_ptr<QMimeData> mime(table()->model()->mimeData(table()->selectionModel()->selectedIndexes()));
        QVERIFY(mime);
        QDragEnterEvent enter(at, Qt::CopyAction, mime.get(), Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(tree->viewport(), &enter);
        QVERIFY(enter.isAccepted());
        QDragMoveEvent move(at, Qt::CopyAction, mime.get(), Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(tree->viewport(), &move);
        QVERIFY(move.isAccepted());
        QDropEvent drop(at, Qt::CopyAction, mime.get(), Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(tree->viewport(), &drop);
        QVERIFY(drop.isAccepted());
    }
    int countShown(OrganisePanel::Kind kind, const QString &name)
    {
        QTreeWidgetItem *item = panel()->item(kind, name);
        return item ? item->text(1).toInt() : -1;
    }
    void selectRows(int from, int to)
    {
        table()->clearSelection();
        table()->setCurrentIndex(table()->model()->index(from, 0));
        for (int row = from; row <= to; ++row)
            table()->selectionModel()->select(table()->model()->index(row, 0),
                                              QItemSelectionModel::Select | QItemSelectionModel::Rows);
    }

private slots:
    void initTestCase() { m_gui.isolate(QStringLiteral("paperscope-test-organise")); }
    void init()
    {
        QVERIFY(m_gui.open({QStringLiteral("profile-ada-lovecode.txt"), QStringLiteral("profile-grace-hopscotch.txt")}));
        QTRY_COMPARE(window()->paperModel()->rowCount(), 8);
        QVERIFY(!organise()->dock()->isVisible()); // the list keeps its room at the first start
        action(window(), "actionShowOrganise")->trigger();
        QVERIFY(organise()->dock()->isVisible());
    }
    void cleanup() { m_gui.close(); }

    void dropOntoCollectionAndUndo()
    {
        TextPrompt::setNextAnswer(QStringLiteral("Reading group"));
        organise()->newCollection(QString());
        QVERIFY(panel()->item(OrganisePanel::Collection, QStringLiteral("Reading group")));
        selectRows(0, 2);
        QCOMPARE(window()->findChild<PaperListView *>()->tableView()->selectionModel()->selectedRows().size(), 3);
        dropSelectionOn(OrganisePanel::Collection, QStringLiteral("Reading group"));
        QCOMPARE(countShown(OrganisePanel::Collection, QStringLiteral("Reading group")), 3);
        PaperFilter inGroup;
        inGroup.collections = QStringList{QStringLiteral("Reading group")};
        QCOMPARE(store()->paperCount(inGroup), 3);

        // Ticking the collection narrows the list.
        panel()->item(OrganisePanel::Collection, QStringLiteral("Reading group"))->setCheckState(0, Qt::Checked);
        QTRY_COMPARE(window()->paperModel()->rowCount(), 3);
        QCOMPARE(window()->currentFilter().collections, QStringList{QStringLiteral("Reading group")});

        // Edit > Undo takes the drop back, and the list follows at once.
        action(window(), "actionUndo")->trigger();
        QCOMPARE(store()->paperCount(inGroup), 0);
        QCOMPARE(window()->paperModel()->rowCount(), 0);
        action(window(), "actionRedo")->trigger();
        QCOMPARE(window()->paperModel()->rowCount(), 3);
        action(window(), "actionUndo")->trigger();
        action(window(), "actionUndo")->trigger(); // the collection itself
        QVERIFY(!panel()->item(OrganisePanel::Collection, QStringLiteral("Reading group")));
    }

    void dropOntoTagStarAndMark()
    {
        selectRows(0, 0);
        QCOMPARE(window()->findChild<PaperMarksEditor *>(), organise()->editor());
        PaperMarksEditor *editor = organise()->editor();
        QVERIFY(editor->isEnabled());
        editor->tagField()->setText(QStringLiteral("thesis"));
        QTest::keyClick(editor->tagField(), Qt::Key_Return);
        QVERIFY(panel()->item(OrganisePanel::Tag, QStringLiteral("thesis")));
        QCOMPARE(countShown(OrganisePanel::Tag, QStringLiteral("thesis")), 1);
        QVERIFY(editor->tagsLabel()->text().contains(QStringLiteral("thesis")));

        selectRows(1, 3);
        dropSelectionOn(OrganisePanel::Tag, QStringLiteral("thesis"));
        QCOMPARE(countShown(OrganisePanel::Tag, QStringLiteral("thesis")), 4);

        action(window(), "actionToggleStar")->trigger();
        QCOMPARE(countShown(OrganisePanel::Starred, QStringLiteral("starred")), 3);
        action(window(), "actionMarkRead")->trigger();
        QCOMPARE(countShown(OrganisePanel::State, QStringLiteral("read")), 3);
        QCOMPARE(countShown(OrganisePanel::State, QStringLiteral("unread")), 5);
        action(window(), "actionUndo")->trigger();
        QCOMPARE(countShown(OrganisePanel::State, QStringLiteral("read")), 0);
        action(window(), "actionUndo")->trigger();
        QCOMPARE(countShown(OrganisePanel::Starred, QStringLiteral("starred")), 0);

        // The tag as a facet: ticked, the list shows its papers only.
        panel()->item(OrganisePanel::Tag, QStringLiteral("thesis"))->setCheckState(0, Qt::Checked);
        QTRY_COMPARE(window()->paperModel()->rowCount(), 4);
        action(window(), "actionUndo")->trigger(); // the drop
        QCOMPARE(window()->paperModel()->rowCount(), 1);
    }

    void noteFromTheEditor()
    {
        selectRows(2, 2);
        const qint64 id = table()->model()->index(2, 0).data(PaperTableModel::PaperIdRole).toLongLong();
        PaperMarksEditor *editor = organise()->editor();
        editor->noteEdit()->setPlainText(QStringLiteral("compare with §2"));
        QVERIFY(editor->saveNoteButton()->isEnabled());
        editor->saveNoteButton()->click();
        OrganiseStore org(*store());
        QCOMPARE(org.marks(id).note, QStringLiteral("compare with §2"));
        action(window(), "actionUndo")->trigger();
        QVERIFY(org.marks(id).note.isEmpty());
        QVERIFY(editor->noteEdit()->toPlainText().isEmpty());
    }

    // File > Export BibTeX with the note in `annote`, in `note`, or left out.
    void exportWritesTheNoteWhereAsked()
    {
        selectRows(1, 1);
        const qint64 id = table()->model()->index(1, 0).data(PaperTableModel::PaperIdRole).toLongLong();
        QVERIFY(OrganiseStore(*store()).setNote(id, QStringLiteral("Read for chapter two")) > 0);
        const auto exported = [&](ExportDialog::NoteField field) {
            const QString bib = m_gui.filePath(QStringLiteral("notes%1-%2.bib").arg(m_gui.count()).arg(int(field)));
            ExportDialog::setNextChoice(ExportDialog::Choice{ExportDialog::Scope::Selection, false, field});
            Dialogs::setNextSaveFileName(bib);
            QSignalSpy finished(window(), &MainWindow::exportFinished);
            action(window(), "actionExportBibtex")->trigger();
            if (!finished.wait(20000) || !finished.first().at(0).toBool())
                return QString();
            QFile f(bib);
            return f.open(QIODevice::ReadOnly) ? QString::fromUtf8(f.readAll()) : QString();
        };
        const QRegularExpression noteField(QStringLiteral("^\\s*note = \\{Read for chapter two\\}"),
                                           QRegularExpression::MultilineOption);
        const QRegularExpression annoteField(QStringLiteral("^\\s*annote = \\{Read for chapter two\\}"),
                                             QRegularExpression::MultilineOption);
        const QString annote = exported(ExportDialog::NoteField::Annote);
        QVERIFY2(annote.contains(annoteField) && !annote.contains(noteField), qPrintable(annote));
        const QString note = exported(ExportDialog::NoteField::Note);
        QVERIFY2(note.contains(noteField) && !note.contains(annoteField), qPrintable(note));
        const QString left = exported(ExportDialog::NoteField::Leave);
        QVERIFY2(left.startsWith(QLatin1Char('@')) && !left.contains(QStringLiteral("chapter two")), qPrintable(left));
    }

    void savedSearchRestoresTheFilter()
    {
        PaperFilter f;
        f.categories = QStringList{QStringLiteral("SE")};
        f.hasCodeOnly = true;
        OrganiseStore org(*store());
        QVERIFY(CollectionStore(org).saveSearch(QStringLiteral("SE with code"), f));
        organise()->refreshPanel();
        QVERIFY(panel()->item(OrganisePanel::SavedSearch, QStringLiteral("SE with code")));
        organise()->chooseSavedSearch(QStringLiteral("SE with code"));
        QCOMPARE(window()->currentFilter(), f);
        QCOMPARE(window()->paperModel()->rowCount(), store()->paperCount(f));
    }

    // A collection ticked in the side panel scopes the charts: the years and
    // category charts count its papers, as SQL does on a second connection.
    void chartsFollowACollection()
    {
        OrganiseStore org(*store());
        QVERIFY(CollectionStore(org).createCollection(QStringLiteral("Chapter 2")));
        QVector<qint64> ids;
        for (int row : {0, 3, 5})
            ids << table()->model()->index(row, 0).data(PaperTableModel::PaperIdRole).toLongLong();
        QCOMPARE(CollectionStore(org).addPapers(QStringLiteral("Chapter 2"), ids), 3);
        action(window(), "actionShowCharts")->trigger();
        QTRY_VERIFY(window()->chartDock()->isVisible());
        organise()->refreshPanel();
        panel()->item(OrganisePanel::Collection, QStringLiteral("Chapter 2"))->setCheckState(0, Qt::Checked);
        QTRY_COMPARE(window()->paperModel()->rowCount(), 3);

        PaperStore sql; // no in-memory index: the counts come from SQL
        QVERIFY(sql.open(store()->path()));
        PaperFilter in;
        in.collections = QStringList{QStringLiteral("Chapter 2")};
        const YearChartModel *years = window()->chartDock()->models()->years();
        int total = 0;
        for (int row = 0; row < years->rowCount(); ++row) {
            PaperFilter ofYear = in;
            ofYear.years = {years->year(row)};
            QCOMPARE(years->yearTotal(row), sql.paperCount(ofYear));
            total += years->yearTotal(row);
        }
        QCOMPARE(total, 3);
        const FacetChartModel *categories = window()->chartDock()->models()->categories();
        QVERIFY(categories->rowCount() > 0);
        QCOMPARE(categories->total(), 3);
        for (int row = 0; row < categories->rowCount(); ++row) {
            const QModelIndex i = categories->index(row);
            PaperFilter ofCategory = in;
            ofCategory.categories = QStringList{i.data(FacetChartModel::ValueRole).toString()};
            QCOMPARE(i.data(FacetChartModel::CountRole).toInt(), sql.paperCount(ofCategory));
        }
        QCOMPARE(window()->chartDock()->view()->yearsCanvas()->title(),
                 QStringLiteral("Papers per year, by category (in Chapter 2)"));
    }
};

QTEST_MAIN(TestOrganiseWindow)
#include "tst_organisewindow.moc"
