#pragma once
// The @preamble values the .bib files of a store brought (table
// bib_preambles, schema v5): each once, in the order first seen. An export
// writes them above its entries, so that an exported library still
// compiles with its own macros. SQLite; on the connection of a PaperStore
// (PaperStore::bibPreambles).

#include <QString>
#include <QStringList>

class QSqlDatabase;

namespace BibPreambles {

// Empty for a store without any (or on failure, with *error set).
QStringList read(const QSqlDatabase &db, QString *error);

} // namespace BibPreambles
