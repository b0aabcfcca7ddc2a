#pragma once
// `paperscope export [FILTERS] [-o FILE]`: writes the matching papers as
// BibTeX (BibtexExport) to stdout or, through QSaveFile, to a file that is
// either whole or untouched; says how many entries went to the file.

#include "bibtexwriter.h"
#include "marksbibtex.h"

#include <QString>
#include <QTextStream>

#include <optional>

class AbstractPaperStore;
struct PaperFilter;

class ExportCommand
{
public:
    ExportCommand(QTextStream &out, QTextStream &err) : m_out(out), m_err(err) {}

    // 0 when the export was written, 1 when it could not be.
    int run(AbstractPaperStore &store, const PaperFilter &filter, const QString &path, BibtexWriter::NonAscii mode,
            std::optional<MarksBibtex::NoteField> noteField);

private:
    QTextStream &m_out;
    QTextStream &m_err;
};
