#include "categorydelegate.h"

#include "categorypalette.h"

#include <QApplication>
#include <QPainter>

void CategoryDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QStyleOptionViewItem opt(option);
    initStyleOption(&opt, index);
    const QString category = opt.text;
    opt.text.clear();
    const QWidget *widget = opt.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget); // background, selection, focus
    if (category.isEmpty())
        return;

    const QRect textRect = style->subElementRect(QStyle::SE_ItemViewItemText, &opt, widget);
    const int padding = opt.fontMetrics.height() / 3;
    const int width = qMin(textRect.width(), opt.fontMetrics.horizontalAdvance(category) + 2 * padding);
    const int height = qMin(textRect.height() - 2, opt.fontMetrics.height() + 2);
    const QRect chip(textRect.left(), textRect.top() + (textRect.height() - height) / 2, width, height);
    const QColor color = CategoryPalette::color(category);
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setPen(Qt::NoPen);
    painter->setBrush(color);
    painter->drawRoundedRect(chip, height / 2.0, height / 2.0);
    painter->setPen(CategoryPalette::textOn(color));
    painter->setFont(opt.font);
    painter->drawText(chip, Qt::AlignCenter, opt.fontMetrics.elidedText(category, Qt::ElideRight, width));
    painter->restore();
}

QSize CategoryDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QSize size = QStyledItemDelegate::sizeHint(option, index);
    size.rwidth() += option.fontMetrics.height();
    return size;
}
