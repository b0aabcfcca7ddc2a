#pragma once
// The checks and clean-ups BibtexWriter puts every field value through
// before escaping: control characters dropped, white space simplified,
// identifiers made one word, and the quick test that finds the values
// needing none of that (most of them).

#include <QString>

namespace BibtexFieldText {

// No control character and white space already simplified(); *plain: nor
// a character LaTeX reads specially ($ { } \ ~ ^ & % # _).
bool isSimple(const QString &value, bool *plain);

// C0 and C1 control characters other than white space dropped.
QString withoutControls(const QString &value);

// doi, url and eprint: one line, no white space, no braces or backslashes
// (percent-encoded).
QString identifier(const QString &value);

// Person names that bibtex would split: with a comma ("Last, First") or
// the word "and" in any case. Such names are written braced whole.
bool splitsBadly(const QString &name);

} // namespace BibtexFieldText
