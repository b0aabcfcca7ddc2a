#pragma once
// JSON shapes of the command line (design.md section 4): one paper as an
// object for `list --json`, and the counts object of `stats --json`.

#include "papercounts.h"
#include "paperrecord.h"

#include <QJsonObject>
#include <QVector>

namespace PaperJson {

QJsonObject paper(const PaperRecord &paper);

QJsonObject stats(int papers, const QVector<FacetCount> &byYear, const QVector<FacetCount> &byCategory,
                  const QVector<FacetCount> &byAffiliation);
// by_type and by_venue of `stats --json` (.bib papers only).
void addBibStats(QJsonObject *stats, const QVector<FacetCount> &byType, const QVector<FacetCount> &byVenue);

} // namespace PaperJson
