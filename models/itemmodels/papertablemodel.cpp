#include "papertablemodel.h"

namespace {

PaperSort sortFor(int column)
{
    switch (column) {
    case PaperTableModel::TitleColumn: return PaperSort::Title;
    case PaperTableModel::FirstAuthorColumn: return PaperSort::FirstAuthor;
    case PaperTableModel::YearColumn: return PaperSort::Date; // within a year, by date
    case PaperTableModel::CategoryColumn: return PaperSort::Category;
    case PaperTableModel::AffiliationsColumn: return PaperSort::Affiliations;
    case PaperTableModel::CodeColumn: return PaperSort::Code;
    }
    return PaperSort::Date;
}

QString authorsText(const PaperRecord &paper)
{
    QString text = paper.authors.join(QStringLiteral(", "));
    if (paper.authorsTruncated)
        text = PaperTableModel::tr("%1 et al.").arg(text);
    return text;
}

} // namespace

PaperTableModel::PaperTableModel(AbstractPaperStore &store, QObject *parent)
    : QAbstractTableModel(parent), m_store(store)
{
    recount(true);
}

int PaperTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_rowCount;
}

int PaperTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString PaperTableModel::firstAuthorText(const PaperRecord &paper)
{
    if (paper.authors.isEmpty())
        return QString();
    if (paper.authors.size() > 1 || paper.authorsTruncated)
        return tr("%1 et al.").arg(paper.authors.first());
    return paper.authors.first();
}

QVariant PaperTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.parent().isValid() || index.column() >= ColumnCount)
        return QVariant();
    const PaperRecord *paper = record(index.row());
    if (!paper)
        return QVariant();
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case TitleColumn: return paper->title;
        case FirstAuthorColumn: return firstAuthorText(*paper);
        case YearColumn: return paper->date.isValid() ? QVariant(paper->date.year()) : QVariant();
        case CategoryColumn: return paper->category;
        case AffiliationsColumn: return paper->affiliations.join(QStringLiteral(", "));
        case CodeColumn: return paper->hasCode ? QString(QChar(0x2713)) : QString();
        }
        break;
    case Qt::ToolTipRole:
        switch (index.column()) {
        case TitleColumn: return paper->title;
        case FirstAuthorColumn: return authorsText(*paper);
        case AffiliationsColumn: return paper->affiliations.join(QStringLiteral(", "));
        }
        break;
    case Qt::TextAlignmentRole:
        if (index.column() == YearColumn || index.column() == CodeColumn)
            return int(Qt::AlignCenter);
        break;
    case PaperIdRole: return paper->id;
    case CitationKeyRole: return paper->citationKey;
    case CategoryRole: return paper->category;
    }
    return QVariant();
}

QVariant PaperTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case TitleColumn: return tr("Title");
    case FirstAuthorColumn: return tr("First author");
    case YearColumn: return tr("Year");
    case CategoryColumn: return tr("Category");
    case AffiliationsColumn: return tr("Affiliations");
    case CodeColumn: return tr("Code");
    }
    return QVariant();
}

Qt::ItemFlags PaperTableModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    // Dragged onto a tag or a collection in the side panel (OrganisePanel).
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemNeverHasChildren | Qt::ItemIsDragEnabled;
}

void PaperTableModel::sort(int column, Qt::SortOrder order)
{
    if (column < 0 || column >= ColumnCount || (column == m_sortColumn && order == m_sortOrder))
        return;
    beginResetModel();
    m_sortColumn = column;
    m_sortOrder = order;
    m_pages.clear();
    m_recent.clear();
    endResetModel();
}

void PaperTableModel::setFilter(const PaperFilter &filter)
{
    if (filter == m_filter)
        return;
    beginResetModel();
    m_filter = filter;
    recount(false);
    endResetModel();
    emit countsChanged();
}

void PaperTableModel::refresh()
{
    beginResetModel();
    recount(true);
    endResetModel();
    emit countsChanged();
}

void PaperTableModel::recount(bool total)
{
    m_pages.clear();
    m_recent.clear();
    m_rowCount = m_store.paperCount(m_filter);
    if (total)
        m_totalCount = m_filter.isEmpty() ? m_rowCount : m_store.paperCount();
}

