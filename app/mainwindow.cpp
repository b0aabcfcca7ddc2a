#include "mainwindow.h"

#include "actionicons.h"
#include "arxivlookupcontroller.h"
#include "bibtexexport.h"
#include "bibtexpreview.h"
#include "categorydelegate.h"
#include "chartdock.h"
#include "chartmodels.h"
#include "chartview.h"
#include "citationkey.h"
#include "dialogs.h"
#include "dropclassifier.h"
#include "exportdialog.h"
#include "exportrunner.h"
#include "facetmodel.h"
#include "filterpanel.h"
#include "importcontroller.h"
#include "paperdetailview.h"
#include "paperlistview.h"
#include "papertablemodel.h"
#include "removecommand.h"
#include "singleinstance.h"
#include "storearxiv.h"
#include "storeindex.h"
#include "storenotice.h"
#include "textreport.h"
#include "windowsettings.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QCloseEvent>
#include <QCommandLineParser>
#include <QDragEnterEvent>
#include <QFileInfo>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QListView>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QScreen>
#include <QSplitter>
#include <QStatusBar>
#include <QTableView>
#include <QTimer>
#include <QUndoStack>

MainWindow::MainWindow(PaperStore &store, QWidget *parent)
    : QMainWindow(parent), m_store(store), m_papers(new PaperTableModel(store, this)),
      m_undo(new QUndoStack(this)), m_imports(new ImportController(store.path(), statusBar(), this))
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(QStringLiteral("Paperscope"));
    setAcceptDrops(true);
    // The list, the counts and the charts answer from memory (storeindex.h);
    // a large store's index is read in the background and says when it is in.
    if (StoreIndex *index = store.enableIndex()) {
        connect(index, &StoreIndex::ready, this, [this] {
            for (FacetModel *facet : m_facets)
                facet->refresh(m_filter);
            m_chartDock->refresh(m_filter);
        });
        connect(index, &StoreIndex::textReady, this, [this](const QString &text) {
            if (text != m_filter.text)
                return;
            if (statusBar()->currentMessage() == tr("Searching…"))
                statusBar()->clearMessage();
            applyFilter();
        });
    }
    const Facet facets[4] = {Facet::Category, Facet::Year, Facet::Affiliation, Facet::Profile};
    for (int i = 0; i < 4; ++i)
        m_facets[i] = new FacetModel(store, facets[i], this);
    buildUi();
    buildActions();
    m_lookups = new ArxivLookupController(store.path(), statusBar(), this);
    buildOnlineActions();
    ActionIcons::apply(this);
    // A comfortable first size; saved geometry wins from the second start on.
    const QRect available = screen() ? screen()->availableGeometry() : QRect(0, 0, 1280, 800);
    resize(qMin(1280, available.width() * 9 / 10), qMin(800, available.height() * 9 / 10));
    restoreSettings();

    connect(m_imports, &ImportController::batchFinished, this, &MainWindow::onImportsFinished);
    // Files land in bursts (one per batch commit, ImportBatch): one refresh a burst.
    auto *refreshSoon = new QTimer(this);
    refreshSoon->setSingleShot(true);
    refreshSoon->setInterval(0);
    connect(refreshSoon, &QTimer::timeout, this, &MainWindow::refreshFromStore);
    connect(m_imports, &ImportController::fileImported, refreshSoon, qOverload<>(&QTimer::start));
    applyFilter();
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
    const int widths[] = {0, 150, 52, 70, 150, 48};
    for (int c = 1; c < PaperTableModel::ColumnCount; ++c)
        header->resizeSection(c, widths[c]);
    for (int i = 0; i < 4; ++i)
        m_filterPanel->setModel(FilterPanel::List(i), m_facets[i], FacetModel::CountRole);

    m_splitter = new QSplitter(Qt::Horizontal, this);
    m_splitter->setObjectName(QStringLiteral("mainSplitter"));
    m_splitter->addWidget(m_filterPanel);
    m_splitter->addWidget(m_listView);
    m_splitter->addWidget(m_detail);
    m_splitter->setStretchFactor(1, 3);
    m_splitter->setStretchFactor(2, 2);
    m_splitter->setSizes({210, 740, 330});
    m_splitter->setChildrenCollapsible(false);
    setCentralWidget(m_splitter);

    m_statusLabel = new QLabel(this);
    m_statusLabel->setObjectName(QStringLiteral("paperCountLabel"));
    statusBar()->addWidget(m_statusLabel, 1);

    connect(m_facets[FilterPanel::Categories], &FacetModel::checkedValuesChanged, this, [this](const QStringList &v) {
        m_filter.categories = v;
        applyFilter();
    });
    connect(m_facets[FilterPanel::Years], &FacetModel::checkedValuesChanged, this, [this](const QStringList &v) {
        m_filter.years.clear();
        for (const QString &year : v)
            m_filter.years << year.toInt();
        applyFilter();
    });
    connect(m_facets[FilterPanel::Affiliations], &FacetModel::checkedValuesChanged, this, [this](const QStringList &v) {
        m_filter.affiliations = v;
        applyFilter();
    });
    connect(m_facets[FilterPanel::Profiles], &FacetModel::checkedValuesChanged, this, [this](const QStringList &v) {
        m_filter.profiles = v;
        applyFilter();
    });
    connect(m_filterPanel, &FilterPanel::searchTextChanged, this, [this](const QString &text) {
        m_filter.text = text;
        // A common word is looked up off the GUI thread; the list follows when it is in.
        if (StoreIndex *index = m_store.index(); index && index->prepareText(text)) {
            QTimer::singleShot(150, this, [this, text] { // only when it takes a while
                if (m_filter.text == text && m_papers->filter().text != text)
                    statusBar()->showMessage(tr("Searching…"));
            });
            return;
        }
        applyFilter();
    });
    connect(m_filterPanel, &FilterPanel::hasCodeOnlyChanged, this, [this](bool on) {
        m_filter.hasCodeOnly = on;
        applyFilter();
    });
    connect(m_filterPanel, &FilterPanel::hasArxivOnlyChanged, this, [this](bool on) {
        m_filter.hasArxivOnly = on;
        applyFilter();
    });
    connect(m_filterPanel, &FilterPanel::clearRequested, this, &MainWindow::clearFilters);
    connect(m_listView, &PaperListView::clearFiltersRequested, this, &MainWindow::clearFilters);
    connect(table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &MainWindow::showCurrentPaper);
    connect(m_papers, &QAbstractItemModel::modelReset, this, &MainWindow::showCurrentPaper);

    // Charts in a dock (hidden until View > Charts); category colours as in the list.
    table->setItemDelegateForColumn(PaperTableModel::CategoryColumn, new CategoryDelegate(table));
    m_chartDock = new ChartDock(m_store, m_facets[FilterPanel::Categories], m_facets[FilterPanel::Affiliations], this);
    addDockWidget(Qt::BottomDockWidgetArea, m_chartDock);
    m_chartDock->hide();
    m_chartDock->toggleViewAction()->setChecked(false);
    const ChartView *charts = m_chartDock->view();
    connect(charts, &ChartView::yearToggled, this, [this](int year, bool additive) {
        toggleFromChart(FilterPanel::Years, QString::number(year), additive);
    });
    connect(charts, &ChartView::categoryToggled, this, [this](const QString &category, bool additive) {
        toggleFromChart(FilterPanel::Categories, category, additive);
    });
    connect(charts, &ChartView::affiliationToggled, this, [this](const QString &affiliation, bool additive) {
        toggleFromChart(FilterPanel::Affiliations, affiliation, additive);
    });
}

