#include "marksjson.h"

#include <QJsonArray>

namespace MarksJson {

QString stateName(int state)
{
    switch (state) {
    case 1: return QStringLiteral("reading");
    case 2: return QStringLiteral("read");
    default: return QStringLiteral("unread");
    }
}

void addTo(QJsonObject &paper, const PaperMarks &marks)
{
    paper.insert(QStringLiteral("tags"), QJsonArray::fromStringList(marks.tags));
    paper.insert(QStringLiteral("starred"), marks.starred);
    paper.insert(QStringLiteral("state"), stateName(marks.state));
    paper.insert(QStringLiteral("note"), marks.note.isEmpty() ? QJsonValue() : QJsonValue(marks.note));
    paper.insert(QStringLiteral("collections"), QJsonArray::fromStringList(marks.collections));
}

QJsonObject counts(const QVector<FacetCount> &values)
{
    QJsonObject o;
    for (const FacetCount &c : values)
        o.insert(c.value, c.count);
    return o;
}

} // namespace MarksJson
