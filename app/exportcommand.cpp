#include "exportcommand.h"

#include "bibtexexport.h"

#include <QFile>
#include <QSaveFile>

int ExportCommand::run(AbstractPaperStore &store, const PaperFilter &filter, const QString &path,
                       BibtexWriter::NonAscii mode, std::optional<MarksBibtex::NoteField> noteField)
{
    QSaveFile saveFile(path);
    QFile standardOut;
    QIODevice *device = nullptr;
    if (path.isEmpty() || path == QStringLiteral("-")) {
        if (!standardOut.open(stdout, QIODevice::WriteOnly))
            return 1;
        device = &standardOut;
    } else {
        if (!saveFile.open(QIODevice::WriteOnly)) {
            m_err << "paperscope: cannot write " << path << ": " << saveFile.errorString() << "\n";
            return 1;
        }
        device = &saveFile;
    }
    BibtexExport exporter(store, mode);
    if (noteField)
        exporter.setNoteField(*noteField);
    if (!exporter.writeFiltered(device, filter)) {
        m_err << "paperscope: cannot write " << (device == &saveFile ? path : QStringLiteral("stdout")) << ": "
              << exporter.error() << "\n";
        return 1;
    }
    const int written = exporter.written();
    if (device == &saveFile && !saveFile.commit()) {
        m_err << "paperscope: cannot write " << path << ": " << saveFile.errorString() << "\n";
        return 1;
    }
    if (device == &saveFile)
        m_out << "exported " << written << (written == 1 ? " entry to " : " entries to ") << path << "\n";
    return 0;
}
