#include "paperfilter.h"

#include <QRegularExpression>

bool PaperFilter::setYearRange(const QString &spec)
{
    static const QRegularExpression re(QStringLiteral("^\\s*(\\d{4})\\s*(?:-\\s*(\\d{4})\\s*)?$"));
    const auto m = re.match(spec);
    if (!m.hasMatch())
        return false;
    const int from = m.captured(1).toInt();
    const int to = m.captured(2).isEmpty() ? from : m.captured(2).toInt();
    if (to < from)
        return false;
    yearFrom = from;
    yearTo = to;
    return true;
}
