#include "storenotice.h"

#include "dialogs.h"
#include "paperstore.h"

#include <QAction>
#include <QCoreApplication>
#include <QLabel>
#include <QMainWindow>
#include <QMenu>
#include <QStatusBar>
#include <QTimer>

namespace StoreNotice {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(StoreNotice)
};

// The actions (and the menu) that would write to the store.
const char *const writingActions[] = {"actionImport", "actionPaste", "actionRemovePapers", "actionRemoveProfile",
                                      "actionUndo", "actionRedo"};

QString sentence(const QString &line)
{
    return line.isEmpty() ? line : line.at(0).toUpper() + line.mid(1) + QLatin1Char('.');
}
} // namespace

void apply(QMainWindow *window, const AbstractPaperStore &store)
{
    const QString notice = store.openNotice();
    if (store.isReadOnly()) {
        window->setWindowTitle(Tr::tr("Paperscope (read-only)"));
        window->setAcceptDrops(false);
        for (const char *name : writingActions) {
            if (auto *action = window->findChild<QAction *>(QLatin1String(name)))
                action->setEnabled(false);
        }
        if (auto *recent = window->findChild<QMenu *>(QStringLiteral("menuImportRecent"))) {
            recent->setEnabled(false);
            recent->menuAction()->setEnabled(false);
        }
        auto *label = new QLabel(Tr::tr("Read-only store: browse and export only"), window);
        label->setObjectName(QStringLiteral("readOnlyNotice"));
        label->setToolTip(sentence(notice));
        window->statusBar()->addPermanentWidget(label);
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
