#pragma once
// The shared library's tables in PostgreSQL and their versioned migrations.
// Mirrors the SQLite store's schema (models/store/storeschema.cpp) in
// PostgreSQL's terms (same column names and value types, so the store's
// portable SQL reads both): identity ids, case-insensitive names through lower()
// indexes, search through a tsvector over the folded text (the same folding
// as the SQLite index, so both find the same papers) with a GIN index, and
// who changed a paper's user data last and when (the rule for conflicting
// edits: last writer wins per field, and the change is logged).
// A migration runs in one transaction under an advisory lock, so two
// clients starting at once migrate once; only the library's owner (or a
// superuser) migrates: other roles are told to ask the owner.

#include <QCoreApplication>
#include <QString>

class QSqlDatabase;

class PgSchema
{
    Q_DECLARE_TR_FUNCTIONS(PgSchema)

public:
    static constexpr int currentVersion = 3;
    // The advisory lock every migration holds (any fixed 64-bit number
    // unlikely to collide with another program's).
    static constexpr qint64 migrationLock = 0x70617065725363LL; // "paperSc"

    // Brings the database to currentVersion. *migratedFrom (if given) is
    // the version found (== currentVersion when nothing was done). False
    // with one line in *error: a database of another program, a library
    // written by a newer Paperscope, or a migration the user may not run.
    // upTo (tests: a library as an older Paperscope left it) stops at that version.
    static bool migrate(QSqlDatabase &db, QString *error, int *migratedFrom = nullptr, int upTo = currentVersion);
    // 0 for an empty database (no Paperscope tables), -1 on a failure.
    static int version(QSqlDatabase &db);

private:
    static bool applyVersion1(QSqlDatabase &db, QString *error);
    static bool applyVersion2(QSqlDatabase &db, QString *error);
    static bool userTablesExist(QSqlDatabase &db);
};
