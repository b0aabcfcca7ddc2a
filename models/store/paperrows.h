#pragma once
// Reads paper rows and profiles from one SQLite connection: papers by id
// (in the order given), the profile names of papers, all profiles, and the
// column list and row reader the filtered queries of PaperStore share.
// Part of the SQLite store; PaperStore and StoreRemoval hand it their
// connection, so neither needs the other.

#include "paperrecord.h"

#include <QHash>
#include <QSqlDatabase>
#include <QString>
#include <QVector>

class QSqlQuery;

class PaperRows
{
public:
    explicit PaperRows(const QSqlDatabase &db) : m_db(db) {}

    // The columns rowToPaper() reads, over `papers p`.
    static QString columns();
    static PaperRecord rowToPaper(const QSqlQuery &q);

    QVector<PaperRecord> byIds(const QVector<qint64> &ids) const; // in the order given
    void fillProfiles(QVector<PaperRecord> &papers) const;
    QVector<ProfileRecord> profiles() const;                        // without papers

    QString error() const { return m_error; }

private:
    static constexpr int idBatch = 128; // SQLite numbers placeholders in quadratic time: keep lists short
    void readSqlite(const QVector<qint64> &ids, QHash<qint64, PaperRecord> *found) const;
    void readQt(const QVector<qint64> &ids, QHash<qint64, PaperRecord> *found) const;

    QSqlDatabase m_db;
    mutable QString m_error;
};
