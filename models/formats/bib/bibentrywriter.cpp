// BibEntryWriter: values go out in braces. BibReader only yields values
// whose braces balance and without line breaks, so braces are always safe.
#include "bibentrywriter.h"

namespace BibEntryWriter {

QString entry(const QString &type, const QString &key, const QVector<QPair<QString, QString>> &fields)
{
    QString out = QLatin1Char('@') + type + QLatin1Char('{') + key;
    for (const auto &f : fields)
        out += QStringLiteral(",\n  ") + f.first + QStringLiteral(" = {") + f.second + QLatin1Char('}');
    out += QStringLiteral("\n}\n");
    return out;
}

QString preambles(const QStringList &values)
{
    QString out;
    for (const QString &v : values)
        out += QStringLiteral("@preamble{{") + v + QStringLiteral("}}\n");
    return out;
}

} // namespace BibEntryWriter
