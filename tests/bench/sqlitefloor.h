#pragma once
// The benchmark's floor: the same rows as an import of the same files,
// loaded by plain SQLite (the C API, prepared statements, one transaction
// with the default rollback journal, ids kept in memory) into a store with
// the same schema, FTS5 index and pragmas (the schema comes from
// PaperStore::open, so it is always the store's own; the page cache is the
// 64 MB the app's batch imports use). Only the SQLite calls are timed; parsing and preparing the
// rows is not. The same connection then answers the plain queries the
// interactive figures are compared with.

#include <QString>
#include <QStringList>
#include <QVariantList>

struct sqlite3;

class SqliteFloor
{
public:
    SqliteFloor() = default;
    ~SqliteFloor();
    SqliteFloor(const SqliteFloor &) = delete;
    SqliteFloor &operator=(const SqliteFloor &) = delete;

    // Creates a fresh store at path and loads the files' rows; returns the
    // time spent in SQLite (ms), or -1 with *error.
    double load(const QString &path, const QStringList &files, QString *error);
    // The CPU time of the same timed calls (ms), for a machine under load.
    double loadCpuMs() const { return m_loadCpuMs; }

    // Opens an existing floor store for queries.
    bool open(const QString &path, QString *error);

    // Median time (ms) to prepare a statement, bind and step through every row.
    double queryMs(const QString &sql, const QVariantList &values = QVariantList(), int runs = 3);
    // Rows a statement returns (for the table's notes).
    qint64 rowCount(const QString &sql, const QVariantList &values = QVariantList());

    // The store's pragmas, as PaperStore::open sets them.
    static QStringList pragmas();

    void close();

private:
    bool exec(const char *sql, QString *error);

    sqlite3 *m_db = nullptr;
    double m_loadCpuMs = 0;
};
