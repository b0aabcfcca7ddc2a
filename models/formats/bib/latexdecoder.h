#pragma once
// Turns the LaTeX of a BibTeX value into the Unicode text people read and
// search: accents and special letters ({\"o}, \'{e}, {\ss}, \c{c}, {\aa})
// become letters, \& & and friends their character, "--" a dash, "~" a
// no-break space; braces that protect case disappear, font commands
// (\emph, \textbf) leave their text, $math$ and unknown commands stay as
// written, white space collapses. The table lives in LatexTable (data).
// Pure and thread-safe; linear in the text, no recursion.

#include <QString>

namespace LatexDecoder {

QString toUnicode(const QString &latex);

} // namespace LatexDecoder