void MainWindow::buildActions()
{
    const auto make = [this](const QString &name, const QString &text, const QKeySequence &keys) {
        auto *action = new QAction(text, this);
        action->setObjectName(name);
        action->setShortcut(keys);
        return action;
    };
    QMenu *file = menuBar()->addMenu(tr("&File"));
    QAction *import = make(QStringLiteral("actionImport"), tr("&Import Profiles…"), QKeySequence::Open);
    connect(import, &QAction::triggered, this, &MainWindow::chooseAndImport);
    file->addAction(import);
    m_recentMenu = file->addMenu(tr("Import &Recent"));
    m_recentMenu->setObjectName(QStringLiteral("menuImportRecent"));
    rebuildRecentMenu();
    file->addSeparator();
    QAction *exportAction = make(QStringLiteral("actionExportBibtex"), tr("&Export BibTeX…"), QKeySequence(tr("Ctrl+E")));
    connect(exportAction, &QAction::triggered, this, &MainWindow::exportBibtex);
    file->addAction(exportAction);
    QAction *exportChart = make(QStringLiteral("actionExportChart"), tr("Export C&hart…"), QKeySequence());
    connect(exportChart, &QAction::triggered, this, [this] {
        const QString message = m_chartDock->exportChart();
        if (!message.isEmpty())
            statusBar()->showMessage(message, 8000);
    });
    exportChart->setEnabled(m_chartDock->toggleViewAction()->isChecked());
    connect(m_chartDock->toggleViewAction(), &QAction::toggled, exportChart, &QAction::setEnabled);
    file->addAction(exportChart);
    file->addSeparator();
    QAction *quit = make(QStringLiteral("actionQuit"), tr("&Quit"), QKeySequence::Quit);
    connect(quit, &QAction::triggered, this, &QWidget::close);
    file->addAction(quit);

    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    QAction *undo = m_undo->createUndoAction(this, tr("&Undo"));
    undo->setObjectName(QStringLiteral("actionUndo"));
    undo->setShortcut(QKeySequence::Undo);
    QAction *redo = m_undo->createRedoAction(this, tr("&Redo"));
    redo->setObjectName(QStringLiteral("actionRedo"));
    redo->setShortcut(QKeySequence::Redo);
    edit->addActions({undo, redo});
    edit->addSeparator();
    QAction *copyBib = make(QStringLiteral("actionCopyBibtex"), tr("&Copy BibTeX"), QKeySequence(tr("Ctrl+Shift+C")));
    connect(copyBib, &QAction::triggered, this, &MainWindow::copyBibtex);
    QAction *copyKey = make(QStringLiteral("actionCopyCitationKey"), tr("Copy Citation &Key"), QKeySequence(tr("Ctrl+Shift+K")));
    connect(copyKey, &QAction::triggered, this, &MainWindow::copyCitationKeys);
    QAction *pasteAction = make(QStringLiteral("actionPaste"), tr("&Paste Profile"), QKeySequence::Paste);
    connect(pasteAction, &QAction::triggered, this, &MainWindow::paste);
    edit->addActions({copyBib, copyKey, pasteAction});
    edit->addSeparator();
    QAction *remove = make(QStringLiteral("actionRemovePapers"), tr("&Remove Papers"), QKeySequence::Delete);
    remove->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(remove, &QAction::triggered, this, &MainWindow::removeSelected);
    m_listView->tableView()->addAction(remove);
    QAction *removeProfileAction = make(QStringLiteral("actionRemoveProfile"), tr("Remove &Profile…"), QKeySequence());
    connect(removeProfileAction, &QAction::triggered, this, &MainWindow::removeProfile);
    edit->addActions({remove, removeProfileAction});
    edit->addSeparator();
    QAction *find = make(QStringLiteral("actionFind"), tr("&Find"), QKeySequence::Find);
    connect(find, &QAction::triggered, m_filterPanel, &FilterPanel::focusSearch);
    QAction *clear = make(QStringLiteral("actionClearFilters"), tr("C&lear Filters"), QKeySequence(tr("Ctrl+Shift+L")));
    connect(clear, &QAction::triggered, this, &MainWindow::clearFilters);
    edit->addActions({find, clear});

    QMenu *view = menuBar()->addMenu(tr("&View"));
    QAction *showFilters = make(QStringLiteral("actionShowFilters"), tr("&Filters"), QKeySequence(tr("Ctrl+1")));
    showFilters->setCheckable(true);
    showFilters->setChecked(true);
    connect(showFilters, &QAction::toggled, m_filterPanel, &QWidget::setVisible);
    QAction *showDetails = make(QStringLiteral("actionShowDetails"), tr("&Details"), QKeySequence(tr("Ctrl+2")));
    showDetails->setCheckable(true);
    showDetails->setChecked(true);
    connect(showDetails, &QAction::toggled, m_detail, &QWidget::setVisible);
    view->addActions({showFilters, showDetails, m_chartDock->toggleViewAction()});

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    QAction *aboutAction = make(QStringLiteral("actionAbout"), tr("&About Paperscope"), QKeySequence());
    connect(aboutAction, &QAction::triggered, this, &MainWindow::about);
    help->addAction(aboutAction);

    // The list's context menu.
    QTableView *table = m_listView->tableView();
    auto *separator = new QAction(this);
    separator->setSeparator(true);
    table->insertActions(remove, {copyBib, copyKey, separator});
}

