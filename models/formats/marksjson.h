#pragma once
// JSON of what a user decided about a paper, for `list --json` (tags,
// starred, state, note, collections) and the organise counts of
// `stats --json` (by_tag, by_state).

#include "papercounts.h"
#include "papermarks.h"

#include <QJsonObject>
#include <QVector>

namespace MarksJson {

// Adds tags, starred, state ("unread", "reading", "read"), note and collections.
void addTo(QJsonObject &paper, const PaperMarks &marks);

// {"name": count, ...}
QJsonObject counts(const QVector<FacetCount> &values);

QString stateName(int state);

} // namespace MarksJson
