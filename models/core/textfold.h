#pragma once
// Small, pure text helpers used wherever papers are compared or named:
// folding to ASCII, the normalised title that identifies a paper across
// profiles, and telling people from organisations in author lists.

#include <QString>

namespace TextFold {

// "Rozière" -> "Roziere"; characters without an ASCII base are dropped.
QString toAscii(const QString &text);

// Words for a search index, as SQLite's FTS5 tokenizer (unicode61,
// remove_diacritics 2) sees them: diacritics dropped, lower case, every run
// of other characters one space. "Müller's C++ (2024)" -> "muller s c 2024".
// Letters without a decomposition (Chinese, Greek) stay.
QString searchText(const QString &text);

// Case, punctuation, diacritics and white space folded:
// "SantaCoder: don't reach for the stars!" -> "santacoder dont reach for the stars".
// Letters without an ASCII base (Arabic, Chinese, Greek) stay as they are,
// lower-cased; a title without any letter or digit folds to "".
QString normalisedTitle(const QString &title);

// "FAIR CodeGen team", "The BigCode Project" are organisations, not people.
bool isOrganisation(const QString &author);

// Family name of a person as Google Scholar takes it (the last word);
// the first word of an organisation.
QString familyName(const QString &author);

} // namespace TextFold
