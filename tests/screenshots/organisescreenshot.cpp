// Developer tool (not a test): renders the window with the Organise side
// panel (stars, reading states, tags, nested collections, saved searches)
// for the README's "Organising" section. Usage:
//   paperscope_organise_screenshot OUTPUT_DIR PROFILE_FILE...
// Writes organise.png (the window), organise-panel.png (the panel) and
// organise-charts.png (the window with the collection Thesis ticked and the
// charts, which show that collection's papers).
#include "apptranslations.h"
#include "chartdock.h"
#include "collectionstore.h"
#include "dialogs.h"
#include "mainwindow.h"
#include "paperstore.h"
#include "organisecontroller.h"
#include "organisepanel.h"
#include "organisestore.h"
#include "paperlistview.h"
#include "papertablemodel.h"
#include "profileimporter.h"

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QDockWidget>
#include <QSettings>
#include <QStatusBar>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidgetItem>

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    AppTranslations::installEnglish();
    const QStringList args = QApplication::arguments();
    if (args.size() < 3) {
        qCritical("usage: paperscope_organise_screenshot OUTPUT_DIR PROFILE_FILE...");
        return 2;
    }
    QTemporaryDir scratch;
    QSettings::setDefaultFormat(QSettings::IniFormat);
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, scratch.path());
    Dialogs::setSuppressMessages(true);
    PaperStore store;
    if (!store.open(scratch.filePath(QStringLiteral("organise.sqlite"))))
        return 1;
    ProfileImporter importer(store);
    for (const QString &file : args.mid(2)) {
        if (!importer.importFile(file).ok)
            return 1;
    }
    // Some decisions, as a user would have made them.
    const QVector<qint64> ids = store.paperIds(PaperFilter(), PaperSort::Date, Qt::DescendingOrder);
    OrganiseStore org(store);
    CollectionStore collections(org);
    collections.createCollection(QStringLiteral("Thesis"));
    collections.createCollection(QStringLiteral("Chapter 2: benchmarks"), QStringLiteral("Thesis"));
    collections.createCollection(QStringLiteral("Chapter 3: agents"), QStringLiteral("Thesis"));
    collections.createCollection(QStringLiteral("Reading group"));
    collections.addPapers(QStringLiteral("Chapter 2: benchmarks"), ids.mid(0, 3));
    collections.addPapers(QStringLiteral("Chapter 3: agents"), ids.mid(2, 2));
    collections.addPapers(QStringLiteral("Reading group"), ids.mid(1, 4));
    org.addTag(QStringLiteral("benchmark"), ids.mid(0, 4));
    org.addTag(QStringLiteral("code generation"), ids.mid(1, 5));
    org.addTag(QStringLiteral("to cite"), ids.mid(3, 2));
    org.setStarred(ids.mid(0, 3), true);
    org.setState(ids.mid(0, 2), 2);
    org.setState(ids.mid(2, 1), 1);
    org.setNote(ids.first(), QStringLiteral("Compare with the baseline in §4."));
    PaperFilter saved;
    saved.hasCodeOnly = true;
    collections.saveSearch(QStringLiteral("With code"), saved);
    saved.tags = QStringList{QStringLiteral("to cite")};
    collections.saveSearch(QStringLiteral("To cite, with code"), saved);

    MainWindow window(store);
    window.resize(1280, 800);
    window.show();
    auto *organise = window.findChild<OrganiseController *>();
    organise->dock()->show();
    organise->refreshPanel();
    window.resizeDocks({organise->dock()}, {260}, Qt::Horizontal);
    window.listView()->tableView()->selectRow(0);
    window.statusBar()->clearMessage();
    QApplication::processEvents();
    QTest::qWait(300);
    const QDir out(args.at(1));
    bool ok = window.grab().save(out.filePath(QStringLiteral("organise.png")));
    organise->dock()->resize(300, 560);
    ok = organise->dock()->grab().save(out.filePath(QStringLiteral("organise-panel.png"))) && ok;
    // The charts scoped to a collection: Thesis ticked in the panel.
    window.findChild<QAction *>(QStringLiteral("actionShowCharts"))->trigger();
    organise->panel()->item(OrganisePanel::Collection, QStringLiteral("Thesis"))->setCheckState(0, Qt::Checked);
    QApplication::processEvents();
    QTest::qWait(500);
    ok = window.grab().save(out.filePath(QStringLiteral("organise-charts.png"))) && ok;
    qInfo("%s %s", ok ? "wrote" : "FAILED", qPrintable(out.filePath(QStringLiteral("organise*.png"))));
    return ok ? 0 : 1;
}
