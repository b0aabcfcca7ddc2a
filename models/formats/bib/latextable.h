#pragma once
// The LaTeX-to-Unicode table, kept as data (latextable.cpp): which accent
// command becomes which combining mark, which letter and symbol commands
// become which character, and which character runs are ligatures
// ("--", "``"). LatexDecoder walks text and looks up here; adding a symbol
// means adding a row, never code.

#include <QLatin1String>

namespace LatexTable {

struct Row
{
    const char *latex;   // command name without the backslash, or the ligature
    char16_t unicode;    // the character (a combining mark for accents)
};

// \"o, \'{e}, \c{c}, \v s: the mark that combines with the argument.
const Row *accents(int *count);
// \ss, \aa, \o, \ldots: a command that stands for one character.
const Row *letters(int *count);
// \&, \%, \{: a backslash before one non-letter character.
const Row *escapes(int *count);
// "---", "--", "``", "''", "?`", "!`": longest first.
const Row *ligatures(int *count);
// \emph{x}, \textbf{x}, \mbox{x}: commands whose argument is simply the text.
const char *const *wrappers(int *count);

} // namespace LatexTable
