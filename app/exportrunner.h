#pragma once
// Runs one BibTeX export on a worker thread with its own store connection,
// writing through QSaveFile so a failed export never leaves half a file,
// and calls back on the GUI thread when done.

#include "bibtexwriter.h"
#include "marksbibtex.h"

#include <QObject>
#include <QVector>

#include <functional>

namespace ExportRunner {

using Done = std::function<void(bool ok, const QString &message)>;

void start(QObject *context, const QString &storePath, const QVector<qint64> &ids, const QString &file,
           BibtexWriter::NonAscii mode, MarksBibtex::NoteField noteField, Done done);

} // namespace ExportRunner