qint64 PaperTableModel::paperId(int row) const
{
    const PaperRecord *paper = record(row);
    return paper ? paper->id : 0;
}

int PaperTableModel::rowOfPaper(qint64 id) const
{
    for (auto it = m_pages.cbegin(); it != m_pages.cend(); ++it) {
        for (int i = 0; i < it.value().size(); ++i) {
            if (it.value().at(i).id == id)
                return it.key() * pageSize + i;
        }
    }
    return -1;
}

QVector<int> PaperTableModel::rowsOfPapers(const QVector<qint64> &ids) const
{
    QVector<int> rows(ids.size(), -1);
    bool missing = false;
    // The cached pages' rows by id, once (not a walk over them per id: 10k selected papers).
    QHash<qint64, int> cached;
    if (ids.size() > 1) {
        for (auto it = m_pages.cbegin(); it != m_pages.cend(); ++it) {
            for (int i = 0; i < it.value().size(); ++i)
                cached.insert(it.value().at(i).id, it.key() * pageSize + i);
        }
    }
    for (int i = 0; i < ids.size(); ++i) {
        rows[i] = ids.at(i) <= 0 ? -1 : ids.size() > 1 ? cached.value(ids.at(i), -1) : rowOfPaper(ids.at(i));
        missing = missing || (rows.at(i) < 0 && ids.at(i) > 0);
    }
    if (!missing)
        return rows;
    // The store's in-memory index answers this without SQL when it has one.
    const QVector<qint64> order = m_store.paperIds(m_filter, sortFor(m_sortColumn), m_sortOrder);
    QHash<qint64, int> rowOf;
    rowOf.reserve(int(order.size()));
    for (int r = 0; r < order.size(); ++r)
        rowOf.insert(order.at(r), r);
    for (int i = 0; i < ids.size(); ++i) {
        if (rows.at(i) < 0)
            rows[i] = rowOf.value(ids.at(i), -1);
    }
    return rows;
}

QVector<qint64> PaperTableModel::paperIdsOfRows(const QVector<int> &rows) const
{
    QVector<qint64> ids(rows.size(), 0);
    bool missing = false;
    for (int i = 0; i < rows.size(); ++i) {
        const int row = rows.at(i);
        if (row < 0 || row >= m_rowCount)
            continue;
        const auto page = m_pages.constFind(row / pageSize);
        if (page != m_pages.constEnd() && row % pageSize < page->size())
            ids[i] = page->at(row % pageSize).id;
        else
            missing = true;
    }
    if (!missing)
        return ids;
    const QVector<qint64> order = m_store.paperIds(m_filter, sortFor(m_sortColumn), m_sortOrder);
    for (int i = 0; i < rows.size(); ++i) {
        const int row = rows.at(i);
        if (ids.at(i) == 0 && row >= 0 && row < m_rowCount && row < order.size())
            ids[i] = order.at(row);
    }
    return ids;
}

PaperRecord PaperTableModel::paperAt(int row) const
{
    const PaperRecord *paper = record(row);
    return paper ? *paper : PaperRecord();
}

// The row from its page, loading the page (and evicting the least recently
// used one) when it is not cached. Null when out of range or when the store
// shrank since the last count.
const PaperRecord *PaperTableModel::record(int row) const
{
    if (row < 0 || row >= m_rowCount)
        return nullptr;
    const int page = row / pageSize;
    auto it = m_pages.find(page);
    if (it == m_pages.end()) {
        while (m_pages.size() >= maxCachedPages && !m_recent.isEmpty())
            m_pages.remove(m_recent.takeFirst());
        it = m_pages.insert(page, m_store.papers(m_filter, sortFor(m_sortColumn), m_sortOrder,
                                                 page * pageSize, pageSize));
        m_recent.append(page);
    } else if (m_recent.constLast() != page) {
        m_recent.removeOne(page);
        m_recent.append(page);
    }
    const int offset = row - page * pageSize;
    return offset < it.value().size() ? &it.value().at(offset) : nullptr;
}