void MainWindow::buildOnlineActions()
{
    auto *online = new QMenu(tr("&Online"), this);
    online->setObjectName(QStringLiteral("menuOnline"));
    auto *selection = new QAction(tr("Look Up Selection on &arXiv"), this);
    selection->setObjectName(QStringLiteral("actionLookupSelection"));
    selection->setShortcut(QKeySequence(tr("Ctrl+Shift+A")));
    connect(selection, &QAction::triggered, this, [this] { lookUpOnArxiv(false); });
    auto *all = new QAction(tr("Look Up A&ll on arXiv"), this);
    all->setObjectName(QStringLiteral("actionLookupAll"));
    connect(all, &QAction::triggered, this, [this] { lookUpOnArxiv(true); });
    online->addActions({selection, all});
    menuBar()->insertMenu(menuBar()->actions().constLast(), online); // before Help
    m_listView->tableView()->addAction(selection);
    connect(m_lookups, &ArxivLookupController::busyChanged, this, [selection, all](bool busy) {
        selection->setEnabled(!busy);
        all->setEnabled(!busy);
    });
    const auto currentId = [this] {
        const QModelIndex current = m_listView->tableView()->selectionModel()->currentIndex();
        return current.isValid() ? m_papers->paperId(current.row()) : qint64(0);
    };
    connect(m_lookups, &ArxivLookupController::paperMatched, this, [this, currentId](qint64 id) {
        if (currentId() == id)
            showCurrentPaper();
    });
    connect(m_lookups, &ArxivLookupController::finished, this, [this, currentId] {
        const int row = m_listView->tableView()->selectionModel()->currentIndex().row();
        const qint64 id = currentId();
        refreshFromStore(); // keeps the current paper current where it still is
        if (id != 0 && m_papers->paperId(row) != 0 && m_papers->rowOfPaper(id) >= 0)
            m_listView->tableView()->selectRow(m_papers->rowOfPaper(id));
    });
}

