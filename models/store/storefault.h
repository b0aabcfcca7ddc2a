#pragma once
// Turns SQLite's failures into reasons a user can act on (busy, disk full,
// read-only, damaged), and starts write transactions the way two processes
// on one store need them: BEGIN IMMEDIATE waits out the busy timeout for
// another writer up front, instead of failing half-way with a stale
// snapshot. Knows no table; used by PaperStore around its transactions.

#include <QSqlDatabase>
#include <QString>

namespace StoreFault {

// BEGIN IMMEDIATE; false with the explained reason in *error.
bool beginWrite(QSqlDatabase &db, QString *error);

// "database is locked" -> "the store is busy: ...", "database or disk is
// full" -> "the disk is full ..."; other text comes back as it was.
QString explain(const QString &sqliteText);

} // namespace StoreFault
