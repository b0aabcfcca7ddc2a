#pragma once
// Writes down a change to a shared library inside the writer's open
// transaction (library_changes) and tells every listening client with
// NOTIFY (the row's id as payload), which PostgreSQL delivers only when
// the transaction commits: a rolled-back import tells no one.

#include <QSqlDatabase>
#include <QString>
#include <QtGlobal>

namespace PgChangeLog {

inline const char *channel() { return "paperscope_changes"; }

// kind: one of LibraryChange's (added, removed, tagged, ...). False with *error set.
bool record(QSqlDatabase &db, const QString &kind, int papers, QString *error);
// True when this process recorded the change of that id in db's library
// (a window does not announce its own changes back to itself). Thread-safe.
bool isOwn(const QSqlDatabase &db, qint64 id);

} // namespace PgChangeLog
