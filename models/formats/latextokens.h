#pragma once
// The tokens LatexEscaper reads profile text as when it holds math, a
// backslash or a brace: math, commands, symbols, braces and runs of plain
// characters, each a range of the text. Internal to the escaper.

#include "latexcommands.h"

#include <QString>

namespace LatexTokens {

enum class Kind : quint8 { Char, Math, Command, Symbol, Open, Close, EscOpen, EscClose, Backslash, Backslashes };

struct Token
{
    Kind kind;
    int begin, end; // [begin, end) in the text
    LatexCommands::Known known = LatexCommands::Known::No; // commands: what the name is
    bool paired = false; // braces: the partner exists
    bool kept = false;   // braces: a LaTeX group, written as { }
    bool asText = false; // an accent whose brace has no partner: text
};

// $ { } and the backslash: the characters a token other than a run starts with.
inline bool isStructural(QChar c)
{
    const ushort u = c.unicode();
    return u == '$' || u == '{' || u == '}' || u == '\\';
}

// Accents: \'e, \"{u}, \~n.
bool isAccent(QChar c);

// The character at i follows an odd run of backslashes.
bool escapedAt(const QString &text, int i);

// The token starting at i. A plain character starts a run that goes on to
// the next structural character.
Token tokenAt(const QString &text, int i);

} // namespace LatexTokens
