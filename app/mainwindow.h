#pragma once
// The main window: the composition root of the GUI. Makes the store's
// models and the views, lays them out, and wires the menus (mainmenus.h) to
// the controllers that do the work: browsing (browsecontroller.h), imports
// (importactions.h), exports (exportcontroller.h), removals
// (removecontroller.h) and arXiv look-ups (onlineactions.h). Owns the undo
// stack and the window settings. Shows one library, a local SQLite store or
// a shared one on PostgreSQL (LibrarySession opens it and swaps windows
// when the user opens another). No SQL, parsing or formatting here.

#include "mainmenus.h"
#include "paperfilter.h"
#include "abstractpaperstore.h"
#include "profileimporter.h"

#include <QMainWindow>

#include <array>

class ArxivLookupController;
class BrowseController;
class ChartDock;
class ExportController;
class FacetModel;
class FilterPanel;
class ImportActions;
class ImportController;
class OnlineActions;
class PaperDetailView;
class PaperListView;
class PaperTableModel;
class QMimeData;
class QSplitter;
class QUndoStack;
class RemoveController;

class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    // The store must be open; the window does not own it. title: the
    // library's name in the title bar (a shared library's user@host/db).
    explicit MainWindow(AbstractPaperStore &store, const QString &title = QString(), QWidget *parent = nullptr);
    ~MainWindow() override;

    // Reads the list, counts and charts again (another client changed the
    // library), keeping the filter, the selection and the scroll position.
    void refreshFromStore();

    // For tests and for the drop handler.
    void importPaths(const QStringList &paths);
    void importMimeData(const QMimeData *data);
    PaperTableModel *paperModel() const { return m_papers; }
    FacetModel *facetModel(int list) const { return m_facets[list]; }
    FilterPanel *filterPanel() const { return m_filterPanel; }
    PaperListView *listView() const { return m_listView; }
    PaperDetailView *detailView() const { return m_detail; }
    ChartDock *chartDock() const { return m_chartDock; }
    ImportController *importController() const { return m_imports; }
    ArxivLookupController *arxivLookups() const { return m_lookups; }
    QUndoStack *undoStack() const { return m_undo; }
    PaperFilter currentFilter() const;
    QString statusText() const;
    void clearFilters();
    bool isExporting() const;

signals:
    void storeChanged();
    // File > Open Shared Library... and File > Open Recent Library.
    void openSharedLibraryRequested();
    void openLibraryRequested(const QString &location);
    void exportFinished(bool ok, const QString &message);

protected:
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;
    void closeEvent(QCloseEvent *event) override;

private:
    void buildUi();
    void buildControllers();
    void connectActions();
    void about();
    void restoreSettings();
    void saveSettings() const;
    void fillRecentLibraries();

    AbstractPaperStore &m_store;
    PaperTableModel *m_papers;
    std::array<FacetModel *, 6> m_facets{}; // indexed by FilterPanel::List
    FilterPanel *m_filterPanel = nullptr;
    PaperListView *m_listView = nullptr;
    PaperDetailView *m_detail = nullptr;
    QSplitter *m_splitter = nullptr;
    ChartDock *m_chartDock = nullptr;
    QUndoStack *m_undo;
    ImportController *m_imports;
    ArxivLookupController *m_lookups = nullptr;
    MainMenus m_menus;
    BrowseController *m_browse = nullptr;
    ImportActions *m_importActions = nullptr;
    ExportController *m_exports = nullptr;
    RemoveController *m_removals = nullptr;
    OnlineActions *m_online = nullptr;
};
