#pragma once
// One batch of imports (files, folders, dropped text and links) run on a worker
// thread with its own PaperStore connection. Each file lands whole or not
// at all (a savepoint in a batch committed every five seconds, ImportBatch);
// Cancel stops between files and inside a large one (rolled back whole),
// so nothing partial lands.
// Never touches widgets; talks to the GUI thread only through signals.

#include "profiledownloader.h"
#include "profileimporter.h"

#include <QByteArray>
#include <QObject>
#include <QStringList>
#include <QUrl>
#include <QVector>

#include <atomic>

class ImportJob : public QObject
{
    Q_OBJECT
public:
    ImportJob(const QString &storePath, const QStringList &paths, const QVector<QByteArray> &texts,
              QObject *parent = nullptr);

    // http(s) links to download and import after the files and texts.
    void setLinks(const QVector<QUrl> &links) { m_links = links; }
    // .bib files with bad entries: import their readable entries (ProfileImporter::setSkipBad).
    void setSkipBad(bool skip) { m_skipBad = skip; }
    // The source name of pasted text number i (from 0) of count.
    static QString textLabel(int i, int count);
    ProfileDownloader &downloader() { return m_downloader; }

    void cancel() { m_cancelled = true; }
    bool isCancelled() const { return m_cancelled; }

public slots:
    void run();

signals:
    void progress(int done, int total, const QString &current);
    void fileFinished(const FileImportResult &result);
    void finished(const QVector<FileImportResult> &results, bool cancelled);
    // Once a job: another program writes to the store, the job waits its turn.
    void waiting();

private:
    QString m_storePath;
    QStringList m_paths;
    QVector<QByteArray> m_texts;
    QVector<QUrl> m_links;
    ProfileDownloader m_downloader;
    std::atomic<bool> m_cancelled{false};
    bool m_skipBad = false;
};

Q_DECLARE_METATYPE(FileImportResult)
