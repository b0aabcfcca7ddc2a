#pragma once
// The window's menu bar and the list's context menu: every action with its
// object name, text and shortcut, in menu order, made children of the
// window. It only builds them; the window connects each action to the
// controller that does the work.

#include <QCoreApplication>
#include <QList>

class QAction;
class QMainWindow;
class QMenu;
class QTableView;
class QUndoStack;

struct MainMenus
{
    Q_DECLARE_TR_FUNCTIONS(MainMenus)

public:
    // charts: the chart dock's actions (show, fill the window), listed in the View menu.
    static MainMenus build(QMainWindow *window, QUndoStack *undo, const QList<QAction *> &charts, QTableView *list);

    // File
    QAction *openShared = nullptr;
    QMenu *recentLibraries = nullptr;
    QAction *import = nullptr;
    QMenu *recent = nullptr;
    QAction *exportBibtex = nullptr;
    QAction *exportChart = nullptr;
    QAction *quit = nullptr;
    // Edit
    QAction *undo = nullptr;
    QAction *redo = nullptr;
    QAction *copyBibtex = nullptr;
    QAction *copyCitationKey = nullptr;
    QAction *paste = nullptr;
    QAction *removePapers = nullptr;
    QAction *removeProfile = nullptr;
    QAction *find = nullptr;
    QAction *clearFilters = nullptr;
    // View
    QAction *showFilters = nullptr;
    QAction *showDetails = nullptr;
    // Online
    QAction *lookupSelection = nullptr;
    QAction *lookupAll = nullptr;
    // Help
    QAction *about = nullptr;
};
