#pragma once
// What the BibTeX export adds to a window of papers from what a user
// decided: each paper's tags (to `keywords`) and note, read in ONE
// statement for the whole window (the ids bound as one JSON list, see
// sqlidlist.h) instead of three per hundred papers. Papers with neither
// a tag nor a note are left out. SQLite; on a PaperStore's connection.

#include "papermarks.h"

#include <QHash>
#include <QString>
#include <QVector>

class QSqlDatabase;

namespace ExportMarks {

// Tags sorted as PaperMarks says; on failure empty with *error set.
QHash<qint64, PaperMarks> read(const QSqlDatabase &db, const QVector<qint64> &ids, QString *error);

} // namespace ExportMarks
