#pragma once
// Human-readable lines shared by the command line and the window's import
// summary: one line per paper, per facet count, per imported file.

#include "paperrecord.h"
#include "abstractpaperstore.h"
#include "profileimporter.h"

#include <QString>
#include <QVector>

namespace TextReport {

// "2023-01-09  SE  code  allal2023santacoder  SantaCoder: don't reach..."
QString paperLine(const PaperRecord &paper);

// "by year:\n  2023  12\n..." for one facet.
QString facetBlock(const QString &heading, const QVector<FacetCount> &counts);

// "Ada Lovecode (profile-ada.txt): 5 papers added, 0 already known, new profile"
// or the refusal message.
QString importLine(const FileImportResult &result);

// "2 files imported, 1 refused: 9 papers added, 1 already known, 1 profile updated"
QString importTotals(const QVector<FileImportResult> &results);

// "copied 5 papers and 2 profiles to mara@db:5432/lab" (copy-to)
QString copyLine(int papers, int profiles, const QString &to);

} // namespace TextReport
