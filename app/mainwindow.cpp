#include "mainwindow.h"

#include "actionicons.h"
#include "arxivlookupcontroller.h"
#include "bibtexpreview.h"
#include "browsecontroller.h"
#include "categorydelegate.h"
#include "chartdock.h"
#include "dialogs.h"
#include "dropclassifier.h"
#include "exportcontroller.h"
#include "facetmodel.h"
#include "filterpanel.h"
#include "importactions.h"
#include "importcontroller.h"
#include "onlineactions.h"
#include "organisecontroller.h"
#include "paperdetailview.h"
#include "paperlistview.h"
#include "papertablemodel.h"
#include "removecontroller.h"
#include "paperstore.h"
#include "storelocation.h"
#include "storenotice.h"
#include "windowsettings.h"

#include <QMenu>

#include <QFontMetrics>
#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDragEnterEvent>
#include <QHeaderView>
#include <QMessageBox>
#include <QMimeData>
#include <QScreen>
#include <QSplitter>
#include <QStatusBar>
#include <QTableView>
#include <QUndoStack>

MainWindow::MainWindow(AbstractPaperStore &store, const QString &title, QWidget *parent)
    : QMainWindow(parent), m_store(store), m_papers(new PaperTableModel(store, this)),
      m_undo(new QUndoStack(this)), m_imports(new ImportController(store.path(), statusBar(), this))
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(title.isEmpty() ? QStringLiteral("Paperscope") : title);
    setAcceptDrops(true);
    // The list, the counts and the charts answer from memory (storeindex.h)
    // where the backend keeps an index; a large store's index is read in the
    // background (browsecontroller.h). A shared library answers by queries.
    store.enableIndex();
    const Facet facets[4] = {Facet::Category, Facet::Year, Facet::Affiliation, Facet::Profile};
    for (int i = 0; i < 4; ++i)
        m_facets[i] = new FacetModel(store, facets[i], this);
    m_facets[FilterPanel::EntryTypes] = new FacetModel(store, BibFacet::EntryType, this);
    m_facets[FilterPanel::Venues] = new FacetModel(store, BibFacet::Venue, this);
    buildUi();
    m_menus = MainMenus::build(this, m_undo, {m_chartDock->toggleViewAction(), m_chartDock->fillAction()},
                               m_listView->tableView());
    buildControllers();
    connectActions();
    ActionIcons::apply(this);
    // A comfortable first size; saved geometry wins from the second start on.
    const QRect available = screen() ? screen()->availableGeometry() : QRect(0, 0, 1280, 800);
    resize(qMin(1280, available.width() * 9 / 10), qMin(800, available.height() * 9 / 10));
    restoreSettings();
    m_browse->applyFilter();
    StoreNotice::apply(this, store); // read-only or replaced store (storenotice.h)
}

MainWindow::~MainWindow() = default;

