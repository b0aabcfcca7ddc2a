#include "windowprobe.h"

#include "benchscenario.h"
#include "benchutil.h"
#include "chartdock.h"
#include "chartmodels.h"
#include "dialogs.h"
#include "facetmodel.h"
#include "filterpanel.h"
#include "mainwindow.h"
#include "paperstore.h"
#include "organisebench.h"
#include "paperlistview.h"
#include "papertablemodel.h"
#include "sqlitefloor.h"
#include "storeindex.h"

#include <QApplication>
#include <QLineEdit>
#include <QSettings>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTextStream>
#include <QThread>

#include <cstdio>

namespace {

QTextStream &out()
{
    static QTextStream stream(stdout);
    return stream;
}

// PAPERSCOPE_BENCH_MEMORY=1: each figure also notes the resident memory
// (now and peak) on stderr, to see which step makes the peak.
void report(const QString &key, double value)
{
    out() << key << '\t' << QString::number(value, 'f', 3) << '\n';
    out().flush();
    // The probe turns the event loop by hand, at the level where objects
    // were given to deleteLater() (Qt Charts' items of a replaced series),
    // which only a running exec() would delete: delete them as the app does.
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    static const bool trace = qEnvironmentVariableIsSet("PAPERSCOPE_BENCH_MEMORY");
    if (trace) {
        fprintf(stderr, "memory after %s: rss %lld kB, peak %lld kB\n", qPrintable(key),
                BenchUtil::statusKb("VmRSS"), BenchUtil::statusKb("VmHWM"));
    }
}

// Notes the first paint of a widget.
class PaintWatch : public QObject
{
public:
    bool painted = false;
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Paint)
            painted = true;
        return QObject::eventFilter(watched, event);
    }
};

bool tick(FacetModel *model, const QString &value, bool on)
{
    for (int row = 0; row < model->rowCount(); ++row) {
        const QModelIndex index = model->index(row, 0);
        if (index.data(FacetModel::ValueRole).toString() == value)
            return model->setData(index, int(on ? Qt::Checked : Qt::Unchecked), Qt::CheckStateRole);
    }
    return false;
}

} // namespace

namespace WindowProbe {

int run(const QString &storePath, const QElapsedTimer &started, bool openOnly, bool untilIndex)
{
    QTemporaryDir settings;
    QSettings::setDefaultFormat(QSettings::IniFormat);
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, settings.path());
    QCoreApplication::setOrganizationName(QStringLiteral("PaperscopeBench"));
    QCoreApplication::setApplicationName(QStringLiteral("paperscope-bench"));
    Dialogs::setSuppressMessages(true);

    PaperStore store;
    if (!store.open(storePath)) {
        fprintf(stderr, "cannot open %s: %s\n", qPrintable(storePath), qPrintable(store.lastError()));
        return 1;
    }
    MainWindow window(store);
    window.resize(1280, 800);
    QTableView *table = window.listView()->tableView();
    PaintWatch watch;
    // The table's rows, or the empty state when the store is empty.
    QWidget *shown = window.listView()->currentWidget();
    (shown == table ? table->viewport() : shown)->installEventFilter(&watch);
    window.show();
    while (!watch.painted && started.elapsed() < 120000)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
    report(QStringLiteral("open.ms"), BenchUtil::elapsedMs(started));
    report(QStringLiteral("open.rss_kb"), double(BenchUtil::statusKb("VmHWM")));
    report(QStringLiteral("open.rows"), window.paperModel()->rowCount());
    if (openOnly)
        return 0;

    // The in-memory index of a large store is read in the background after
    // the first rows; the figures below are for the window once it is in.
    StoreIndex *index = store.index();
    const auto settle = [&] {
        while (index && (index->isBuilding() || !index->isFresh()) && started.elapsed() < 600000)
            QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
        QCoreApplication::processEvents();
    };
    settle();
    report(QStringLiteral("index.ms"), BenchUtil::elapsedMs(started));
    report(QStringLiteral("index.rss_kb"), double(BenchUtil::statusKb("VmRSS")));
    if (untilIndex)
        return 0;

