#include "organisecontroller.h"

#include "browsecontroller.h"
#include "collectionstore.h"
#include "dialogs.h"
#include "organisecounts.h"
#include "organisejob.h"
#include "organisepanel.h"
#include "organisestore.h"
#include "organiseundocommand.h"
#include "paperlistview.h"
#include "papermarkseditor.h"
#include "abstractpaperstore.h"
#include "papertablemodel.h"
#include "textprompt.h"

#include <QAction>
#include <QDockWidget>
#include <QMainWindow>
#include <QMenu>
#include <QMenuBar>
#include <QSplitter>
#include <QStatusBar>
#include <QTableView>
#include <QTimer>
#include <QUndoStack>

OrganiseController::OrganiseController(AbstractPaperStore &store, BrowseController *browse, QUndoStack *undo,
                                       QMainWindow *window, QSplitter *splitter, QWidget *detail)
    : QObject(window), m_store(store), m_browse(browse), m_undo(undo), m_window(window),
      m_panel(new OrganisePanel), m_dock(new QDockWidget(tr("Organise"), window)), m_editor(new PaperMarksEditor),
      m_job(new OrganiseJob(store.path(), window->statusBar(), this))
{
    connect(m_job, &OrganiseJob::done, this, &OrganiseController::jobDone);
    m_dock->setObjectName(QStringLiteral("organiseDock"));
    m_dock->setWidget(m_panel);
    window->addDockWidget(Qt::LeftDockWidgetArea, m_dock);
    // Hidden at the first start, so the list keeps its room at 1280x800;
    // Organise > Organise Panel (Ctrl+4) shows it, and the window remembers.
    m_dock->hide();
    m_dock->toggleViewAction()->setText(tr("Organise &Panel"));
    m_dock->toggleViewAction()->setObjectName(QStringLiteral("actionShowOrganise"));
    m_dock->toggleViewAction()->setShortcut(QKeySequence(tr("Ctrl+4")));
    // The marks editor beneath the detail pane.
    // The column takes the pane's place and its stretch (the window sets
    // the widths); Qt 5 leaves a replacement hidden while the window is
    // not yet shown (a 0 px pane), so it is shown explicitly.
    const int at = splitter->indexOf(detail);
    const QSizePolicy policy = detail->sizePolicy();
    auto *column = new QSplitter(Qt::Vertical);
    column->setObjectName(QStringLiteral("detailColumn"));
    column->setChildrenCollapsible(false);
    column->setSizePolicy(policy);
    splitter->replaceWidget(at, column);
    column->show();
    m_column = column;
    column->addWidget(detail);
    column->addWidget(m_editor);
    column->setStretchFactor(0, 1);
    column->setStretchFactor(1, 0);
    buildActions(window);
    connectPanel();
    connectEditor();
    // The panel's counts follow the list while it is shown (a hidden panel
    // catches up when it appears); the editor's tag completion follows the store.
    connect(browse->papers(), &QAbstractItemModel::modelReset, this, &OrganiseController::refreshPanel);
    // A new list may have no current paper any more: the editor follows.
    connect(browse->papers(), &QAbstractItemModel::modelReset, this, &OrganiseController::showCurrentMarks);
    // (storeChanged() follows a reset of the list, which refreshed the panel already.)
    connect(browse, &BrowseController::storeChanged, this, &OrganiseController::refreshKnownTags);
    connect(m_dock, &QDockWidget::visibilityChanged, this, [this](bool visible) {
        if (visible && m_panelStale)
            refreshPanel();
    });
    refreshKnownTags();
    QTableView *table = window->findChild<PaperListView *>()->tableView();
    connect(table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &OrganiseController::showCurrentMarks);
    table->setDragEnabled(true);
    table->setDragDropMode(QAbstractItemView::DragOnly);
    refreshPanel();
    showCurrentMarks();
}

