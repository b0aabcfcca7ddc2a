#include "browsecontroller.h"

#include "bibtexwriter.h"
#include "chartdock.h"
#include "chartmodels.h"
#include "chartview.h"
#include "facetmodel.h"
#include "filterpanel.h"
#include "paperdetailview.h"
#include "paperlistview.h"
#include "abstractpaperstore.h"
#include "papertablemodel.h"
#include "storeindex.h"

#include <QItemSelection>
#include <QLabel>
#include <QScrollBar>
#include <QStatusBar>
#include <QTableView>
#include <QTimer>

#include <algorithm>

BrowseController::BrowseController(AbstractPaperStore &store, const Parts &parts, QObject *parent)
    : QObject(parent), m_store(store), m_parts(parts), m_statusLabel(new QLabel(parts.statusBar))
{
    m_statusLabel->setObjectName(QStringLiteral("paperCountLabel"));
    m_parts.statusBar->addWidget(m_statusLabel, 1);
    connectIndex();
    connectInputs();
}

void BrowseController::connectIndex()
{
    // The list, the counts and the charts answer from memory (storeindex.h);
    // a large store's index is read in the background and says when it is in.
    StoreIndex *index = m_store.index();
    if (!index)
        return;
    connect(index, &StoreIndex::ready, this, [this] {
        // The filter the list shows: a text still looked up follows with textReady().
        const PaperFilter shown = m_parts.papers->filter();
        for (FacetModel *facet : m_parts.facets)
            facet->refresh(shown);
        m_parts.charts->refresh(shown);
    });
    connect(index, &StoreIndex::textReady, this, [this](const QString &text) {
        if (text != m_filter.text)
            return;
        if (m_parts.statusBar->currentMessage() == tr("Searching…"))
            m_parts.statusBar->clearMessage();
        applyFilter();
    });
}

void BrowseController::connectInputs()
{
    for (int list = 0; list < FilterPanel::listCount; ++list) {
        connect(m_parts.facets[list], &FacetModel::checkedValuesChanged, this, [this, list](const QStringList &v) {
            setListValues(list, v);
            applyFilter();
        });
    }
    FilterPanel *panel = m_parts.filterPanel;
    connect(panel, &FilterPanel::searchTextChanged, this, &BrowseController::setSearchText);
    connect(panel, &FilterPanel::hasCodeOnlyChanged, this, [this](bool on) {
        m_filter.hasCodeOnly = on;
        applyFilter();
    });
    connect(panel, &FilterPanel::hasArxivOnlyChanged, this, [this](bool on) {
        m_filter.hasArxivOnly = on;
        applyFilter();
    });
    connect(panel, &FilterPanel::clearRequested, this, &BrowseController::clearFilters);
    connect(m_parts.listView, &PaperListView::clearFiltersRequested, this, &BrowseController::clearFilters);
    QTableView *table = m_parts.listView->tableView();
    connect(table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &BrowseController::showCurrentPaper);
    connect(m_parts.papers, &QAbstractItemModel::modelReset, this, &BrowseController::showCurrentPaper);

    const ChartView *charts = m_parts.charts->view();
    connect(charts, &ChartView::yearToggled, this, [this](int year, bool additive) {
        toggleFromChart(FilterPanel::Years, QString::number(year), additive);
    });
    connect(charts, &ChartView::categoryToggled, this, [this](const QString &category, bool additive) {
        toggleFromChart(FilterPanel::Categories, category, additive);
    });
    connect(charts, &ChartView::affiliationToggled, this, [this](const QString &affiliation, bool additive) {
        toggleFromChart(FilterPanel::Affiliations, affiliation, additive);
    });
}

void BrowseController::setSearchText(const QString &text)
{
    m_filter.text = text;
    // A common word is looked up off the GUI thread; the list follows when it is in.
    if (StoreIndex *index = m_store.index(); index && index->prepareText(text)) {
        QTimer::singleShot(150, this, [this, text] { // only when it takes a while
            if (m_filter.text == text && m_parts.papers->filter().text != text)
                m_parts.statusBar->showMessage(tr("Searching…"));
        });
        return;
    }
    applyFilter();
}

void BrowseController::setListValues(int list, const QStringList &values)
{
    switch (list) {
    case FilterPanel::Categories:
        m_filter.categories = values;
        break;
    case FilterPanel::Years:
        m_filter.years.clear();
        for (const QString &year : values)
            m_filter.years << year.toInt();
        break;
    case FilterPanel::Affiliations:
        m_filter.affiliations = values;
        break;
    case FilterPanel::Profiles:
        m_filter.profiles = values;
        break;
    case FilterPanel::EntryTypes:
        m_filter.entryTypes = values;
        break;
    case FilterPanel::Venues:
        m_filter.venues = values;
        break;
    }
}

void BrowseController::toggleFromChart(int list, const QString &value, bool additive)
{
    const QStringList values = ChartModels::toggled(m_parts.facets[list]->checkedValues(), value, additive);
    m_parts.facets[list]->setCheckedValues(values);
    setListValues(list, values);
    applyFilter();
}

void BrowseController::restoreFilter(const PaperFilter &filter)
{
    m_filter = filter;
    m_parts.facets[FilterPanel::Categories]->setCheckedValues(m_filter.categories);
    QStringList years;
    for (int y : m_filter.years)
        years << QString::number(y);
    m_parts.facets[FilterPanel::Years]->setCheckedValues(years);
    m_parts.facets[FilterPanel::Affiliations]->setCheckedValues(m_filter.affiliations);
    m_parts.facets[FilterPanel::Profiles]->setCheckedValues(m_filter.profiles);
    m_parts.facets[FilterPanel::EntryTypes]->setCheckedValues(m_filter.entryTypes);
    m_parts.facets[FilterPanel::Venues]->setCheckedValues(m_filter.venues);
    m_parts.filterPanel->setSearchText(m_filter.text);
    m_parts.filterPanel->setHasCodeOnly(m_filter.hasCodeOnly);
    m_parts.filterPanel->setHasArxivOnly(m_filter.hasArxivOnly);
}

