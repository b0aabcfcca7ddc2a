#include "removecontroller.h"

#include "browsecontroller.h"
#include "dialogs.h"
#include "removecommand.h"

#include <QInputDialog>
#include <QMainWindow>
#include <QStatusBar>
#include <QUndoStack>

RemoveController::RemoveController(AbstractPaperStore &store, BrowseController *browse, QUndoStack *undo, QMainWindow *window)
    : QObject(window), m_store(store), m_browse(browse), m_undo(undo), m_window(window)
{
}

void RemoveController::removeSelected()
{
    const QVector<qint64> ids = m_browse->selectedIds();
    if (ids.isEmpty())
        return;
    BrowseController *browse = m_browse;
    m_undo->push(RemoveCommand::papers(m_store, ids, [browse] { browse->refreshFromStore(); }));
    const int n = int(ids.size());
    m_window->statusBar()->showMessage(tr("Removed %Ln papers. Undo with Ctrl+Z.", nullptr, n), 8000);
}

void RemoveController::removeProfile()
{
    QStringList names;
    for (const ProfileRecord &p : m_store.profiles())
        names << p.name;
    if (names.isEmpty())
        return;
    const QStringList checked = m_browse->filter().profiles;
    QString name = checked.size() == 1 ? checked.first() : QString();
    if (name.isEmpty()) {
        bool ok = false;
        name = QInputDialog::getItem(m_window, tr("Remove Profile"), tr("Profile to remove:"), names, 0, false, &ok);
        if (!ok)
            return;
    }
    if (!Dialogs::confirm(m_window, tr("Remove Profile"),
                          tr("Remove %1 and the papers no other profile lists? You can undo this.").arg(name),
                          tr("Remove")))
        return;
    m_browse->dropProfile(name);
    BrowseController *browse = m_browse;
    m_undo->push(RemoveCommand::profile(m_store, name, [browse] { browse->refreshFromStore(); }));
}