void OrganiseController::buildActions(QMainWindow *window)
{
    const auto make = [window](const char *name, const QString &text, const QKeySequence &keys) {
        auto *action = new QAction(text, window);
        action->setObjectName(QLatin1String(name));
        action->setShortcut(keys);
        return action;
    };
    QAction *star = make("actionToggleStar", tr("&Star / Unstar"), QKeySequence(tr("Ctrl+D")));
    QAction *read = make("actionMarkRead", tr("Mark Rea&d"), QKeySequence(tr("Ctrl+Alt+R")));
    QAction *reading = make("actionMarkReading", tr("Mark Rea&ding"), QKeySequence());
    QAction *unread = make("actionMarkUnread", tr("Mark &Unread"), QKeySequence(tr("Ctrl+Alt+U")));
    QAction *tag = make("actionAddTag", tr("Add &Tag…"), QKeySequence(tr("Ctrl+T")));
    QAction *collection = make("actionAddToCollection", tr("Add to Co&llection…"), QKeySequence());
    QAction *save = make("actionSaveSearch", tr("Sa&ve Current Search…"), QKeySequence());
    connect(star, &QAction::triggered, this, &OrganiseController::toggleStar);
    connect(read, &QAction::triggered, this, [this] { markSelected(2); });
    connect(reading, &QAction::triggered, this, [this] { markSelected(1); });
    connect(unread, &QAction::triggered, this, [this] { markSelected(0); });
    connect(tag, &QAction::triggered, this, &OrganiseController::addTagToSelected);
    connect(collection, &QAction::triggered, this, [this] {
        QStringList names;
        OrganiseStore org(m_store);
        for (const CollectionInfo &c : CollectionStore(org).collections())
            names << c.name;
        const QString name = TextPrompt::ask(m_window, tr("Add to Collection"), tr("Collection:"), names);
        if (!name.isEmpty())
            addSelectedToCollection(name);
    });
    connect(save, &QAction::triggered, this, &OrganiseController::saveCurrentSearch);

    auto *menu = new QMenu(tr("O&rganise"), window);
    menu->setObjectName(QStringLiteral("menuOrganise"));
    menu->addActions({star, read, reading, unread});
    menu->addSeparator();
    menu->addActions({tag, collection});
    menu->addSeparator();
    menu->addAction(save);
    menu->addAction(m_dock->toggleViewAction());
    QMenuBar *bar = window->menuBar();
    const QList<QAction *> menus = bar->actions();
    bar->insertMenu(menus.isEmpty() ? nullptr : menus.last(), menu); // before Help
    auto *separator = new QAction(window);
    separator->setSeparator(true);
    window->findChild<PaperListView *>()->tableView()->addActions({separator, star, read, unread, tag, collection});
}

void OrganiseController::connectPanel()
{
    connect(m_panel, &OrganisePanel::termsChanged, this, &OrganiseController::applyTerms);
    connect(m_panel, &OrganisePanel::savedSearchChosen, this, &OrganiseController::chooseSavedSearch);
    connect(m_panel, &OrganisePanel::papersDropped, this, [this](OrganisePanel::Kind kind, const QString &name) {
        if (kind == OrganisePanel::Tag)
            tagSelected(name);
        else if (kind == OrganisePanel::Collection)
            addSelectedToCollection(name);
    });
    connect(m_panel, &OrganisePanel::newCollectionRequested, this, &OrganiseController::newCollection);
    connect(m_panel, &OrganisePanel::renameCollectionRequested, this, [this](const QString &name) {
        const QString to = TextPrompt::ask(m_window, tr("Rename Collection"), tr("New name:"), {}, name);
        if (to.isEmpty() || to == name)
            return;
        changeCollections(tr("Rename Collection"), [=](OrganiseStore &org) {
            return CollectionStore(org).renameCollection(name, to);
        });
    });
    connect(m_panel, &OrganisePanel::deleteCollectionRequested, this, [this](const QString &name) {
        changeCollections(tr("Delete Collection"), [=](OrganiseStore &org) {
            return CollectionStore(org).deleteCollection(name);
        });
    });
    connect(m_panel, &OrganisePanel::saveSearchRequested, this, &OrganiseController::saveCurrentSearch);
    connect(m_panel, &OrganisePanel::deleteSavedSearchRequested, this, [this](const QString &name) {
        changeCollections(tr("Delete Saved Search"), [=](OrganiseStore &org) {
            return CollectionStore(org).deleteSavedSearch(name);
        });
    });
}

void OrganiseController::connectEditor()
{
    const auto current = [this] { return QVector<qint64>{m_browse->currentId()}; };
    connect(m_editor, &PaperMarksEditor::starToggled, this, [=](bool on) {
        changePapers(current(), on ? tr("Star") : tr("Unstar"),
                     [=](OrganiseStore &org) { return org.setStarred(current(), on); });
    });
    connect(m_editor, &PaperMarksEditor::stateChosen, this, [=](int state) {
        changePapers(current(), tr("Mark"), [=](OrganiseStore &org) { return org.setState(current(), state); });
    });
    connect(m_editor, &PaperMarksEditor::tagAdded, this, [=](const QString &tag) {
        changePapers(current(), tr("Add Tag"), [=](OrganiseStore &org) { return org.addTag(tag, current()); });
    });
    connect(m_editor, &PaperMarksEditor::tagRemoved, this, [=](const QString &tag) {
        changePapers(current(), tr("Remove Tag"), [=](OrganiseStore &org) { return org.removeTag(tag, current()); });
    });
    connect(m_editor, &PaperMarksEditor::noteEdited, this, [=](const QString &note) {
        const qint64 id = m_browse->currentId();
        changePapers({id}, tr("Edit Note"), [=](OrganiseStore &org) { return org.setNote(id, note); });
    });
}

