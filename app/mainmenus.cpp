#include "mainmenus.h"

#include <QAction>
#include <QMainWindow>
#include <QMenu>
#include <QMenuBar>
#include <QTableView>
#include <QUndoStack>

MainMenus MainMenus::build(QMainWindow *window, QUndoStack *undoStack, const QList<QAction *> &charts,
                           QTableView *list)
{
    const auto make = [window](const QString &name, const QString &text, const QKeySequence &keys) {
        auto *action = new QAction(text, window);
        action->setObjectName(name);
        action->setShortcut(keys);
        return action;
    };
    MainMenus m;
    QMenuBar *bar = window->menuBar();
    QMenu *file = bar->addMenu(tr("&File"));
    m.openShared = make(QStringLiteral("actionOpenSharedLibrary"), tr("Open &Shared Library…"),
                        QKeySequence(tr("Ctrl+Shift+O")));
    file->addAction(m.openShared);
    m.recentLibraries = file->addMenu(tr("Open Recent &Library"));
    m.recentLibraries->setObjectName(QStringLiteral("menuOpenRecentLibrary"));
    file->addSeparator();
    m.import = make(QStringLiteral("actionImport"), tr("&Import Profiles…"), QKeySequence::Open);
    file->addAction(m.import);
    m.recent = file->addMenu(tr("Import &Recent"));
    m.recent->setObjectName(QStringLiteral("menuImportRecent"));
    file->addSeparator();
    m.exportBibtex = make(QStringLiteral("actionExportBibtex"), tr("&Export BibTeX…"), QKeySequence(tr("Ctrl+E")));
    m.exportChart = make(QStringLiteral("actionExportChart"), tr("Export C&hart…"), QKeySequence());
    file->addActions({m.exportBibtex, m.exportChart});
    file->addSeparator();
    m.quit = make(QStringLiteral("actionQuit"), tr("&Quit"), QKeySequence::Quit);
    file->addAction(m.quit);

    QMenu *edit = bar->addMenu(tr("&Edit"));
    m.undo = undoStack->createUndoAction(window, tr("&Undo"));
    m.undo->setObjectName(QStringLiteral("actionUndo"));
    m.undo->setShortcut(QKeySequence::Undo);
    m.redo = undoStack->createRedoAction(window, tr("&Redo"));
    m.redo->setObjectName(QStringLiteral("actionRedo"));
    m.redo->setShortcut(QKeySequence::Redo);
    edit->addActions({m.undo, m.redo});
    edit->addSeparator();
    m.copyBibtex = make(QStringLiteral("actionCopyBibtex"), tr("&Copy BibTeX"), QKeySequence(tr("Ctrl+Shift+C")));
    m.copyCitationKey = make(QStringLiteral("actionCopyCitationKey"), tr("Copy Citation &Key"),
                             QKeySequence(tr("Ctrl+Shift+K")));
    m.paste = make(QStringLiteral("actionPaste"), tr("&Paste Profile"), QKeySequence::Paste);
    edit->addActions({m.copyBibtex, m.copyCitationKey, m.paste});
    edit->addSeparator();
    m.removePapers = make(QStringLiteral("actionRemovePapers"), tr("&Remove Papers"), QKeySequence::Delete);
    m.removePapers->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m.removeProfile = make(QStringLiteral("actionRemoveProfile"), tr("Remove &Profile…"), QKeySequence());
    edit->addActions({m.removePapers, m.removeProfile});
    edit->addSeparator();
    m.find = make(QStringLiteral("actionFind"), tr("&Find"), QKeySequence::Find);
    m.clearFilters = make(QStringLiteral("actionClearFilters"), tr("C&lear Filters"), QKeySequence(tr("Ctrl+Shift+L")));
    edit->addActions({m.find, m.clearFilters});

    QMenu *view = bar->addMenu(tr("&View"));
    m.showFilters = make(QStringLiteral("actionShowFilters"), tr("&Filters"), QKeySequence(tr("Ctrl+1")));
    m.showDetails = make(QStringLiteral("actionShowDetails"), tr("&Details"), QKeySequence(tr("Ctrl+2")));
    for (QAction *shown : {m.showFilters, m.showDetails}) {
        shown->setCheckable(true);
        shown->setChecked(true);
    }
    view->addActions({m.showFilters, m.showDetails});
    view->addActions(charts);

    auto *online = new QMenu(tr("&Online"), window);
    online->setObjectName(QStringLiteral("menuOnline"));
    m.lookupSelection = make(QStringLiteral("actionLookupSelection"), tr("Look Up Selection on &arXiv"),
                             QKeySequence(tr("Ctrl+Shift+A")));
    m.lookupAll = make(QStringLiteral("actionLookupAll"), tr("Look Up A&ll on arXiv"), QKeySequence());
    online->addActions({m.lookupSelection, m.lookupAll});
    bar->addMenu(online);

    QMenu *help = bar->addMenu(tr("&Help"));
    m.about = make(QStringLiteral("actionAbout"), tr("&About Paperscope"), QKeySequence());
    help->addAction(m.about);

    // The list's context menu; Delete works there only (WidgetWithChildrenShortcut).
    auto *separator = new QAction(window);
    separator->setSeparator(true);
    list->addActions({m.copyBibtex, m.copyCitationKey, separator, m.removePapers, m.lookupSelection});
    return m;
}
