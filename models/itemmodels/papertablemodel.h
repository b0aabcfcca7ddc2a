#pragma once
// The paper list as a table over a PaperStore (not owned). The row count
// comes from SQL; rows are fetched in pages around what the view asks for and
// only a bounded number of pages is kept (least recently used goes first), so
// a million-paper store opens at once and memory stays flat. Never loops over
// all rows and never holds SQL: everything goes through PaperStore's API.
// After an import the owner calls refresh().

#include "paperfilter.h"
#include "paperrecord.h"
#include "abstractpaperstore.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QVector>

class PaperTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { TitleColumn, FirstAuthorColumn, YearColumn, CategoryColumn, AffiliationsColumn,
                  CodeColumn, ColumnCount };
    enum Role { PaperIdRole = Qt::UserRole + 1, CitationKeyRole, CategoryRole };

    static constexpr int pageSize = 256;
    static constexpr int maxCachedPages = 16;

    explicit PaperTableModel(AbstractPaperStore &store, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

    void setFilter(const PaperFilter &filter);
    PaperFilter filter() const { return m_filter; }
    int sortColumn() const { return m_sortColumn; }
    Qt::SortOrder sortOrder() const { return m_sortOrder; }

    // Recounts and drops the cache (after an import or any change to the store).
    void refresh();

    qint64 paperId(int row) const;           // 0 when out of range
    int rowOfPaper(qint64 id) const;         // -1 when not in a cached page
    // The rows of these papers under the filter and sort, -1 for one not
    // listed: from the cached pages, else from one ordered id list.
    QVector<int> rowsOfPapers(const QVector<qint64> &ids) const;
    // The papers of these rows (0 for one out of range), without reading
    // their records: from the cached pages, else from one ordered id list
    // (which the in-memory index answers from memory).
    QVector<qint64> paperIdsOfRows(const QVector<int> &rows) const;
    PaperRecord paperAt(int row) const;      // without profiles; id 0 when out of range
    int totalCount() const { return m_totalCount; }   // unfiltered, as of the last refresh
    int cachedPageCount() const { return int(m_pages.size()); }

    // "Loubna Ben Allal et al." for several or truncated authors.
    static QString firstAuthorText(const PaperRecord &paper);

signals:
    void countsChanged();

private:
    const PaperRecord *record(int row) const;
    void recount(bool total);

    AbstractPaperStore &m_store;
    PaperFilter m_filter;
    int m_sortColumn = YearColumn;
    Qt::SortOrder m_sortOrder = Qt::DescendingOrder;
    int m_rowCount = 0;
    int m_totalCount = 0;
    mutable QHash<int, QVector<PaperRecord>> m_pages; // page number -> rows
    mutable QVector<int> m_recent;                    // page numbers, most recent last
};
