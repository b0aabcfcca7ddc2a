#pragma once
// Keeps browsing in step for the window: the filter (facet ticks, search,
// check boxes, clicks on the charts) drives the list, the facet counts and
// the charts; the current row drives the detail pane; the status line says
// "N of M papers". Holds the window's PaperFilter. Never writes the store.

#include "paperfilter.h"

#include <QObject>
#include <QVector>

#include <array>

class ChartDock;
class FacetModel;
class FilterPanel;
class PaperDetailView;
class PaperListView;
class AbstractPaperStore;
class PaperTableModel;
class QLabel;
class QStatusBar;

class BrowseController : public QObject
{
    Q_OBJECT
public:
    // What it keeps in step; the window owns all of it.
    struct Parts
    {
        PaperTableModel *papers = nullptr;
        std::array<FacetModel *, 6> facets{}; // indexed by FilterPanel::List
        FilterPanel *filterPanel = nullptr;
        PaperListView *listView = nullptr;
        PaperDetailView *detail = nullptr;
        ChartDock *charts = nullptr;
        QStatusBar *statusBar = nullptr;
    };
    BrowseController(AbstractPaperStore &store, const Parts &parts, QObject *parent);

    PaperFilter filter() const { return m_filter; }
    PaperTableModel *papers() const { return m_parts.papers; }
    // Shows a saved filter in the facet lists and the filter panel.
    void restoreFilter(const PaperFilter &filter);
    void clearFilters();
    // Takes a profile out of the filter (before it is removed from the store).
    void dropProfile(const QString &name);

    void applyFilter();
    // After the store changed: the list, counts, charts and status follow;
    // the selected and the current paper stay so where they are still listed.
    void refreshFromStore();
    void showCurrentPaper();

    QVector<qint64> selectedIds() const;
    int currentRow() const;      // -1 without a current row
    qint64 currentId() const;    // 0 without a current paper
    void selectPaper(qint64 id); // when the list shows it
    QString statusText() const;

signals:
    void storeChanged();

private:
    void connectIndex();
    void connectInputs();
    void setSearchText(const QString &text);
    // list is a FilterPanel::List.
    void setListValues(int list, const QStringList &values);
    void toggleFromChart(int list, const QString &value, bool additive);
    // After a reset of the list: these papers selected and current again where listed.
    void restoreSelection(const QVector<qint64> &ids, qint64 current);
    void updateStatus();

    AbstractPaperStore &m_store;
    Parts m_parts;
    PaperFilter m_filter;
    QLabel *m_statusLabel;
};
