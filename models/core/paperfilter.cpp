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

QVariantMap PaperFilter::toVariantMap() const
{
    return {
        {QStringLiteral("categories"), categories},
        {QStringLiteral("yearFrom"), yearFrom},
        {QStringLiteral("yearTo"), yearTo},
        {QStringLiteral("years"), [this] {
             QVariantList list;
             for (int y : years)
                 list << y;
             return list;
         }()},
        {QStringLiteral("affiliations"), affiliations},
        {QStringLiteral("profiles"), profiles},
        {QStringLiteral("entryTypes"), entryTypes},
        {QStringLiteral("venues"), venues},
        {QStringLiteral("text"), text},
        {QStringLiteral("hasCodeOnly"), hasCodeOnly},
        {QStringLiteral("hasArxivOnly"), hasArxivOnly},
        {QStringLiteral("tags"), tags},
        {QStringLiteral("starredOnly"), starredOnly},
        {QStringLiteral("states"), states},
        {QStringLiteral("collections"), collections},
        {QStringLiteral("keys"), keys},
        {QStringLiteral("also"), [this] {
             QVariantList list;
             for (const QVariantMap &m : also)
                 list << m;
             return list;
         }()},
    };
}

PaperFilter PaperFilter::fromVariantMap(const QVariantMap &map)
{
    PaperFilter f;
    f.categories = map.value(QStringLiteral("categories")).toStringList();
    f.yearFrom = map.value(QStringLiteral("yearFrom")).toInt();
    f.yearTo = map.value(QStringLiteral("yearTo")).toInt();
    for (const QVariant &y : map.value(QStringLiteral("years")).toList())
        f.years << y.toInt();
    f.affiliations = map.value(QStringLiteral("affiliations")).toStringList();
    f.profiles = map.value(QStringLiteral("profiles")).toStringList();
    f.entryTypes = map.value(QStringLiteral("entryTypes")).toStringList();
    f.venues = map.value(QStringLiteral("venues")).toStringList();
    f.text = map.value(QStringLiteral("text")).toString();
    f.hasCodeOnly = map.value(QStringLiteral("hasCodeOnly")).toBool();
    f.hasArxivOnly = map.value(QStringLiteral("hasArxivOnly")).toBool();
    f.tags = map.value(QStringLiteral("tags")).toStringList();
    f.starredOnly = map.value(QStringLiteral("starredOnly")).toBool();
    f.states = map.value(QStringLiteral("states")).toStringList();
    f.collections = map.value(QStringLiteral("collections")).toStringList();
    f.keys = map.value(QStringLiteral("keys")).toStringList();
    for (const QVariant &m : map.value(QStringLiteral("also")).toList())
        f.also << m.toMap();
    return f;
}
