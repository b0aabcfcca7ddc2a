#pragma once
// Where a store lives, as the user wrote it after --db or in the window:
// a SQLite file path (the embedded default), or a lab's shared library on
// PostgreSQL, postgresql://USER@HOST[:PORT]/DBNAME[?sslmode=MODE]
// (postgres:// too). A password never belongs in the URL: libpq finds it in
// PGPASSWORD, ~/.pgpass or a service file, the window in the keyring.
// parse() checks everything a typo could spoil and says what is wrong.

#include <QString>

struct StoreLocation
{
    enum class Kind { SqliteFile, Postgres };

    Kind kind = Kind::SqliteFile;
    QString path;         // SqliteFile: the file
    QString user;         // Postgres: the login role
    QString host;
    int port = 5432;
    QString database;
    QString sslMode;      // empty: libpq's default (prefer)

    bool isShared() const { return kind == Kind::Postgres; }

    // True when text is meant as a shared library (starts with postgresql://
    // or postgres://), whether or not it is well formed.
    static bool looksShared(const QString &text);
    // A path is taken as it is; a URL is checked: false with one line in
    // *error when it cannot be used.
    static bool parse(const QString &text, StoreLocation *location, QString *error);

    // user@host:port/database (no password, ever), for titles and messages.
    QString displayName() const;
    // The canonical URL (postgresql://...), or the path.
    QString toString() const;
};