void MainWindow::lookUpOnArxiv(bool all)
{
    const QVector<qint64> ids = all ? m_store.arxiv().idsWithoutArxiv(PaperFilter()) : selectedIds();
    if (ids.isEmpty())
        statusBar()->showMessage(all ? tr("Every paper already has an arXiv id.")
                                     : tr("Select the papers to look up on arXiv first."), 5000);
    else
        m_lookups->start(ids);
}

void MainWindow::applyFilter()
{
    m_papers->setFilter(m_filter);
    for (FacetModel *facet : m_facets)
        facet->refresh(m_filter);
    m_chartDock->refresh(m_filter);
    updateStatus();
}

void MainWindow::refreshFromStore()
{
    m_papers->setFilter(m_filter); // a removal may have changed the filter too
    m_papers->refresh();
    for (FacetModel *facet : m_facets)
        facet->refresh(m_filter);
    m_chartDock->refresh(m_filter);
    updateStatus();
    emit storeChanged();
}

QString MainWindow::statusText() const
{
    return m_statusLabel->text();
}

void MainWindow::updateStatus()
{
    const int shown = m_papers->rowCount();
    const int total = m_papers->totalCount();
    const QString papers = total == 1 ? tr("1 paper") : tr("%1 papers").arg(total);
    m_statusLabel->setText(shown == total ? papers : tr("%1 of %2").arg(shown).arg(papers));
    if (total == 0)
        m_listView->setState(PaperListView::State::EmptyStore);
    else if (shown == 0)
        m_listView->setState(PaperListView::State::NoMatches);
    else
        m_listView->setState(PaperListView::State::List);
}

