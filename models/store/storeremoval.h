#pragma once
// Removes papers or a profile inside the caller's transaction, recording
// what it took out, and puts such a record back (Undo): every column, the
// .bib ones (entry type, venue, fields) included. Part of the store.

#include "removedpapers.h"

#include <QSqlDatabase>
#include <QVariant>

class StoreRemoval
{
public:
    explicit StoreRemoval(QSqlDatabase db) : m_db(db) {}

    bool removePapers(const QVector<qint64> &ids, RemovedPapers *removed);
    bool removeProfile(const QString &name, RemovedPapers *removed);
    bool restore(const RemovedPapers &removed);
    QString error() const { return m_error; }

private:
    bool exec(const QString &sql, const QVariantList &values, QSqlQuery *result = nullptr);
    bool restorePaper(const PaperRecord &paper);

    QSqlDatabase m_db;
    QString m_error;
};
