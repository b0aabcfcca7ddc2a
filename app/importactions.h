#pragma once
// The window's ways in for profiles: File > Import Profiles…, Import Recent,
// Edit > Paste Profile and drops. Hands what came in to ImportController
// (which runs the imports off the GUI thread), keeps the recent list, lets
// the list follow each file that lands and reports the batch when it ends.
// Never reads a file itself.

#include "importcontroller.h"
#include "profileimporter.h"

#include <QObject>
#include <QStringList>

class BrowseController;
class QMainWindow;
class QMenu;
class QMimeData;

class ImportActions : public QObject
{
    Q_OBJECT
public:
    // recentMenu: File > Import Recent, filled and kept up to date here.
    ImportActions(ImportController *imports, BrowseController *browse, QMenu *recentMenu, QMainWindow *window);

    void importPaths(const QStringList &paths);
    void importMimeData(const QMimeData *data);
    void chooseAndImport();
    void paste();

private:
    void onImportsFinished(const QVector<FileImportResult> &results, bool cancelled);
    void offerReadableEntries(const QVector<FileImportResult> &refused);
    void addRecentImports(const QStringList &paths);
    void rebuildRecentMenu();

    ImportController *m_imports;
    BrowseController *m_browse;
    QMenu *m_recentMenu;
    QMainWindow *m_window;
};