void BrowseController::clearFilters()
{
    m_filter = PaperFilter();
    for (FacetModel *facet : m_parts.facets)
        facet->clearChecks();
    m_parts.filterPanel->setSearchText(QString());
    m_parts.filterPanel->setHasCodeOnly(false);
    m_parts.filterPanel->setHasArxivOnly(false);
    applyFilter();
}

void BrowseController::dropProfile(const QString &name)
{
    m_filter.profiles.removeAll(name);
    m_parts.facets[FilterPanel::Profiles]->setCheckedValues(m_filter.profiles);
}

void BrowseController::applyFilter()
{
    m_parts.papers->setFilter(m_filter);
    for (FacetModel *facet : m_parts.facets)
        facet->refresh(m_filter);
    m_parts.charts->refresh(m_filter);
    updateStatus();
}

void BrowseController::refreshFromStore()
{
    // The list is reset: the same papers are selected afterwards where they are still listed.
    const QVector<qint64> selected = selectedIds();
    const qint64 current = currentId();
    QTableView *table = m_parts.listView->tableView();
    const int scrolled = table->verticalScrollBar()->value();
    m_parts.papers->setFilter(m_filter); // a removal may have changed the filter too
    m_parts.papers->refresh();
    restoreSelection(selected, current);
    table->verticalScrollBar()->setValue(scrolled);
    for (FacetModel *facet : m_parts.facets)
        facet->refresh(m_filter);
    m_parts.charts->refresh(m_filter);
    updateStatus();
    emit storeChanged();
}

QString BrowseController::statusText() const
{
    return m_statusLabel->text();
}

void BrowseController::updateStatus()
{
    const int shown = m_parts.papers->rowCount();
    const int total = m_parts.papers->totalCount();
    const QString papers = tr("%Ln papers", nullptr, total);
    m_statusLabel->setText(shown == total ? papers : tr("%L1 of %2").arg(shown).arg(papers));
    if (total == 0)
        m_parts.listView->setState(PaperListView::State::EmptyStore);
    else if (shown == 0)
        m_parts.listView->setState(PaperListView::State::NoMatches);
    else
        m_parts.listView->setState(PaperListView::State::List);
}

void BrowseController::showCurrentPaper()
{
    const qint64 id = currentId();
    if (id == 0) {
        m_parts.detail->clear();
        return;
    }
    const PaperRecord paper = m_store.paper(id);
    m_parts.detail->setPaper(paper, BibtexWriter().entry(paper));
}

QVector<qint64> BrowseController::selectedIds() const
{
    // From the selection's ranges: selectedRows() makes an index per row and
    // asks each one column by column (a quarter second for 10k rows); the
    // ids from the model's id order, not from each row's record.
    const QItemSelectionModel *selection = m_parts.listView->tableView()->selectionModel();
    const int lastColumn = m_parts.papers->columnCount() - 1;
    QVector<int> rows;
    for (const QItemSelectionRange &range : selection->selection()) {
        if (range.left() != 0 || range.right() != lastColumn)
            continue; // not whole rows (the list selects rows; selectedRows() skips these too)
        for (int row = range.top(); row <= range.bottom(); ++row)
            rows << row;
    }
    std::sort(rows.begin(), rows.end());
    rows.erase(std::unique(rows.begin(), rows.end()), rows.end());
    // Without reading the rows' records (10k selected rows are 40 pages).
    QVector<qint64> ids = m_parts.papers->paperIdsOfRows(rows);
    ids.removeAll(0);
    return ids;
}

int BrowseController::currentRow() const
{
    return m_parts.listView->tableView()->selectionModel()->currentIndex().row();
}

qint64 BrowseController::currentId() const
{
    const int row = currentRow();
    return row >= 0 ? m_parts.papers->paperId(row) : 0;
}

void BrowseController::restoreSelection(const QVector<qint64> &ids, qint64 current)
{
    if (ids.isEmpty() && current == 0)
        return;
    QVector<qint64> wanted = ids;
    wanted << current;
    const QVector<int> rows = m_parts.papers->rowsOfPapers(wanted);
    QVector<int> listed;
    for (int i = 0; i + 1 < rows.size(); ++i) {
        if (rows.at(i) >= 0)
            listed << rows.at(i);
    }
    std::sort(listed.begin(), listed.end());
    QItemSelection selection; // runs of rows as one range each
    for (int i = 0; i < listed.size();) {
        int j = i;
        while (j + 1 < listed.size() && listed.at(j + 1) <= listed.at(j) + 1)
            ++j;
        selection.select(m_parts.papers->index(listed.at(i), 0), m_parts.papers->index(listed.at(j), 0));
        i = j + 1;
    }
    QItemSelectionModel *model = m_parts.listView->tableView()->selectionModel();
    model->select(selection, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    if (rows.constLast() >= 0)
        model->setCurrentIndex(m_parts.papers->index(rows.constLast(), 0), QItemSelectionModel::NoUpdate);
}

void BrowseController::selectPaper(qint64 id)
{
    const int row = m_parts.papers->rowOfPaper(id);
    if (row >= 0)
        m_parts.listView->tableView()->selectRow(row);
}
