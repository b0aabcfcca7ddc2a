#pragma once
// The main window: wires the store's models to the views and owns the
// actions, menus, undo stack and settings. No SQL, parsing or formatting
// here: those live in models/, the widgets in views/.

#include "paperfilter.h"
#include "paperstore.h"
#include "profileimporter.h"

#include <QMainWindow>

#include <atomic>
#include <memory>

class ArxivLookupController;
class ChartDock;
class FacetModel;
class FilterPanel;
class ImportController;
class PaperDetailView;
class PaperListView;
class PaperTableModel;
class QLabel;
class QMimeData;
class QSplitter;
class QUndoStack;

class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    // The store must be open; the window does not own it.
    explicit MainWindow(PaperStore &store, QWidget *parent = nullptr);
    ~MainWindow() override;

    // Opens the store (--db or the default), shows the window, runs the loop.
    static int launch(const QStringList &arguments);

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
    PaperFilter currentFilter() const { return m_filter; }
    QString statusText() const;
    void clearFilters();
    bool isExporting() const { return m_exporting; }

signals:
    void storeChanged();
    void exportFinished(bool ok, const QString &message);

protected:
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;
    void closeEvent(QCloseEvent *event) override;

private:
    void buildUi();
    void buildActions();
    void buildOnlineActions();        // "Look up on arXiv" (arxivlookupcontroller.h)
    void lookUpOnArxiv(bool all);
    void applyFilter();
    void refreshFromStore();
    void updateStatus();
    void showCurrentPaper();
    void onImportsFinished(const QVector<FileImportResult> &results, bool cancelled);
    void chooseAndImport();
    void paste();
    void exportBibtex();
    void copyBibtex();
    void copyCitationKeys();
    void removeSelected();
    void removeProfile();
    // A click on a chart: list is a FilterPanel::List (categories, years or affiliations).
    void toggleFromChart(int list, const QString &value, bool additive);
    void about();
    void addRecentImports(const QStringList &paths);
    void rebuildRecentMenu();
    QVector<qint64> selectedIds() const;
    void restoreSettings();
    void saveSettings() const;

    PaperStore &m_store;
    PaperFilter m_filter;
    PaperTableModel *m_papers;
    FacetModel *m_facets[4];
    FilterPanel *m_filterPanel = nullptr;
    PaperListView *m_listView = nullptr;
    PaperDetailView *m_detail = nullptr;
    QSplitter *m_splitter = nullptr;
    QLabel *m_statusLabel = nullptr;
    QUndoStack *m_undo;
    ImportController *m_imports;
    ArxivLookupController *m_lookups = nullptr;
    class QMenu *m_recentMenu = nullptr;
    ChartDock *m_chartDock = nullptr;
    bool m_exporting = false;
    std::shared_ptr<std::atomic<bool>> m_exportCancel;
};
