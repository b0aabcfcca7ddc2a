#pragma once
// Removal with Undo in a shared library: takes papers (or a profile with
// the papers no other profile lists) out in one transaction and returns
// exactly what went (rows, ids, keys, links), which restore() puts back
// with the same ids. What users decided (tags, notes, ...) is kept by
// normalised title, so it is never touched here.

#include "removedpapers.h"

#include <QSqlDatabase>
#include <QString>

class PgRemoval
{
public:
    explicit PgRemoval(QSqlDatabase db) : m_db(db) {}

    RemovedPapers removePapers(const QVector<qint64> &ids);
    RemovedPapers removeProfile(const QString &name);
    bool restore(const RemovedPapers &removed);
    QString error() const { return m_error; }

private:
    bool take(const QVector<qint64> &ids, RemovedPapers *removed);
    bool putBack(const RemovedPapers &removed);
    bool begin();
    bool finish(bool ok);

    QSqlDatabase m_db;
    QString m_error;
};
