#pragma once
// Shows a column's LaTeX as readable text in the list ("Completion ≠
// Collaboration" for "Completion $\neq$ Collaboration"); the model keeps
// the original text for sorting, search and BibTeX.

#include <QStyledItemDelegate>

class ReadableTextDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;
    QString displayText(const QVariant &value, const QLocale &locale) const override;
};
