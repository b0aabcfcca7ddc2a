#pragma once
// One batch of imports (files, folders and dropped text) run on a worker
// thread with its own PaperStore connection. Each file is its own
// transaction; Cancel stops between files, so nothing partial lands.
// Never touches widgets; talks to the GUI thread only through signals.

#include "profileimporter.h"

#include <QByteArray>
#include <QObject>
#include <QStringList>
#include <QVector>

#include <atomic>

class ImportJob : public QObject
{
    Q_OBJECT
public:
    ImportJob(const QString &storePath, const QStringList &paths, const QVector<QByteArray> &texts,
              QObject *parent = nullptr);

    void cancel() { m_cancelled = true; }
    bool isCancelled() const { return m_cancelled; }

public slots:
    void run();

signals:
    void progress(int done, int total, const QString &current);
    void fileFinished(const FileImportResult &result);
    void finished(const QVector<FileImportResult> &results, bool cancelled);

private:
    QString m_storePath;
    QStringList m_paths;
    QVector<QByteArray> m_texts;
    std::atomic<bool> m_cancelled{false};
};

Q_DECLARE_METATYPE(FileImportResult)
