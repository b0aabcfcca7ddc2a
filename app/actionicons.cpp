#include "actionicons.h"

#include <QAction>
#include <QIcon>
#include <QStyle>
#include <QWidget>

namespace ActionIcons {

void apply(QWidget *window)
{
    struct Entry
    {
        const char *action;
        const char *themeName;
        QStyle::StandardPixmap fallback;
    };
    static const Entry entries[] = {
        {"actionImport", "document-open", QStyle::SP_DialogOpenButton},
        {"actionExportBibtex", "document-save-as", QStyle::SP_DialogSaveButton},
        {"actionExportChart", "image-x-generic", QStyle::SP_DialogSaveButton},
        {"actionQuit", "application-exit", QStyle::SP_DialogCloseButton},
        {"actionUndo", "edit-undo", QStyle::SP_ArrowBack},
        {"actionRedo", "edit-redo", QStyle::SP_ArrowForward},
        {"actionCopyBibtex", "edit-copy", QStyle::SP_FileIcon},
        {"actionPaste", "edit-paste", QStyle::SP_FileDialogNewFolder},
        {"actionRemovePapers", "edit-delete", QStyle::SP_TrashIcon},
        {"actionRemoveProfile", "list-remove-user", QStyle::SP_TrashIcon},
        {"actionFind", "edit-find", QStyle::SP_FileDialogContentsView},
        {"actionClearFilters", "edit-clear", QStyle::SP_DialogResetButton},
        {"actionAbout", "help-about", QStyle::SP_MessageBoxInformation},
        {"actionLookupSelection", "edit-find-replace", QStyle::SP_BrowserReload},
        {"actionLookupAll", "view-refresh", QStyle::SP_BrowserReload},
    };
    for (const Entry &e : entries) {
        auto *action = window->findChild<QAction *>(QLatin1String(e.action));
        if (!action || !action->icon().isNull())
            continue;
        action->setIcon(QIcon::fromTheme(QLatin1String(e.themeName), window->style()->standardIcon(e.fallback)));
    }
}

} // namespace ActionIcons
