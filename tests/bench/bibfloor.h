#pragma once
// The .bib import's floor (issue 17, Speed): the rows the app's import of a
// .bib file wrote (papers with their entry types, venues and fields as
// JSON, authors, the file's source and its links, preambles), read back
// from the app's store and written by plain SQLite (the C API, prepared
// statements, one transaction with the default rollback journal, the 64 MB
// page cache the app's imports use) into a fresh store of the same schema
// (PaperStore's own), the full-text index built once at the end as a bulk
// load would. Only the SQLite calls that write are timed; reading the rows
// back is not. So the floor writes exactly the app's rows, whatever the
// .bib mapping makes of an entry.

#include <QString>

namespace BibFloor {

// Fills a new store at floorPath with the rows of appStore; returns the
// time spent writing (ms), or -1 with *error. *rows: rows written.
// storeJournal: in the store's own WAL journal instead of the default
// rollback journal (to see what the journal costs a bulk load).
// *cpuMs (if given): the CPU time of the same timed parts.
double load(const QString &appStore, const QString &floorPath, qint64 *rows, QString *error,
            bool storeJournal = false, double *cpuMs = nullptr);

} // namespace BibFloor
