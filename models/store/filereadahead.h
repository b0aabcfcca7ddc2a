#pragma once
// Asks the system to read a local store's files (the database and its WAL)
// into its page cache in large asynchronous reads, before a read that will
// visit most of the file in no order of its own. A million-paper export
// reads its rows in date order, one 4 KB page here and one there: from a
// cold cache each was a synchronous read, and the export waited on the
// disk for a third of its time; asked ahead in 128 KB pieces, the 2.6 GB
// file was in the cache in about a second. Not SQL: plain files, any thread.

#include <QString>
#include <QtGlobal>

namespace FileReadAhead {

// Rows read one page each pay for reading the whole file ahead when they
// would touch at least one page in this many.
constexpr qint64 pagesPerRow = 16;
constexpr qint64 pageBytes = 4096; // SQLite's default page size

// Reads databasePath and databasePath + "-wal" ahead when `rows` rows
// would touch one page in pagesPerRow of them or more; the bytes asked
// for (0 when not worth it, not a file, or not supported here).
qint64 forRows(const QString &databasePath, qint64 rows);

// Reads one file ahead whole; the bytes asked for.
qint64 file(const QString &path);

} // namespace FileReadAhead