void MainWindow::showCurrentPaper()
{
    const QModelIndex current = m_listView->tableView()->selectionModel()->currentIndex();
    const qint64 id = current.isValid() ? m_papers->paperId(current.row()) : 0;
    if (id == 0) {
        m_detail->clear();
        return;
    }
    const PaperRecord paper = m_store.paper(id);
    m_detail->setPaper(paper, BibtexWriter().entry(paper));
}

void MainWindow::clearFilters()
{
    m_filter = PaperFilter();
    for (FacetModel *facet : m_facets)
        facet->clearChecks();
    m_filterPanel->setSearchText(QString());
    m_filterPanel->setHasCodeOnly(false);
    m_filterPanel->setHasArxivOnly(false);
    applyFilter();
}

void MainWindow::importPaths(const QStringList &paths)
{
    if (paths.isEmpty())
        return;
    addRecentImports(paths);
    m_imports->start(paths, {});
}

void MainWindow::importMimeData(const QMimeData *data)
{
    const DropContent content = DropClassifier::classify(data);
    if (!content.paths.isEmpty())
        addRecentImports(content.paths);
    if (!content.isEmpty()) // links are downloaded by the import job (profiledownloader.h)
        m_imports->start(content.paths, content.texts, content.links);
    if (!content.refused.isEmpty())
        Dialogs::inform(this, tr("Not imported"), tr("Some of what you dropped cannot be imported."),
                        content.refused.join(QLatin1Char('\n')), true);
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

void MainWindow::onImportsFinished(const QVector<FileImportResult> &results, bool cancelled)
{
    refreshFromStore();
    if (results.isEmpty()) {
        Dialogs::inform(this, tr("Nothing imported"), tr("No profile files were found in what you chose."));
        return;
    }
    QStringList lines;
    bool anyRefused = false;
    for (const FileImportResult &r : results) {
        lines << TextReport::importLine(r);
        anyRefused = anyRefused || !r.ok;
    }
    QString summary = TextReport::importTotals(results);
    if (cancelled)
        summary += tr(" (cancelled: the remaining files were not imported)");
    statusBar()->showMessage(summary, 10000);
    if (anyRefused || cancelled || results.size() > 1)
        Dialogs::inform(this, tr("Import finished"), summary, lines.join(QLatin1Char('\n')), anyRefused);
}

void MainWindow::chooseAndImport()
{
    const QString dir = WindowSettings::lastFolder(QStringLiteral("import"));
    const QStringList files = Dialogs::openFileNames(this, tr("Import Profiles"), dir,
                                                     tr("Profile files (*.txt *.profile);;All files (*)"));
    if (files.isEmpty())
        return;
    WindowSettings::setLastFolder(QStringLiteral("import"), QFileInfo(files.first()).absolutePath());
    importPaths(files);
}

void MainWindow::paste()
{
    importMimeData(QApplication::clipboard()->mimeData());
}

QVector<qint64> MainWindow::selectedIds() const
{
    QVector<qint64> ids;
    const QModelIndexList rows = m_listView->tableView()->selectionModel()->selectedRows();
    for (const QModelIndex &index : rows)
        ids << m_papers->paperId(index.row());
    ids.removeAll(0);
    return ids;
}

void MainWindow::exportBibtex()
{
    if (m_exporting)
        return;
    const QVector<qint64> selection = selectedIds();
    ExportDialog::Choice initial;
    initial.scope = selection.size() > 1 ? ExportDialog::Scope::Selection : ExportDialog::Scope::Filtered;
    initial.latexEscapes = WindowSettings::latexEscapes();
    const auto choice = ExportDialog::ask(this, m_papers->totalCount(), m_papers->rowCount(), selection.size(), initial);
    if (!choice)
        return;
    const QString dir = WindowSettings::lastFolder(QStringLiteral("export"));
    const QString file = Dialogs::saveFileName(this, tr("Export BibTeX"), dir + QStringLiteral("/papers.bib"),
                                               tr("BibTeX files (*.bib);;All files (*)"));
    if (file.isEmpty())
        return;
    WindowSettings::setLastFolder(QStringLiteral("export"), QFileInfo(file).absolutePath());
    WindowSettings::setLatexEscapes(choice->latexEscapes);
    QVector<qint64> ids;
    if (choice->scope == ExportDialog::Scope::Selection)
        ids = selection;
    else
        ids = m_store.paperIds(choice->scope == ExportDialog::Scope::All ? PaperFilter() : m_filter,
                               PaperSort::Date, Qt::AscendingOrder);
    m_exporting = true;
    statusBar()->showMessage(tr("Exporting %1 papers…").arg(ids.size()));
    ExportRunner::start(this, m_store.path(), ids, file,
                        choice->latexEscapes ? BibtexWriter::NonAscii::LatexEscapes : BibtexWriter::NonAscii::KeepUtf8,
                        [this](bool ok, const QString &message) {
                            m_exporting = false;
                            statusBar()->showMessage(message, 10000);
                            if (!ok)
                                Dialogs::inform(this, tr("Export failed"), message, QString(), true);
                            emit exportFinished(ok, message);
                        });
}

void MainWindow::copyBibtex()
{
    const QVector<qint64> ids = selectedIds();
    if (ids.isEmpty())
        return;
    BibtexExport exporter(m_store, WindowSettings::latexEscapes() ? BibtexWriter::NonAscii::LatexEscapes
                                                                  : BibtexWriter::NonAscii::KeepUtf8);
    QApplication::clipboard()->setText(exporter.text(ids));
    statusBar()->showMessage(ids.size() == 1 ? tr("Copied 1 BibTeX entry")
                                             : tr("Copied %1 BibTeX entries").arg(ids.size()), 5000);
}

void MainWindow::copyCitationKeys()
{
    QStringList keys;
    for (const PaperRecord &p : m_store.papersByIds(selectedIds()))
        keys << p.citationKey;
    if (keys.isEmpty())
        return;
    QApplication::clipboard()->setText(CitationKey::citeCommand(keys));
    statusBar()->showMessage(tr("Copied %1").arg(CitationKey::citeCommand(keys)), 5000);
}

void MainWindow::removeSelected()
{
    const QVector<qint64> ids = selectedIds();
    if (ids.isEmpty())
        return;
    auto *command = RemoveCommand::papers(m_store, ids, [this] { refreshFromStore(); });
    m_undo->push(command);
    statusBar()->showMessage(ids.size() == 1 ? tr("Removed 1 paper. Undo with Ctrl+Z.")
                                             : tr("Removed %1 papers. Undo with Ctrl+Z.").arg(ids.size()), 8000);
}

void MainWindow::removeProfile()
{
    QStringList names;
    for (const ProfileRecord &p : m_store.profiles())
        names << p.name;
    if (names.isEmpty())
        return;
    QString name = m_filter.profiles.size() == 1 ? m_filter.profiles.first() : QString();
    if (name.isEmpty()) {
        bool ok = false;
        name = QInputDialog::getItem(this, tr("Remove Profile"), tr("Profile to remove:"), names, 0, false, &ok);
        if (!ok)
            return;
    }
    if (!Dialogs::confirm(this, tr("Remove Profile"),
                          tr("Remove %1 and the papers no other profile lists? You can undo this.").arg(name),
                          tr("Remove")))
        return;
    m_filter.profiles.removeAll(name);
    m_facets[FilterPanel::Profiles]->setCheckedValues(m_filter.profiles);
    m_undo->push(RemoveCommand::profile(m_store, name, [this] { refreshFromStore(); }));
}

void MainWindow::toggleFromChart(int list, const QString &value, bool additive)
{
    const QStringList values = ChartModels::toggled(m_facets[list]->checkedValues(), value, additive);
    m_facets[list]->setCheckedValues(values);
    if (list == FilterPanel::Categories) {
        m_filter.categories = values;
    } else if (list == FilterPanel::Affiliations) {
        m_filter.affiliations = values;
    } else if (list == FilterPanel::Years) {
        m_filter.years.clear();
        for (const QString &year : values)
            m_filter.years << year.toInt();
    }
    applyFilter();
}

void MainWindow::about()
{
    Dialogs::inform(this, tr("About Paperscope"),
                    tr("<h3>Paperscope %1</h3><p>A bibliography browser for researcher profile files.</p>"
                       "<p>Qt %2 · SQLite %3 · KSyntaxHighlighting %4</p>"
                       "<p>Store: %5</p><p>License: GPL-3.0-or-later</p>")
                        .arg(QApplication::applicationVersion(), QString::fromLatin1(qVersion()),
                             m_store.sqliteVersion(), BibtexPreview::highlighterVersion(),
                             m_store.path().toHtmlEscaped()));
}

void MainWindow::addRecentImports(const QStringList &paths)
{
    WindowSettings::addRecentImports(paths);
    rebuildRecentMenu();
}

void MainWindow::rebuildRecentMenu()
{
    m_recentMenu->clear();
    const QStringList recent = WindowSettings::recentImports();
    for (const QString &path : recent) {
        QAction *action = m_recentMenu->addAction(QFileInfo(path).fileName());
        action->setToolTip(path);
        connect(action, &QAction::triggered, this, [this, path] { importPaths({path}); });
    }
    m_recentMenu->setEnabled(!recent.isEmpty());
}

void MainWindow::restoreSettings()
{
    WindowSettings::restore(this, m_splitter, m_listView->tableView()->horizontalHeader());
    m_filter = WindowSettings::filter();
    m_facets[FilterPanel::Categories]->setCheckedValues(m_filter.categories);
    QStringList years;
    for (int y : m_filter.years)
        years << QString::number(y);
    m_facets[FilterPanel::Years]->setCheckedValues(years);
    m_facets[FilterPanel::Affiliations]->setCheckedValues(m_filter.affiliations);
    m_facets[FilterPanel::Profiles]->setCheckedValues(m_filter.profiles);
    m_filterPanel->setSearchText(m_filter.text);
    m_filterPanel->setHasCodeOnly(m_filter.hasCodeOnly);
    m_filterPanel->setHasArxivOnly(m_filter.hasArxivOnly);
    const QHeaderView *header = m_listView->tableView()->horizontalHeader();
    m_papers->sort(header->sortIndicatorSection(), header->sortIndicatorOrder());
}

void MainWindow::saveSettings() const
{
    WindowSettings::save(this, m_splitter, m_listView->tableView()->horizontalHeader());
    WindowSettings::setFilter(m_filter);
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    m_imports->cancel();
    m_lookups->cancel();
    saveSettings();
    event->accept();
}

int MainWindow::launch(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.addOption({QStringLiteral("db"), QStringLiteral("The paper store."), QStringLiteral("PATH")});
    parser.addPositionalArgument(QStringLiteral("files"), QStringLiteral("Profile files to import."));
    parser.process(arguments);
    const QString path = parser.isSet(QStringLiteral("db")) ? parser.value(QStringLiteral("db")) : PaperStore::defaultPath();
    const QStringList files = parser.positionalArguments();
    SingleInstance instance(path);
    if (instance.handOver(files))
        return 0; // the running window imports them
    PaperStore store;
    if (!store.open(path)) {
        QMessageBox::critical(nullptr, QStringLiteral("Paperscope"), store.lastError());
        return 1;
    }
    MainWindow window(store);
    instance.listen();
    QObject::connect(&instance, &SingleInstance::filesReceived, &window, [&window](const QStringList &received) {
        window.importPaths(received);
        window.setWindowState((window.windowState() & ~Qt::WindowMinimized) | Qt::WindowActive);
        window.raise();
        window.activateWindow();
    });
    window.show();
    window.importPaths(files);
    return QApplication::exec();
}
