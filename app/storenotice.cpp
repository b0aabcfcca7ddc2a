#include "storenotice.h"

#include "dialogs.h"
#include "abstractpaperstore.h"

#include <QAction>
#include <QCoreApplication>
#include <QLabel>
#include <QMainWindow>
#include <QMenu>
#include <QStatusBar>
#include <QTimer>
#include <QUndoStack>

namespace StoreNotice {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(StoreNotice)
};

// The actions (and the menu) that would write to the store.
const char *const writingActions[] = {"actionImport",     "actionPaste",      "actionRemovePapers",
                                      "actionRemoveProfile", "actionUndo",    "actionRedo",
                                      "actionToggleStar", "actionMarkRead",   "actionMarkReading",
                                      "actionMarkUnread", "actionAddTag",     "actionAddToCollection",
                                      "actionSaveSearch"};
// The widgets that would write: the marks editor (star, state, tags, note).
const char *const writingWidgets[] = {"paperMarksEditor"};
const char *const titleProperty = "paperscopeTitle";

QString sentence(const QString &line)
{
    return line.isEmpty() ? line : line.at(0).toUpper() + line.mid(1) + QLatin1Char('.');
}
} // namespace

void setWritable(QMainWindow *window, bool writable, const QString &label, const QString &why)
{
    // The title without the mark, kept the first time it is changed.
    if (!window->property(titleProperty).isValid())
        window->setProperty(titleProperty, window->windowTitle());
    const QString title = window->property(titleProperty).toString();
    window->setWindowTitle(writable ? title : Tr::tr("%1 (read-only)").arg(title));
    window->setAcceptDrops(writable);
    for (const char *name : writingActions) {
        if (auto *action = window->findChild<QAction *>(QLatin1String(name)))
            action->setEnabled(writable);
    }
    // Undo and Redo follow their stack once writable again.
    if (const auto *undo = window->findChild<QUndoStack *>(); undo && writable) {
        if (auto *action = window->findChild<QAction *>(QStringLiteral("actionUndo")))
            action->setEnabled(undo->canUndo());
        if (auto *action = window->findChild<QAction *>(QStringLiteral("actionRedo")))
            action->setEnabled(undo->canRedo());
    }
    for (const char *name : writingWidgets) {
        if (auto *widget = window->findChild<QWidget *>(QLatin1String(name)))
            widget->setEnabled(writable);
    }
    if (auto *recent = window->findChild<QMenu *>(QStringLiteral("menuImportRecent"))) {
        recent->setEnabled(writable);
        recent->menuAction()->setEnabled(writable);
    }
    auto *notice = window->findChild<QLabel *>(QStringLiteral("readOnlyNotice"));
    if (writable) {
        delete notice;
        return;
    }
    if (!notice) {
        notice = new QLabel(window);
        notice->setObjectName(QStringLiteral("readOnlyNotice"));
        window->statusBar()->addPermanentWidget(notice);
    }
    notice->setText(label);
    notice->setToolTip(sentence(why));
}

void apply(QMainWindow *window, const AbstractPaperStore &store)
{
    const QString notice = store.openNotice();
    if (store.isReadOnly()) {
        setWritable(window, false, Tr::tr("Read-only store: browse and export only"), notice);
        return;
    }
    if (notice.isEmpty())
        return;
    // After the window is shown, so the message has a parent on screen.
    QTimer::singleShot(0, window, [window, notice] {
        Dialogs::inform(window, Tr::tr("Damaged store replaced"),
                        Tr::tr("The store was damaged. It was kept aside and a new, empty store was created."),
                        sentence(notice), true);
    });
}

} // namespace StoreNotice
