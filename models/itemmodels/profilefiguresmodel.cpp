#include "profilefiguresmodel.h"

#include "categorypalette.h"

#include <QColor>
#include <QHash>
#include <QLocale>

ProfileFiguresModel::ProfileFiguresModel(AbstractPaperStore &store, QObject *parent)
    : QAbstractTableModel(parent), m_store(store)
{
}

int ProfileFiguresModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ProfileFiguresModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ProfileFiguresModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return QVariant();
    const ProfileRecord &p = m_rows.at(index.row());
    int value = -1;
    switch (index.column()) {
    case HIndexColumn: value = p.hIndex; break;
    case CitationsColumn: value = p.citations; break;
    case PapersColumn: value = p.paperCount; break;
    case NoveltyColumn: value = p.novelty; break;
    case AiScoreColumn: value = p.aiScore; break;
    }
    switch (role) {
    case Qt::DisplayRole:
        if (index.column() == NameColumn)
            return p.name;
        if (value < 0)
            return QStringLiteral("–");
        if (index.column() == NoveltyColumn)
            return tr("%1%").arg(QLocale().toString(value));
        return QLocale().toString(value);
    case ValueRole:
        return index.column() == NameColumn ? QVariant(p.name) : QVariant(value);
    case Qt::DecorationRole:
    case ColorRole:
        if (index.column() == NameColumn)
            return CategoryPalette::seriesColor(m_colorIndex.at(index.row()));
        break;
    case Qt::ToolTipRole:
        if (index.column() == NameColumn)
            return tr("%1 (main category %2)").arg(p.name, p.primaryCategory);
        break;
    case Qt::TextAlignmentRole:
        return int(index.column() == NameColumn ? Qt::AlignLeft | Qt::AlignVCenter : Qt::AlignRight | Qt::AlignVCenter);
    }
    return QVariant();
}

QVariant ProfileFiguresModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal && role == Qt::TextAlignmentRole)
        return int(section == NameColumn ? Qt::AlignLeft | Qt::AlignVCenter : Qt::AlignRight | Qt::AlignVCenter);
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case NameColumn: return tr("Profile");
    case HIndexColumn: return tr("h-index");
    case CitationsColumn: return tr("Citations");
    case PapersColumn: return tr("Papers");
    case NoveltyColumn: return tr("Novelty");
    case AiScoreColumn: return tr("AI score");
    }
    return QVariant();
}

void ProfileFiguresModel::refresh(const PaperFilter &filter)
{
    QVector<ProfileRecord> rows;
    QVector<int> colors;
    if (!filter.profiles.isEmpty()) {
        QHash<QString, ProfileRecord> byName;
        for (const ProfileRecord &p : m_store.profiles())
            byName.insert(p.name, p);
        for (int i = 0; i < filter.profiles.size(); ++i) {
            const auto found = byName.constFind(filter.profiles.at(i));
            if (found == byName.constEnd())
                continue;
            rows.append(*found);
            colors.append(i);
        }
    }
    beginResetModel();
    m_rows = rows;
    m_colorIndex = colors;
    endResetModel();
}
