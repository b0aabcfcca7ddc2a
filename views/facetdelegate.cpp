#include "facetdelegate.h"

#include <QApplication>
#include <QLocale>
#include <QPainter>

void FacetDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QStyleOptionViewItem opt(option);
    initStyleOption(&opt, index);
    const QString count = QLocale().toString(index.data(m_countRole).toInt());
    const QWidget *widget = opt.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    const QRect textRect = style->subElementRect(QStyle::SE_ItemViewItemText, &opt, widget);
    const int countWidth = opt.fontMetrics.horizontalAdvance(count) + 8;
    opt.text = opt.fontMetrics.elidedText(opt.text, Qt::ElideRight, qMax(0, textRect.width() - countWidth));
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);

    const bool selected = opt.state & QStyle::State_Selected;
    painter->save();
    painter->setPen(opt.palette.color(selected ? QPalette::HighlightedText : QPalette::PlaceholderText));
    painter->setFont(opt.font);
    painter->drawText(textRect.adjusted(0, 0, -4, 0), Qt::AlignRight | Qt::AlignVCenter, count);
    painter->restore();
}