    PaperTableModel *model = window.paperModel();
    QWidget *viewport = table->viewport();
    ChartModels *charts = window.findChild<ChartDock *>()->models();
    charts->setLive(true);
    // Every timed step starts from nothing kept for its filter, as when the
    // user picks it for the first time.
    const auto resetList = [&](const PaperFilter &filter) {
        if (index)
            index->clearCaches();
        model->setFilter(filter);
        model->sort(PaperTableModel::YearColumn, Qt::DescendingOrder);
        table->scrollToTop();
        viewport->repaint();
    };
    // PAPERSCOPE_BENCH_ONLY=organise: only the organise figures (tag 10k and
    // its undo), for timing that change on its own, process by process.
    if (qEnvironmentVariable("PAPERSCOPE_BENCH_ONLY") == QLatin1String("organise")) {
        OrganiseBench::probe(window, store, report, resetList);
        return 0;
    }

    // The window looks a search's matches up before it applies the filter
    // (StoreIndex::prepareText; the window figures below include that): the
    // list, counts and charts figures here start once they are in.
    const auto matchesIn = [&](const PaperFilter &filter) {
        if (index) {
            index->clearCaches();
            if (index->prepareText(filter.text)) {
                QSignalSpy textReady(index, &StoreIndex::textReady);
                textReady.wait(120000);
            }
        }
    };
    for (const FilterCase &c : BenchScenario::filters()) {
        const QString key = QStringLiteral("filter.") + c.key;
        report(key + QStringLiteral(".list"), BenchUtil::medianMs([&] {
                   resetList(PaperFilter());
                   matchesIn(c.filter);
               }, [&] {
                   model->setFilter(c.filter);
                   viewport->repaint();
               }));
        report(key + QStringLiteral(".rows"), model->rowCount());
        report(key + QStringLiteral(".counts"), BenchUtil::medianMs([&] { matchesIn(c.filter); }, [&] {
                   for (int i = 0; i < 4; ++i)
                       window.facetModel(i)->refresh(c.filter);
               }));
        report(key + QStringLiteral(".charts"), BenchUtil::medianMs([&] { matchesIn(c.filter); },
                                                                   [&] { charts->refresh(c.filter); }));
    }
    resetList(PaperFilter());
    for (int i = 0; i < 4; ++i)
        window.facetModel(i)->refresh(PaperFilter());