void OrganiseController::changePapers(const QVector<qint64> &ids, const QString &text,
                                      std::function<int(OrganiseStore &)> change)
{
    if (ids.isEmpty() || ids.contains(0))
        return;
    m_error.clear();
    if (m_job->isBusy()) {
        m_window->statusBar()->showMessage(tr("Another change is still running; try again when it is done"), 5000);
        return;
    }
    // Many papers: on a worker thread, with progress and Cancel (jobDone pushes the undo step).
    if (ids.size() > OrganiseJob::threshold) {
        StoreIndex *index = m_store.index();
        m_jobMark = index ? index->beforeMarkChange() : StoreIndex::MarkChange();
        if (m_job->start(ids, text, change)) {
            holdUndo(true);
            return;
        }
    }
    m_undo->push(withRunner(OrganiseUndoCommand::papers(m_store, ids, text, [this, change](OrganiseStore &org) {
        if (change(org) >= 0)
            return true;
        m_error = org.error();
        return false;
    }, [this] { afterChange(); })));
    if (!m_error.isEmpty())
        Dialogs::inform(m_window, tr("Nothing was changed"), m_error, QString(), true);
}

// The undo and redo of a change to many papers run on the worker too.
OrganiseUndoCommand *OrganiseController::withRunner(OrganiseUndoCommand *command)
{
    command->setRunner([this](OrganiseUndoCommand *c, const OrganiseSnapshot &target) {
        if (!m_job->restore(target, c->text()))
            return false;
        m_restoring = c;
        holdUndo(true);
        return true;
    });
    return command;
}

// Edit > Undo and Redo wait while a job runs (the stack enables them again
// after a step: hence later).
void OrganiseController::holdUndo(bool hold)
{
    QTimer::singleShot(0, this, [this, hold] {
        if (hold && !m_job->isBusy())
            return;
        if (QAction *undo = m_window->findChild<QAction *>(QStringLiteral("actionUndo")))
            undo->setEnabled(!hold && m_undo->canUndo());
        if (QAction *redo = m_window->findChild<QAction *>(QStringLiteral("actionRedo")))
            redo->setEnabled(!hold && m_undo->canRedo());
    });
}

void OrganiseController::restoreDone(const OrganiseJob::Outcome &outcome)
{
    OrganiseUndoCommand *command = m_restoring;
    m_restoring = nullptr;
    holdUndo(false);
    const int at = m_undo->index();
    const bool undone = at < m_undo->count() && m_undo->command(at) == command;
    if (!command || (!undone && (at == 0 || m_undo->command(at - 1) != command)))
        return; // no longer on the stack
    command->restored(outcome.ok, outcome.after);
    if (outcome.ok)
        return;
    // The stack moved before the worker ran: back, without changing the store.
    if (undone)
        m_undo->redo();
    else
        m_undo->undo();
    if (outcome.cancelled) {
        m_window->statusBar()->showMessage(tr("Cancelled; nothing was changed"), 5000);
    } else {
        m_error = outcome.error;
        Dialogs::inform(m_window, tr("Nothing was changed"), m_error, QString(), true);
    }
}

void OrganiseController::jobDone(const OrganiseJob::Outcome &outcome)
{
    if (outcome.restore) {
        restoreDone(outcome);
        return;
    }
    holdUndo(false);
    if (outcome.ok) {
        StoreIndex *index = m_store.index();
        if (index && m_jobMark.canApply())
            index->afterMarkChange(m_jobMark, outcome.after, false);
        m_undo->push(withRunner(OrganiseUndoCommand::ran(m_store, outcome.ids, outcome.text, outcome.before,
                                                         outcome.after, [this] { afterChange(); })));
    } else if (outcome.cancelled) {
        m_window->statusBar()->showMessage(tr("Cancelled; nothing was changed"), 5000);
    } else {
        m_error = outcome.error;
        Dialogs::inform(m_window, tr("Nothing was changed"), m_error, QString(), true);
    }
}

void OrganiseController::changeCollections(const QString &text, std::function<bool(OrganiseStore &)> change)
{
    m_error.clear();
    m_undo->push(OrganiseUndoCommand::collections(m_store, text, [this, change](OrganiseStore &org) {
        if (change(org))
            return true;
        m_error = org.error();
        return false;
    }, [this] { afterChange(); }));
    if (!m_error.isEmpty())
        Dialogs::inform(m_window, tr("Nothing was changed"), m_error, QString(), true);
}

