#pragma once
// Paints the list's category as a small chip in the category's colour, the
// same colour the charts give it (CategoryPalette), so a glance links a row
// to its bar or slice. The text stays the model's, for sorting and copying.

#include <QStyledItemDelegate>

class CategoryDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;
};
