#pragma once
// What a user decided, written into a BibTeX entry on export: the tags go
// into `keywords` (merged with the keywords the entry already has, without
// duplicates, case-insensitively), and the note, if wanted, into `note` or
// `annote` (replacing one the entry has). Works on the entry text that
// BibtexWriter made, so entries from profiles and from .bib files alike.

#include "papermarks.h"

#include <QString>
#include <QStringList>

namespace MarksBibtex {

enum class NoteField { None, Note, Annote };

// entry: one entry ending with "}\n". latexEscapes: write non-ASCII as LaTeX.
QString apply(const QString &entry, const PaperMarks &marks, NoteField noteField, bool latexEscapes);

// The keywords of a field value: split at commas and semicolons, trimmed.
QStringList splitKeywords(const QString &value);

} // namespace MarksBibtex
