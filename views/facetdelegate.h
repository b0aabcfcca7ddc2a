#pragma once
// Paints a facet row as its value with the count right-aligned in a muted
// colour ("microsoft-research      5"), eliding the value, never the count.

#include <QStyledItemDelegate>

class FacetDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    FacetDelegate(int countRole, QObject *parent = nullptr) : QStyledItemDelegate(parent), m_countRole(countRole) {}

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;

private:
    int m_countRole;
};
