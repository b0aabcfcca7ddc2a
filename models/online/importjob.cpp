#include "importjob.h"

#include "importbatch.h"
#include "abstractpaperstore.h"
#include "storefactory.h"
#include "storefault.h"

#include <QDateTime>
#include <QFileInfo>

ImportJob::ImportJob(const QString &storePath, const QStringList &paths, const QVector<QByteArray> &texts,
                     QObject *parent)
    : QObject(parent), m_storePath(storePath), m_paths(paths), m_texts(texts)
{
    qRegisterMetaType<FileImportResult>();
    qRegisterMetaType<QVector<FileImportResult>>();
}

void ImportJob::run()
{
    QVector<FileImportResult> results;
    // A local file or a shared library, whichever the window has open.
    QString error;
    const std::unique_ptr<AbstractPaperStore> opened = StoreFactory::open(m_storePath, &error);
    if (!opened) {
        FileImportResult failed;
        failed.source = m_storePath;
        failed.message = error;
        results << failed;
        emit finished(results, false);
        return;
    }
    AbstractPaperStore &store = *opened;
    bool toldWaiting = false;
    const StoreFault::WaitingScope waiting([&] {
        if (!toldWaiting) {
            toldWaiting = true;
            emit this->waiting();
        }
        return !m_cancelled;
    });
    // Few transactions for many files (ImportBatch); a file is reported once it is in the store.
    ImportBatch importer(store, [&](const FileImportResult &result) {
        results << result;
        emit fileFinished(result);
    });
    importer.setSkipBad(m_skipBad);
    const QStringList files = ProfileImporter::expandPaths(m_paths);
    const int total = int(files.size() + m_texts.size() + m_links.size());
    int done = 0;
    // Inside one file too: Cancel stops a large .bib file mid-way (it is
    // rolled back whole), and a batch of one shows that file's own progress.
    QString current;
    store.setImportProgress([&](int stepsDone, int steps) {
        if (total == 1)
            emit progress(stepsDone, steps, current);
        return !m_cancelled;
    });
    for (int i = 0; i < files.size() && !m_cancelled; ++i) {
        current = QFileInfo(files.at(i)).fileName();
        emit progress(done, total, current);
        importer.importFile(files.at(i), files.value(i + 1)); // the next one is read meanwhile
        ++done;
    }
    for (int i = 0; i < m_texts.size() && !m_cancelled; ++i) {
        const QString label = textLabel(i, int(m_texts.size()));
        current = label;
        emit progress(done, total, label);
        importer.importBytes(m_texts.at(i), label, QDateTime::currentDateTime());
        ++done;
    }
    for (int i = 0; i < m_links.size() && !m_cancelled; ++i) {
        const QUrl &link = m_links.at(i);
        current = link.toDisplayString();
        emit progress(done, total, current);
        importer.finish(); // no write transaction stays open while the network is slow
        const DownloadResult download = m_downloader.download(link, &m_cancelled);
        if (download.ok) {
            importer.importBytes(download.bytes, link.toDisplayString(),
                                 download.lastModified.isValid() ? download.lastModified.toLocalTime()
                                                                 : QDateTime::currentDateTime());
        } else {
            FileImportResult failed;
            failed.source = link.toDisplayString();
            failed.message = download.error;
            importer.add(failed);
        }
        ++done;
    }
    importer.finish();
    emit progress(done, total, QString());
    emit finished(results, m_cancelled);
}

QString ImportJob::textLabel(int i, int count)
{
    return count == 1 ? tr("pasted text") : tr("pasted text %1").arg(i + 1);
}
