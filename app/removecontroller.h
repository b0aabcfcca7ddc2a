#pragma once
// What Edit > Remove Papers and Remove Profile… do: ask where needed, push
// an undoable RemoveCommand on the window's undo stack (Ctrl+Z brings the
// papers back) and let the list follow. The store work is RemoveCommand's.

#include <QObject>

class BrowseController;
class AbstractPaperStore;
class QMainWindow;
class QUndoStack;

class RemoveController : public QObject
{
    Q_OBJECT
public:
    RemoveController(AbstractPaperStore &store, BrowseController *browse, QUndoStack *undo, QMainWindow *window);

    void removeSelected();
    void removeProfile();

private:
    AbstractPaperStore &m_store;
    BrowseController *m_browse;
    QUndoStack *m_undo;
    QMainWindow *m_window;
};
