#pragma once
// A prepared statement on the SQLite connection a QSqlDatabase holds, bound
// and stepped through SQLite's C API. For the import's hot statements (a
// million bound values in a large import), where Qt Sql's per-value binding
// (a QVariant each, placeholders looked up by name) cost more than SQLite's
// own work. Values are always bound, never spliced into the SQL. Text is
// bound as UTF-16 without a copy: the statement keeps a reference to every
// string bound until the next exec(). Requires Qt's QSQLITE driver linked
// against the same system SQLite as this library (Debian's is).

#include <QSqlDatabase>
#include <QString>
#include <QVector>

struct sqlite3;
struct sqlite3_stmt;

class SqliteStatement
{
public:
    SqliteStatement() = default;
    ~SqliteStatement();
    SqliteStatement(const SqliteStatement &) = delete;
    SqliteStatement &operator=(const SqliteStatement &) = delete;

    // The SQLite handle of an open QSQLITE connection, or null.
    static sqlite3 *handle(const QSqlDatabase &db);

    bool prepare(const QSqlDatabase &db, const QString &sql);
    bool isPrepared() const { return m_stmt != nullptr; }
    void finalize();

    // Parameters count from 0, as QSqlQuery's do. A null QString binds ''
    // (the store's text columns want text); bindNull() binds SQL NULL.
    void bind(int index, qint64 value);
    void bind(int index, const QString &text);
    void bindTextOrNull(int index, const QString &text); // '' -> NULL
    void bindNull(int index);

    // Runs to the end (rows are not read); resets for the next exec().
    // False, with error(), when a bind since the last reset was refused.
    bool exec();
    // Reading rows: step() until it returns false, then check ok().
    bool step();
    bool ok() const { return m_error.isEmpty(); }
    qint64 int64Value(int column) const;
    QString textValue(int column) const;
    void reset();

    int changes() const { return m_changes; }
    qint64 lastInsertId() const;
    QString error() const { return m_error; }

private:
    bool fail();
    void bound(int index, int rc);
    bool refuseBadBind(); // true (and reset) when a bind since the last reset failed

    sqlite3 *m_db = nullptr;
    sqlite3_stmt *m_stmt = nullptr;
    QVector<QString> m_kept; // the strings bound since the last reset
    int m_changes = 0;
    bool m_stepping = false; // step() has run since the last reset
    QString m_error;
    QString m_bindError; // the first refused bind since the last reset
};