    // Through the window: a tick in the category list, and a search typed and
    // confirmed with Enter (list, counts, status bar, repaint).
    FacetModel *categories = window.facetModel(FilterPanel::Categories);
    const QString category = BenchScenario::filters().first().filter.categories.first();
    report(QStringLiteral("window.category"), BenchUtil::medianMs([&] {
               tick(categories, category, false);
               if (index)
                   index->clearCaches();
               window.repaint();
               QCoreApplication::processEvents();
           }, [&] {
               tick(categories, category, true);
               window.repaint();
           }));
    tick(categories, category, false);
    QLineEdit *search = window.filterPanel()->searchField();
    for (const FilterCase &c : BenchScenario::filters()) {
        if (!c.key.startsWith(QLatin1String("search.")))
            continue;
        // Enter to the results painted, and the longest the GUI thread was
        // busy meanwhile (a common word is looked up on a worker).
        double blocked = 0;
        report(QStringLiteral("window.") + c.key, BenchUtil::medianMs([&] {
                   search->clear();
                   emit search->returnPressed();
                   if (index)
                       index->clearCaches();
                   window.repaint(); // nothing left to paint from the step before
                   QCoreApplication::processEvents();
               }, [&] {
                   QElapsedTimer slice;
                   slice.start();
                   search->setText(c.filter.text);
                   emit search->returnPressed();
                   blocked = BenchUtil::elapsedMs(slice);
                   while (model->filter().text != c.filter.text && slice.isValid()) {
                       QThread::msleep(1); // idle, not counted
                       slice.restart();
                       QCoreApplication::processEvents();
                       blocked = qMax(blocked, BenchUtil::elapsedMs(slice));
                   }
                   window.repaint();
               }));
        report(QStringLiteral("window.%1.blocked").arg(c.key), blocked);
    }
    // A common word, and a rare one typed before the common one's look-up is
    // in: the first is cancelled (TextSearchWorker) and never reaches the
    // list; the figure is Enter on the rare word to its results painted.
    {
        QString common, rare;
        for (const FilterCase &c : BenchScenario::filters()) {
            if (c.key == QLatin1String("search.common"))
                common = c.filter.text;
            if (c.key == QLatin1String("search.rare"))
                rare = c.filter.text;
        }
        bool commonShown = false, everShown = false;
        const QMetaObject::Connection watchList = QObject::connect(model, &QAbstractItemModel::modelReset, [&] {
            commonShown = commonShown || model->filter().text == common;
        });
        report(QStringLiteral("window.search.superseded"), BenchUtil::medianMs([&] {
                   search->clear();
                   emit search->returnPressed();
                   if (index)
                       index->clearCaches();
                   window.repaint();
                   QCoreApplication::processEvents();
                   search->setText(common);
                   emit search->returnPressed();
               }, [&] {
                   commonShown = false; // a small store applied it at once, above: nothing to cancel there
                   search->setText(rare);
                   emit search->returnPressed();
                   while (model->filter().text != rare) {
                       QThread::msleep(1);
                       QCoreApplication::processEvents();
                   }
                   window.repaint();
                   everShown = everShown || commonShown;
               }));
        QObject::disconnect(watchList);
        report(QStringLiteral("window.search.superseded.shown"), everShown ? 1 : 0);
    }
    search->clear();
    emit search->returnPressed();

    for (const SortCase &s : BenchScenario::sorts()) {
        // The first sort by a column reads its order in the background (SQL meanwhile).
        resetList(s.filter);
        QElapsedTimer first;
        first.start();
        model->sort(s.column, s.order);
        viewport->repaint();
        report(s.key + QStringLiteral(".first"), BenchUtil::elapsedMs(first));
        settle();
        report(s.key + QStringLiteral(".list"), BenchUtil::medianMs([&] { resetList(s.filter); }, [&] {
                   model->sort(s.column, s.order);
                   viewport->repaint();
               }));
    }
    resetList(PaperFilter());
    report(QStringLiteral("scroll.end"), BenchUtil::medianMs([&] {
               table->scrollToTop();
               viewport->repaint();
           }, [&] {
               table->scrollToBottom();
               viewport->repaint();
           }));
    report(QStringLiteral("scroll.middle"), BenchUtil::medianMs([&] {
               table->scrollToTop();
               viewport->repaint();
           }, [&] {
               table->scrollTo(model->index(model->rowCount() / 2, 0), QAbstractItemView::PositionAtCenter);
               viewport->repaint();
           }));
    // Tags, star, collection (issue 18): last, as tagging changes the store.
    OrganiseBench::probe(window, store, report, resetList);
    report(QStringLiteral("peak.rss_kb"), double(BenchUtil::statusKb("VmHWM")));
    return 0;
}

int runFloor(const QString &storePath, const QElapsedTimer &started)
{
    SqliteFloor floor;
    QString error;
    if (!floor.open(storePath, &error)) {
        fprintf(stderr, "%s\n", qPrintable(error));
        return 1;
    }
    floor.queryMs(QStringLiteral("SELECT COUNT(*) FROM papers"), {}, 1);
    floor.queryMs(QStringLiteral("SELECT %1 FROM papers ORDER BY date DESC, id DESC LIMIT 50")
                      .arg(BenchScenario::floorColumns()), {}, 1);
    report(QStringLiteral("open.ms"), BenchUtil::elapsedMs(started));
    report(QStringLiteral("open.rss_kb"), double(BenchUtil::statusKb("VmHWM")));
    return 0;
}

} // namespace WindowProbe
