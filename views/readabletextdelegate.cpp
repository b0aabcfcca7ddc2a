#include "readabletextdelegate.h"

#include "mathtext.h"

QString ReadableTextDelegate::displayText(const QVariant &value, const QLocale &locale) const
{
    const QString text = QStyledItemDelegate::displayText(value, locale);
    return text.contains(QLatin1Char('$')) || text.contains(QLatin1Char('\\')) ? MathText::toReadable(text) : text;
}
