#include "organisebench.h"

#include "benchutil.h"
#include "collectionstore.h"
#include "facetmodel.h"
#include "mainwindow.h"
#include "organisecontroller.h"
#include "organisecounts.h"
#include "organisestore.h"
#include "paperlistview.h"
#include "paperstore.h"
#include "papertablemodel.h"
#include "storeindex.h"

#include <QCoreApplication>
#include <QDockWidget>
#include <QEventLoop>
#include <QItemSelectionModel>
#include <QTableView>
#include <QUndoStack>

namespace {

const int tagCount = 10;
const QString collection = QStringLiteral("Thesis");
const QString nested = QStringLiteral("Chapter 2");

QString tagName(int i)
{
    return QStringLiteral("topic-%1").arg(i);
}

} // namespace

namespace OrganiseBench {

bool setUp(PaperStore &store, QString *error)
{
    const QVector<qint64> all = store.paperIds(PaperFilter(), PaperSort::Date, Qt::AscendingOrder);
    QVector<QVector<qint64>> tagged(tagCount);
    QVector<qint64> starred, read, reading, inThesis, inChapter;
    for (int i = 0; i < all.size(); ++i) {
        const qint64 id = all.at(i);
        if (i % 5 == 0)
            tagged[(i / 5) % tagCount] << id; // a fifth of the papers, one tag each
        if (i % 20 == 0)
            starred << id;
        if (i % 7 == 0)
            read << id;
        else if (i % 11 == 0)
            reading << id;
        if (i % 10 == 1)
            inThesis << id;
        if (i % 30 == 2)
            inChapter << id;
    }
    OrganiseStore org(store);
    CollectionStore collections(org);
    bool ok = true;
    for (int t = 0; t < tagCount; ++t)
        ok = ok && org.addTag(tagName(t), tagged.at(t)) >= 0;
    ok = ok && org.setStarred(starred, true) >= 0 && org.setState(read, 2) >= 0 && org.setState(reading, 1) >= 0;
    if (ok && !collections.hasCollection(collection))
        ok = collections.createCollection(collection) && collections.createCollection(nested, collection);
    ok = ok && collections.addPapers(collection, inThesis) >= 0 && collections.addPapers(nested, inChapter) >= 0;
    if (!ok)
        *error = org.error();
    return ok;
}

QVector<FilterCase> filters()
{
    QVector<FilterCase> cases;
    FilterCase c;
    c.key = QStringLiteral("tag");
    c.label = QStringLiteral("tag %1").arg(tagName(0));
    c.filter.tags = QStringList{tagName(0)};
    cases << c;
    c = FilterCase();
    c.key = QStringLiteral("starred");
    c.label = QStringLiteral("starred");
    c.filter.starredOnly = true;
    cases << c;
    c = FilterCase();
    c.key = QStringLiteral("collection");
    c.label = QStringLiteral("collection %1 (with %2 nested)").arg(collection, nested);
    c.filter.collections = QStringList{collection};
    cases << c;
    return cases;
}

void probe(MainWindow &window, PaperStore &store, const Report &report, const Reset &reset)
{
    StoreIndex *index = store.index();
    const auto clear = [index] {
        if (index)
            index->clearCaches();
    };
    PaperTableModel *model = window.paperModel();
    QTableView *table = window.listView()->tableView();
    QWidget *viewport = table->viewport();
    OrganiseController *organise = window.findChild<OrganiseController *>();
    // The Organise panel shown, as when a user works with it (a hidden one counts nothing).
    if (organise) {
        organise->dock()->show();
        QCoreApplication::processEvents();
    }
    for (const FilterCase &c : filters()) {
        const QString key = QStringLiteral("organise.") + c.key;
        report(key + QStringLiteral(".list"), BenchUtil::medianMs([&] { reset(PaperFilter()); }, [&] {
                   model->setFilter(c.filter);
                   viewport->repaint();
               }));
        report(key + QStringLiteral(".rows"), model->rowCount());
        // What the window counts under the filter: the four facets and the Organise panel's.
        report(key + QStringLiteral(".counts"), BenchUtil::medianMs(clear, [&] {
                   for (int i = 0; i < 4; ++i)
                       window.facetModel(i)->refresh(c.filter);
                   const OrganiseCounts counts(store);
                   for (OrganiseFacet f : {OrganiseFacet::Starred, OrganiseFacet::State, OrganiseFacet::Tag})
                       counts.counts(f, c.filter, true);
               }));
    }
    reset(PaperFilter());
    if (!organise)
        return;
    report(QStringLiteral("organise.panel"), BenchUtil::medianMs(clear, [&] { organise->refreshPanel(); }));

    // 10k papers selected in the list, one tag added to them (one undo step).
    const int n = qMin(10000, model->rowCount());
    QItemSelection rows(model->index(0, 0), model->index(n - 1, model->columnCount() - 1));
    table->selectionModel()->select(rows, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    QUndoStack *undo = window.undoStack();
    // Over OrganiseJob::threshold papers a change, its undo and its redo run
    // on a worker thread: each is timed until it is done and the window painted.
    const auto waitForJob = [organise] {
        while (organise->job()->isBusy())
            QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents);
        QCoreApplication::processEvents();
    };
    bool tagged = false;
    report(QStringLiteral("organise.tag10k"), BenchUtil::medianMs([&] {
               if (tagged) {
                   undo->undo();
                   waitForJob();
               }
               tagged = false;
               clear();
               QCoreApplication::processEvents();
           }, [&] {
               organise->tagSelected(QStringLiteral("bench-selection"));
               waitForJob(); // until the undo step is pushed
               tagged = true;
               window.repaint();
           }));
    QCoreApplication::processEvents();
    if (tagged) {
        report(QStringLiteral("organise.tag10k.undo"), BenchUtil::medianMs(clear, [&] {
                   undo->undo();
                   waitForJob();
                   window.repaint();
               }, 1));
    }
    table->clearSelection();
    reset(PaperFilter());
}

} // namespace OrganiseBench
