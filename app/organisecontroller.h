#pragma once
// What the window does with tags, stars, reading states, notes,
// collections and saved searches: the Organise menu and the list's context
// menu act on the selection (Ctrl+D star, Ctrl+T add a tag, Ctrl+Alt+R /
// Ctrl+Alt+U mark read / unread), the marks editor under the detail pane on
// the current paper, and the side panel ticks narrow the filter, restores
// saved searches and takes papers dropped onto a tag or a collection.
// Every change is an OrganiseUndoCommand on the window's undo stack; list,
// counts, charts and panel follow at once.

#include "organisejob.h"
#include "paperfilter.h"
#include "storeindex.h"

#include <QObject>

#include <functional>
#include <QVector>

class BrowseController;
class OrganisePanel;
class OrganiseUndoCommand;
class OrganiseStore;
class PaperMarksEditor;
class AbstractPaperStore;
class QAction;
class QDockWidget;
class QMainWindow;
class QSplitter;
class QUndoStack;
class QWidget;

class OrganiseController : public QObject
{
    Q_OBJECT
public:
    // detail: the detail pane, which gets the marks editor beneath it in splitter.
    OrganiseController(AbstractPaperStore &store, BrowseController *browse, QUndoStack *undo, QMainWindow *window,
                       QSplitter *splitter, QWidget *detail);

    OrganisePanel *panel() const { return m_panel; }
    QDockWidget *dock() const { return m_dock; }
    PaperMarksEditor *editor() const { return m_editor; }
    // The detail pane and the marks editor beneath it, in the pane's place.
    QWidget *detailColumn() const { return m_column; }

    void toggleStar();
    void markSelected(int state);
    void addTagToSelected();
    void tagSelected(const QString &tag);
    void addSelectedToCollection(const QString &name);
    void newCollection(const QString &parent);
    void saveCurrentSearch();
    void chooseSavedSearch(const QString &name);
    void refreshPanel();
    void refreshKnownTags();
    void showCurrentMarks();
    QString lastError() const { return m_error; }
    // Runs changes to more than OrganiseJob::threshold papers off the GUI thread.
    OrganiseJob *job() const { return m_job; }

private:
    void buildActions(QMainWindow *window);
    void connectPanel();
    void connectEditor();
    // Pushes a change of these papers (or of collections when ids is empty and ofPapers false).
    void changePapers(const QVector<qint64> &ids, const QString &text, std::function<int(OrganiseStore &)> change);
    void changeCollections(const QString &text, std::function<bool(OrganiseStore &)> change);
    void jobDone(const OrganiseJob::Outcome &outcome);
    void restoreDone(const OrganiseJob::Outcome &outcome);
    OrganiseUndoCommand *withRunner(OrganiseUndoCommand *command);
    void holdUndo(bool hold);
    void afterChange();
    void applyTerms(const PaperFilter &terms);

    AbstractPaperStore &m_store;
    BrowseController *m_browse;
    QUndoStack *m_undo;
    QMainWindow *m_window;
    OrganisePanel *m_panel;
    QDockWidget *m_dock;
    PaperMarksEditor *m_editor;
    OrganiseJob *m_job;
    StoreIndex::MarkChange m_jobMark;                 // the index before the job's change
    OrganiseUndoCommand *m_restoring = nullptr; // whose undo or redo the job runs
    QWidget *m_column = nullptr;
    bool m_panelStale = true; // the list changed while the panel was hidden
    QString m_error;
};
