// Developer tool (not a test): renders the real window offscreen in the
// states the README shows and writes PNGs. Usage:
//   paperscope_screenshots [--language LANG] [--size WxH] OUTPUT_DIR PROFILE_FILE...
// With --language (de, fr, es, zh_CN) it writes only main-LANG.png, the
// window with the profiles loaded, in that language. The window is
// 1280x800 unless --size says otherwise; at another size only the charts
// are taken, as charts-WxH.png and charts-profile-WxH.png.
#include "apptranslations.h"
#include "chartdock.h"
#include "chartmodels.h"
#include "chartview.h"
#include "dialogs.h"
#include "facetmodel.h"
#include "filterpanel.h"
#include "mainwindow.h"
#include "paperstore.h"
#include "importcontroller.h"
#include "papertablemodel.h"
#include "yearchartmodel.h"
#include "paperlistview.h"

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QLocale>
#include <QSettings>
#include <QStatusBar>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

namespace {
bool save(QWidget *window, const QString &path)
{
    QApplication::processEvents();
    QTest::qWait(300);
    const bool ok = window->grab().save(path);
    qInfo("%s %s", ok ? "wrote" : "FAILED", qPrintable(path));
    return ok;
}

void tick(FacetModel *model, const QString &value)
{
    for (int row = 0; row < model->rowCount(); ++row) {
        const QModelIndex index = model->index(row, 0);
        if (index.data(FacetModel::ValueRole).toString() == value)
            model->setData(index, Qt::Checked, Qt::CheckStateRole);
    }
}
} // namespace

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    QApplication::setApplicationVersion(QStringLiteral(PAPERSCOPE_VERSION));
    QStringList args = QApplication::arguments();
    QString language;
    QSize size(1280, 800);
    if (args.size() > 2 && args.at(1) == QLatin1String("--size")) {
        const QStringList wh = args.at(2).split(QLatin1Char('x'));
        size = QSize(wh.value(0).toInt(), wh.value(1).toInt());
        args.erase(args.begin() + 1, args.begin() + 3);
    }
    const QString suffix = size == QSize(1280, 800) ? QString() : QStringLiteral("-%1x%2").arg(size.width()).arg(size.height());
    if (args.size() > 2 && args.at(1) == QLatin1String("--language")) {
        language = args.at(2);
        args.erase(args.begin() + 1, args.begin() + 3);
        QLocale::setDefault(QLocale(language));
        if (AppTranslations::install(QLocale(language)).isEmpty()) {
            qCritical("no translation for %s", qPrintable(language));
            return 2;
        }
    } else {
        AppTranslations::installEnglish(); // as the app does: "1 paper", not "1 papers"
    }
    if (args.size() < 3) {
        qCritical("usage: paperscope_screenshots [--size WxH] [--language LANG] OUTPUT_DIR PROFILE_FILE...");
        return 2;
    }
    QTemporaryDir scratch;
    QSettings::setDefaultFormat(QSettings::IniFormat);
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, scratch.path());
    Dialogs::setSuppressMessages(true);
    const QDir out(args.at(1));
    PaperStore store;
    if (!store.open(scratch.filePath(QStringLiteral("shots.sqlite"))))
        return 1;
    MainWindow window(store);
    window.resize(size);
    window.show();
    bool ok = true;
    if (language.isEmpty() && suffix.isEmpty())
        ok = save(&window, out.filePath(QStringLiteral("empty.png")));

    window.importPaths(args.mid(2));
    QElapsedTimer timer;
    timer.start();
    while ((window.importController()->isBusy() || window.paperModel()->rowCount() == 0) && timer.elapsed() < 20000)
        QTest::qWait(50);
    window.listView()->tableView()->selectRow(0);
    window.statusBar()->clearMessage();
    if (!language.isEmpty())
        return save(&window, out.filePath(QStringLiteral("main-%1.png").arg(language))) ? 0 : 1;
    if (suffix.isEmpty()) {
        ok = save(&window, out.filePath(QStringLiteral("main.png"))) && ok;
        tick(window.facetModel(FilterPanel::Categories), QStringLiteral("SE"));
        tick(window.facetModel(FilterPanel::Affiliations), QStringLiteral("microsoft-research"));
        window.listView()->tableView()->selectRow(0);
        ok = save(&window, out.filePath(QStringLiteral("filtered.png"))) && ok;
    }

    // The charts dock for the whole store, then with the busiest year's bar
    // clicked (one filter), then the profile page for the first profile.
    window.clearFilters();
    window.findChild<QAction *>(QStringLiteral("actionShowCharts"))->trigger();
    window.resizeDocks({window.chartDock()}, {size.height() * 45 / 100}, Qt::Vertical);
    window.listView()->tableView()->selectRow(0);
    ok = save(&window, out.filePath(QStringLiteral("charts%1.png").arg(suffix))) && ok;
    ChartView *charts = window.chartDock()->view();
    const YearChartModel *years = window.chartDock()->models()->years();
    int busiest = 0;
    for (int row = 1; row < years->rowCount(); ++row) {
        if (years->yearTotal(row) > years->yearTotal(busiest))
            busiest = row;
    }
    emit charts->yearToggled(years->year(busiest), false);
    window.listView()->tableView()->selectRow(0);
    if (suffix.isEmpty())
        ok = save(&window, out.filePath(QStringLiteral("charts-filtered.png"))) && ok;
    window.clearFilters();
    FacetModel *profiles = window.facetModel(FilterPanel::Profiles);
    if (profiles->rowCount() > 0)
        tick(profiles, profiles->index(0, 0).data(FacetModel::ValueRole).toString());
    charts->setCurrentPage(ChartView::Page::Profiles);
    window.listView()->tableView()->selectRow(0);
    ok = save(&window, out.filePath(QStringLiteral("charts-profile%1.png").arg(suffix))) && ok;
    if (suffix.isEmpty()) {
        // View > Charts Fill the Window, back on the overview.
        charts->setCurrentPage(ChartView::Page::Overview);
        window.chartDock()->fillAction()->trigger();
        ok = save(&window, out.filePath(QStringLiteral("charts-fill.png"))) && ok;
    }
    return ok ? 0 : 1;
}