void MainWindow::buildUi()
{
    m_filterPanel = new FilterPanel;
    m_listView = new PaperListView;
    m_detail = new PaperDetailView;
    QTableView *table = m_listView->tableView();
    table->setModel(m_papers);
    m_listView->setReadableColumn(PaperTableModel::TitleColumn);
    table->horizontalHeader()->setSortIndicator(m_papers->sortColumn(), m_papers->sortOrder());
    QHeaderView *header = table->horizontalHeader();
    header->setSectionResizeMode(PaperTableModel::TitleColumn, QHeaderView::Stretch);
    // Titles are what people scan: the other columns stay narrow (their
    // tooltips give the full text), so the title keeps over 40% of the list.
    // Year, category and code get at least their header's text (and the
    // sort arrow's room on the sorted one) in this font; author and
    // affiliations are shortened.
    const int widths[] = {0, 96, 52, 72, 84, 44};
    const QFontMetrics metrics(header->font());
    for (int c = 1; c < PaperTableModel::ColumnCount; ++c) {
        int width = widths[c];
        if (c == PaperTableModel::YearColumn || c == PaperTableModel::CategoryColumn || c == PaperTableModel::CodeColumn) {
            const QString text = m_papers->headerData(c, Qt::Horizontal).toString();
            const int arrow = c == m_papers->sortColumn() ? metrics.height() * 4 / 5 : 0;
            width = qMax(width, metrics.horizontalAdvance(text) + 12 + arrow);
        }
        header->resizeSection(c, width);
    }
    for (int i = 0; i < FilterPanel::listCount; ++i)
        m_filterPanel->setModel(FilterPanel::List(i), m_facets[i], FacetModel::CountRole);

    m_splitter = new QSplitter(Qt::Horizontal, this);
    m_splitter->setObjectName(QStringLiteral("mainSplitter"));
    m_splitter->addWidget(m_filterPanel);
    m_splitter->addWidget(m_listView);
    m_splitter->addWidget(m_detail);
    // The list takes most of any extra width; the detail pane a fifth or so.
    m_splitter->setStretchFactor(0, 0);
    m_splitter->setStretchFactor(1, 4);
    m_splitter->setStretchFactor(2, 1);
    m_splitter->setChildrenCollapsible(false);
    setCentralWidget(m_splitter);

    // Charts in a dock (hidden until View > Charts); category colours as in the list.
    table->setItemDelegateForColumn(PaperTableModel::CategoryColumn, new CategoryDelegate(table));
    m_chartDock = new ChartDock(m_store, m_facets[FilterPanel::Categories], m_facets[FilterPanel::Affiliations], this);
    addDockWidget(Qt::BottomDockWidgetArea, m_chartDock);
    m_chartDock->hide();
    m_chartDock->toggleViewAction()->setChecked(false);
}

void MainWindow::buildControllers()
{
    BrowseController::Parts parts;
    parts.papers = m_papers;
    parts.facets = m_facets;
    parts.filterPanel = m_filterPanel;
    parts.listView = m_listView;
    parts.detail = m_detail;
    parts.charts = m_chartDock;
    parts.statusBar = statusBar();
    m_browse = new BrowseController(m_store, parts, this);
    connect(m_browse, &BrowseController::storeChanged, this, &MainWindow::storeChanged);
    m_lookups = new ArxivLookupController(m_store.path(), statusBar(), this);
    m_importActions = new ImportActions(m_imports, m_browse, m_menus.recent, this);
    m_exports = new ExportController(m_store, m_browse, m_chartDock, this);
    connect(m_exports, &ExportController::exportFinished, this, &MainWindow::exportFinished);
    m_removals = new RemoveController(m_store, m_browse, m_undo, this);
    m_online = new OnlineActions(m_store, m_lookups, m_browse, this);
    // Tags, stars, states, notes, collections, saved searches (a child of the window).
    auto *organise = new OrganiseController(m_store, m_browse, m_undo, this, m_splitter, m_detail);
    // Charts Fill the Window moves the list and the detail column out of the way.
    m_chartDock->setMakeRoom({m_listView, organise->detailColumn()});
    m_splitter->setSizes({200, 740, 240}); // once the detail column is in place
}

void MainWindow::connectActions()
{
    const MainMenus &m = m_menus;
    connect(m.import, &QAction::triggered, m_importActions, &ImportActions::chooseAndImport);
    connect(m.paste, &QAction::triggered, m_importActions, &ImportActions::paste);
    connect(m.exportBibtex, &QAction::triggered, m_exports, &ExportController::exportBibtex);
    connect(m.exportChart, &QAction::triggered, m_exports, &ExportController::exportChart);
    m.exportChart->setEnabled(m_chartDock->toggleViewAction()->isChecked());
    connect(m_chartDock->toggleViewAction(), &QAction::toggled, m.exportChart, &QAction::setEnabled);
    connect(m.quit, &QAction::triggered, this, &QWidget::close);
    connect(m.copyBibtex, &QAction::triggered, m_exports, &ExportController::copyBibtex);
    connect(m.copyCitationKey, &QAction::triggered, m_exports, &ExportController::copyCitationKeys);
    connect(m.removePapers, &QAction::triggered, m_removals, &RemoveController::removeSelected);
    connect(m.removeProfile, &QAction::triggered, m_removals, &RemoveController::removeProfile);
    connect(m.find, &QAction::triggered, m_filterPanel, &FilterPanel::focusSearch);
    connect(m.clearFilters, &QAction::triggered, m_browse, &BrowseController::clearFilters);
    connect(m.showFilters, &QAction::toggled, m_filterPanel, &QWidget::setVisible);
    connect(m.showDetails, &QAction::toggled, m_detail, &QWidget::setVisible);
    connect(m.lookupSelection, &QAction::triggered, m_online, [this] { m_online->lookUpOnArxiv(false); });
    connect(m.lookupAll, &QAction::triggered, m_online, [this] { m_online->lookUpOnArxiv(true); });
    connect(m_lookups, &ArxivLookupController::busyChanged, this, [m](bool busy) {
        m.lookupSelection->setEnabled(!busy);
        m.lookupAll->setEnabled(!busy);
    });
    connect(m.about, &QAction::triggered, this, &MainWindow::about);
    connect(m.openShared, &QAction::triggered, this, &MainWindow::openSharedLibraryRequested);
    connect(m.recentLibraries, &QMenu::aboutToShow, this, &MainWindow::fillRecentLibraries);
    fillRecentLibraries(); // so the menu is not disabled as empty before it is first shown
}

