#include "importactions.h"

#include "browsecontroller.h"
#include "dialogs.h"
#include "dropclassifier.h"
#include "importcontroller.h"
#include "textreport.h"
#include "windowsettings.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QFileInfo>
#include <QMainWindow>
#include <QMenu>
#include <QStatusBar>
#include <QTimer>

ImportActions::ImportActions(ImportController *imports, BrowseController *browse, QMenu *recentMenu, QMainWindow *window)
    : QObject(window), m_imports(imports), m_browse(browse), m_recentMenu(recentMenu), m_window(window)
{
    rebuildRecentMenu();
    connect(m_imports, &ImportController::batchFinished, this, &ImportActions::onImportsFinished);
    // Files land in bursts (one per batch commit, ImportBatch): one refresh a burst.
    auto *refreshSoon = new QTimer(this);
    refreshSoon->setSingleShot(true);
    refreshSoon->setInterval(0);
    connect(refreshSoon, &QTimer::timeout, m_browse, &BrowseController::refreshFromStore);
    connect(m_imports, &ImportController::fileImported, refreshSoon, qOverload<>(&QTimer::start));
}

void ImportActions::importPaths(const QStringList &paths)
{
    if (paths.isEmpty())
        return;
    addRecentImports(paths);
    m_imports->start(paths, {});
}

void ImportActions::importMimeData(const QMimeData *data)
{
    const DropContent content = DropClassifier::classify(data);
    if (!content.paths.isEmpty())
        addRecentImports(content.paths);
    if (!content.isEmpty()) // links are downloaded by the import job (profiledownloader.h)
        m_imports->start(content.paths, content.texts, content.links);
    if (!content.refused.isEmpty())
        Dialogs::inform(m_window, tr("Not imported"), tr("Some of what you dropped cannot be imported."),
                        content.refused.join(QLatin1Char('\n')), true);
}

void ImportActions::chooseAndImport()
{
    const QString dir = WindowSettings::lastFolder(QStringLiteral("import"));
    const QStringList files = Dialogs::openFileNames(m_window, tr("Import Profiles"), dir,
                                                     tr("Profile files (*.txt *.profile);;All files (*)"));
    if (files.isEmpty())
        return;
    WindowSettings::setLastFolder(QStringLiteral("import"), QFileInfo(files.first()).absolutePath());
    importPaths(files);
}

void ImportActions::paste()
{
    importMimeData(QApplication::clipboard()->mimeData());
}

void ImportActions::onImportsFinished(const QVector<FileImportResult> &results, bool cancelled)
{
    m_browse->refreshFromStore();
    if (results.isEmpty()) {
        Dialogs::inform(m_window, tr("Nothing imported"), tr("No profile files were found in what you chose."));
        return;
    }
    QStringList lines;
    bool anyRefused = false;
    QVector<FileImportResult> offers; // .bib files refused for bad entries, with readable ones
    for (const FileImportResult &r : results) {
        lines << TextReport::importLine(r);
        anyRefused = anyRefused || !r.ok;
        if (!r.ok && !r.badEntries.isEmpty() && r.readableEntries > 0)
            offers << r;
    }
    QString summary = TextReport::importTotals(results);
    if (cancelled)
        summary = tr("%1 (cancelled: the remaining files were not imported)").arg(summary);
    m_window->statusBar()->showMessage(summary, 10000);
    const bool onlyOffer = results.size() == 1 && offers.size() == 1 && !cancelled; // the offer says it all
    if ((anyRefused || cancelled || results.size() > 1) && !onlyOffer)
        Dialogs::inform(m_window, tr("Import finished"), summary, lines.join(QLatin1Char('\n')), anyRefused);
    offerReadableEntries(offers);
}

// Nothing of a .bib file with bad entries was stored; offer its readable
// entries, imported again the way `import --skip-bad` does.
void ImportActions::offerReadableEntries(const QVector<FileImportResult> &refused)
{
    QVector<ImportController::Batch> retries; // taken now: the next batch replaces what they come from
    for (const FileImportResult &r : refused)
        retries << m_imports->skipBadRetry(r);
    for (int i = 0; i < refused.size(); ++i) {
        const FileImportResult &r = refused.at(i);
        const QString name = QFileInfo(r.source).fileName().isEmpty() ? r.source : QFileInfo(r.source).fileName();
        const QString text = tr("%n entries of %1 cannot be read, so nothing of the file was imported. "
                                "Import its readable entries without them?", nullptr, int(r.badEntries.size()))
                                 .arg(name);
        if (Dialogs::offer(m_window, tr("Bad Entries in %1").arg(name), text, r.badEntries,
                           tr("Import %n Readable Entries", nullptr, r.readableEntries)))
            m_imports->start(retries.at(i));
    }
}

void ImportActions::addRecentImports(const QStringList &paths)
{
    WindowSettings::addRecentImports(paths);
    rebuildRecentMenu();
}

void ImportActions::rebuildRecentMenu()
{
    m_recentMenu->clear();
    const QStringList recent = WindowSettings::recentImports();
    for (const QString &path : recent) {
        QAction *action = m_recentMenu->addAction(QFileInfo(path).fileName());
        action->setToolTip(path);
        connect(action, &QAction::triggered, this, [this, path] { importPaths({path}); });
    }
    m_recentMenu->setEnabled(!recent.isEmpty());
}
