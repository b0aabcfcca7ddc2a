#include "exportrunner.h"

#include "bibtexexport.h"
#include "abstractpaperstore.h"
#include "storefactory.h"

#include <QCoreApplication>
#include <QSaveFile>
#include <QThread>

#include <memory>

namespace ExportRunner {

void start(QObject *context, const QString &storePath, const QVector<qint64> &ids, const QString &file,
           BibtexWriter::NonAscii mode, MarksBibtex::NoteField noteField, Done done)
{
    struct Outcome
    {
        bool ok = false;
        QString message;
    };
    auto outcome = std::make_shared<Outcome>();
    QThread *thread = QThread::create([=] {
        const std::unique_ptr<AbstractPaperStore> store = StoreFactory::open(storePath, &outcome->message);
        if (!store)
            return;
        QSaveFile out(file);
        if (!out.open(QIODevice::WriteOnly)) {
            outcome->message =
                QCoreApplication::translate("ExportRunner", "Cannot write %1: %2").arg(file, out.errorString());
            return;
        }
        BibtexExport exporter(*store, mode);
        exporter.setNoteField(noteField);
        if (!exporter.writeIds(&out, ids) || !out.commit()) {
            outcome->message = QCoreApplication::translate("ExportRunner", "Cannot write %1: %2")
                                   .arg(file, exporter.error().isEmpty() ? out.errorString() : exporter.error());
            return;
        }
        outcome->ok = true;
        const int written = exporter.written();
        outcome->message =
            QCoreApplication::translate("ExportRunner", "Exported %Ln entries to %1", nullptr, written).arg(file);
    });
    QObject::connect(thread, &QThread::finished, context, [thread, outcome, done] {
        thread->deleteLater();
        done(outcome->ok, outcome->message);
    });
    thread->start();
}

} // namespace ExportRunner
