#pragma once
// The figures of the profiles ticked in the filter (h-index, citations,
// papers, novelty, AI score), one row per profile in the order they were
// ticked, for the chart view's profile comparison. Each profile's colour
// matches its series in the per-year chart (YearChartModel::Profiles).
// Reads PaperStore::profiles(); holds no SQL.

#include "paperrecord.h"
#include "abstractpaperstore.h"

#include <QAbstractTableModel>
#include <QVector>

class ProfileFiguresModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { NameColumn, HIndexColumn, CitationsColumn, PapersColumn, NoveltyColumn, AiScoreColumn,
                  ColumnCount };
    enum Role { ValueRole = Qt::UserRole + 1, ColorRole };   // ValueRole: the number, -1 when unknown

    explicit ProfileFiguresModel(AbstractPaperStore &store, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    void refresh(const PaperFilter &filter);
    ProfileRecord profile(int row) const { return m_rows.value(row); }

private:
    AbstractPaperStore &m_store;
    QVector<ProfileRecord> m_rows;
    QVector<int> m_colorIndex;   // place in the filter's profile list
};
