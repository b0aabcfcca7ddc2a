#pragma once
// The character classes of BibParser's grammar, shared by its source files
// (bibparser.cpp, bibparservalue.cpp, bibparserentry.cpp); not a public API.

#include <QChar>

namespace BibChars {

inline bool isSpace(QChar c)
{
    const ushort u = c.unicode();
    return u == ' ' || u == '\t' || u == '\n' || u == '\r' || u == '\f' || u == '\v' || u == 0xFEFF;
}

// BibTeX identifiers (types, field and macro names): printable, not one of
// the characters the grammar uses.
inline bool isIdentChar(QChar c)
{
    const ushort u = c.unicode();
    if (u <= ' ' || u == 0x7F || isSpace(c))
        return false;
    switch (u) {
    case '"': case '#': case '%': case '\'': case '(': case ')': case ',': case '=': case '{': case '}':
    case '@': case '\\':
        return false;
    }
    return true;
}

inline bool isDigit(QChar c) { return c.unicode() >= '0' && c.unicode() <= '9'; }

} // namespace BibChars