void OrganiseController::afterChange()
{
    m_browse->refreshFromStore(); // list, counts, charts; storeChanged() refreshes the panel
    showCurrentMarks();
}

void OrganiseController::toggleStar()
{
    const QVector<qint64> ids = m_browse->selectedIds();
    if (ids.isEmpty())
        return;
    OrganiseStore org(m_store);
    bool allStarred = true;
    for (const PaperMarks &m : org.marks(ids))
        allStarred = allStarred && m.starred;
    changePapers(ids, allStarred ? tr("Unstar") : tr("Star"),
                 [=](OrganiseStore &o) { return o.setStarred(ids, !allStarred); });
}

void OrganiseController::markSelected(int state)
{
    const QVector<qint64> ids = m_browse->selectedIds();
    changePapers(ids, tr("Mark"), [=](OrganiseStore &org) { return org.setState(ids, state); });
}

void OrganiseController::addTagToSelected()
{
    if (m_browse->selectedIds().isEmpty())
        return;
    const QString tag = TextPrompt::ask(m_window, tr("Add Tag"), tr("Tag for the selected papers:"),
                                        OrganiseStore(m_store).tags());
    if (!tag.isEmpty())
        tagSelected(tag);
}

void OrganiseController::tagSelected(const QString &tag)
{
    const QVector<qint64> ids = m_browse->selectedIds();
    changePapers(ids, tr("Add Tag"), [=](OrganiseStore &org) { return org.addTag(tag, ids); });
}

void OrganiseController::addSelectedToCollection(const QString &name)
{
    const QVector<qint64> ids = m_browse->selectedIds();
    changePapers(ids, tr("Add to Collection"),
                 [=](OrganiseStore &org) { return CollectionStore(org).addPapers(name, ids); });
}

void OrganiseController::newCollection(const QString &parent)
{
    const QString name = TextPrompt::ask(m_window, tr("New Collection"), tr("Name:"));
    if (name.isEmpty())
        return;
    changeCollections(tr("New Collection"), [=](OrganiseStore &org) {
        return CollectionStore(org).createCollection(name, parent);
    });
}

void OrganiseController::saveCurrentSearch()
{
    const QString name = TextPrompt::ask(m_window, tr("Save Search"), tr("Name of the search:"));
    if (name.isEmpty())
        return;
    const PaperFilter filter = m_browse->filter();
    changeCollections(tr("Save Search"), [=](OrganiseStore &org) { return CollectionStore(org).saveSearch(name, filter); });
}

void OrganiseController::chooseSavedSearch(const QString &name)
{
    OrganiseStore org(m_store);
    PaperFilter filter;
    if (!CollectionStore(org).savedSearch(name, &filter))
        return;
    m_browse->restoreFilter(filter);
    m_browse->applyFilter();
}

void OrganiseController::applyTerms(const PaperFilter &terms)
{
    PaperFilter f = m_browse->filter();
    f.tags = terms.tags;
    f.starredOnly = terms.starredOnly;
    f.states = terms.states;
    f.collections = terms.collections;
    m_browse->restoreFilter(f);
    m_browse->applyFilter();
}

void OrganiseController::refreshPanel()
{
    m_panelStale = !m_dock->isVisible();
    if (m_panelStale)
        return;
    const PaperFilter filter = m_browse->filter();
    const OrganiseCounts counts(m_store);
    OrganiseStore org(m_store);
    const CollectionStore collections(org);
    OrganisePanel::Contents c;
    const QVector<FacetCount> starred = counts.counts(OrganiseFacet::Starred, filter, true);
    c.starred = starred.isEmpty() ? 0 : starred.first().count;
    c.states = counts.counts(OrganiseFacet::State, filter, true);
    c.tags = counts.counts(OrganiseFacet::Tag, filter, true);
    // Ticked tags stay listed when nothing under the filter has them any more.
    for (const QString &tag : filter.tags) {
        bool listed = false;
        for (const FacetCount &t : std::as_const(c.tags))
            listed = listed || t.value.compare(tag, Qt::CaseInsensitive) == 0;
        if (!listed)
            c.tags.append({tag, 0});
    }
    QHash<QString, int> sizes; // from memory when the index has them
    StoreIndex *index = m_store.index();
    c.collections = collections.collections(index && index->collectionSizes(&sizes) ? &sizes : nullptr);
    c.savedSearches = collections.savedSearches();
    m_panel->setContents(c, filter);
}

void OrganiseController::refreshKnownTags()
{
    m_editor->setKnownTags(OrganiseStore(m_store).tags());
}

void OrganiseController::showCurrentMarks()
{
    const qint64 id = m_browse->currentId();
    m_editor->setMarks(id ? OrganiseStore(m_store).marks(id) : PaperMarks(), id != 0);
}
