#pragma once
// Which backend holds a store: a postgresql:// location (StoreLocation) is
// a shared library (PgPaperStore), anything else a local SQLite file
// (PaperStore). For every place that opens a store by its location: the
// command line, and the worker threads of the window (imports, exports,
// arXiv look-ups, organise jobs), which each open their own connection.

#include <QString>

#include <memory>

class AbstractPaperStore;

namespace StoreFactory {
// A new, not yet opened store of the backend the location names.
std::unique_ptr<AbstractPaperStore> create(const QString &location);
// create() then open(): null with *error set (one line) when it fails.
std::unique_ptr<AbstractPaperStore> open(const QString &location, QString *error);
} // namespace StoreFactory
