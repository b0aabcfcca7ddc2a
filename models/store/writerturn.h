#pragma once
// Takes turns at writing one store between programs. SQLite lets one
// writer in at a time, and one that commits and begins again at once (an
// import committing every five seconds) would keep another waiting
// forever: SQLite's busy handler only looks every 100 ms. A writer that
// finds the store locked leaves a mark beside it (<store>-waiting); a
// writer that has just committed and sees a fresh mark holds back until
// the waiting one has taken its turn (and removed the mark), for at most
// a second. Knows no table; used by StoreFault::beginWrite and after the
// commits of PaperStore's imports.

#include <QString>

namespace WriterTurn {

// Marks that a writer waits on the store at storePath (a file path; for
// ":memory:" or a URI nothing is done).
void ask(const QString &storePath);
// The waiting writer got in (or gave up): the mark goes.
void taken(const QString &storePath);
// After a commit: when another writer waits, lets it in first.
void yieldIfAsked(const QString &storePath);

} // namespace WriterTurn