void MainWindow::fillRecentLibraries()
{
    QMenu *menu = m_menus.recentLibraries;
    menu->clear();
    const QString local = PaperStore::defaultPath();
    QStringList locations = WindowSettings::recentLibraries();
    if (!locations.contains(local))
        locations << local; // the default store is always one choice away
    for (const QString &location : locations) {
        StoreLocation parsed;
        QString error;
        if (!StoreLocation::parse(location, &parsed, &error))
            continue;
        const QString text = location == local ? tr("Local Library (default)")
                             : parsed.isShared() ? tr("Shared: %1").arg(parsed.displayName())
                                                 : location;
        QAction *action = menu->addAction(text);
        action->setData(location);
        action->setEnabled(location != m_store.path());
        connect(action, &QAction::triggered, this, [this, location] { emit openLibraryRequested(location); });
    }
}

void MainWindow::refreshFromStore()
{
    m_browse->refreshFromStore();
}

PaperFilter MainWindow::currentFilter() const
{
    return m_browse->filter();
}

QString MainWindow::statusText() const
{
    return m_browse->statusText();
}

void MainWindow::clearFilters()
{
    m_browse->clearFilters();
}

bool MainWindow::isExporting() const
{
    return m_exports->isExporting();
}

void MainWindow::importPaths(const QStringList &paths)
{
    m_importActions->importPaths(paths);
}

void MainWindow::importMimeData(const QMimeData *data)
{
    m_importActions->importMimeData(data);
}

void MainWindow::dragEnterEvent(QDragEnterEvent *event)
{
    if (DropClassifier::canImport(event->mimeData()))
        event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent *event)
{
    importMimeData(event->mimeData());
    event->acceptProposedAction();
}

void MainWindow::about()
{
    Dialogs::inform(this, tr("About Paperscope"),
                    tr("<h3>Paperscope %1</h3><p>A bibliography browser for researcher profile files.</p>"
                       "<p>Qt %2 · %3 · KSyntaxHighlighting %4</p>"
                       "<p>Store: %5</p><p>License: GPL-3.0-or-later</p>")
                        .arg(QApplication::applicationVersion(), QString::fromLatin1(qVersion()),
                             m_store.engineVersion(), BibtexPreview::highlighterVersion(),
                             m_store.path().toHtmlEscaped()));
}

void MainWindow::restoreSettings()
{
    WindowSettings::restore(this, m_splitter, m_listView->tableView()->horizontalHeader());
    m_browse->restoreFilter(WindowSettings::filter());
    const QHeaderView *header = m_listView->tableView()->horizontalHeader();
    m_papers->sort(header->sortIndicatorSection(), header->sortIndicatorOrder());
}

void MainWindow::saveSettings() const
{
    WindowSettings::save(this, m_splitter, m_listView->tableView()->horizontalHeader());
    WindowSettings::setFilter(m_browse->filter());
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    m_imports->cancel();
    m_lookups->cancel();
    saveSettings();
    event->accept();
}
