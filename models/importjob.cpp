#include "importjob.h"

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
    PaperStore store;
    if (!store.open(m_storePath)) {
        FileImportResult failed;
        failed.source = m_storePath;
        failed.message = store.lastError();
        results << failed;
        emit finished(results, false);
        return;
    }
    ProfileImporter importer(store);
    const QStringList files = ProfileImporter::expandPaths(m_paths);
    const int total = int(files.size() + m_texts.size());
    int done = 0;
    for (const QString &file : files) {
        if (m_cancelled)
            break;
        emit progress(done, total, QFileInfo(file).fileName());
        results << importer.importFile(file);
        emit fileFinished(results.last());
        ++done;
    }
    for (int i = 0; i < m_texts.size() && !m_cancelled; ++i) {
        const QString label = m_texts.size() == 1 ? tr("pasted text") : tr("pasted text %1").arg(i + 1);
        emit progress(done, total, label);
        results << importer.importBytes(m_texts.at(i), label, QDateTime::currentDateTime());
        emit fileFinished(results.last());
        ++done;
    }
    emit progress(done, total, QString());
    emit finished(results, m_cancelled);
}
