#pragma once
// Looks at a store file before PaperStore opens its connection, so that a
// damaged, read-only, busy, foreign or too-new file gives a clear result
// instead of a crash or a silent failure:
// - damaged (not a database, or PRAGMA quick_check fails): the file (and its
//   -wal/-shm) is kept aside, renamed with a timestamp, a fresh store is
//   created in its place and the notice says so;
// - read-only (the file or its folder cannot be written): opens read-only,
//   with a notice; a read-only store that would need a migration is refused;
// - written by a newer Paperscope, or a SQLite file of another program:
//   refused, the file left byte for byte as it was;
// - busy beyond the busy timeout: refused with a reason that says so.
// Never writes to a healthy file. Uses its own short-lived connection.

#include <QCoreApplication>
#include <QString>

class StoreOpener
{
    Q_DECLARE_TR_FUNCTIONS(StoreOpener)

public:
    struct Plan
    {
        bool ok = false;
        QString error;           // when !ok: one line, the file left as it was
        bool readOnly = false;
        QString databaseName;    // the path, or a file: URI for a read-only store
        QString connectOptions;  // for QSqlDatabase::setConnectOptions
        QString notice;          // one line for the user (read-only, kept aside), or empty
        QString keptAs;          // where a damaged file was moved, or empty
    };

    // Files up to this size get a PRAGMA quick_check when first opened in a
    // process; larger ones only have their header and schema read. The check
    // reads every page (about 2 ms a MB): a 100,000-entry .bib library's
    // 110 MB store would wait a quarter second for it before its window shows
    // anything; SQLite still reports a damaged page when it is read.
    static constexpr qint64 quickCheckLimit = 32 * 1024 * 1024;
    static constexpr int busyTimeoutMs = 5000;

    static Plan prepare(const QString &path);

    // PRAGMA integrity_check on its own read-only connection: "ok", or what
    // SQLite reports (for tests and diagnostics).
    static QString integrityCheck(const QString &path);

private:
    enum class Health { Healthy, Damaged, Busy, Unreadable };
    struct Probe
    {
        Health health = Health::Healthy;
        QString detail;
        int version = 0;
        int tables = 0;
        bool immutable = false;  // read-only store read through immutable=1
    };
    static Probe probe(const QString &path, bool readOnly, bool quickCheck);
    static bool keepAside(const QString &path, QString *keptAs, QString *error);
};
