#pragma once
// Turns SQLite's failures into reasons a user can act on (busy, disk full,
// read-only, damaged), and starts write transactions the way two processes
// on one store need them: BEGIN IMMEDIATE takes the write lock up front,
// instead of failing half-way with a stale snapshot, and a writer that
// finds the store locked waits its turn (WriterTurn) for as long as the
// other writer makes progress (commits). Knows no table; used by PaperStore
// around its transactions.

#include <QSqlDatabase>
#include <QString>

#include <functional>

namespace StoreFault {

// Called when a write finds the store locked by another writer, and again
// before each further wait; returning false gives up (the caller's cancel).
using Waiting = std::function<bool()>;

// While one lives, the writes of this thread tell waiting (the command
// line's notice on stderr, the window's in its status bar).
class WaitingScope
{
public:
    explicit WaitingScope(Waiting waiting);
    ~WaitingScope();
    WaitingScope(const WaitingScope &) = delete;
    WaitingScope &operator=(const WaitingScope &) = delete;

private:
    Waiting m_previous;
};

// BEGIN IMMEDIATE, waiting its turn while another writer holds the store
// and commits now and then; false with the explained reason in *error when
// the store stays locked without a commit for stallLimit busy timeouts, or
// the thread's Waiting returned false.
bool beginWrite(QSqlDatabase &db, QString *error);
constexpr int stallLimit = 2;

// "database is locked" -> "the store is busy: ...", "database or disk is
// full" -> "the disk is full ..."; other text comes back as it was.
QString explain(const QString &sqliteText);

} // namespace StoreFault
