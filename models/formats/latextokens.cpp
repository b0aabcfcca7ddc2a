// LatexTokens: profile text -> the tokens LatexEscaper writes.
//
// Which backslashes are LaTeX and which are text (a path, "a \ b") is
// decided by tokenAt with LatexCommands; which dollars open math by
// mathEnd. Moved out of latexescaper.cpp unchanged but for plain runs.
#include "latextokens.h"

namespace LatexTokens {

namespace {

using LatexCommands::Known;

// The spacing and hyphenation symbols kept after a backslash in text: \,
// \- \@ \/. Escapes, accents and "\ " are decided separately.
bool isKeptSymbol(QChar c)
{
    switch (c.unicode()) {
    case ',': case '-': case '@': case '/':
        return true;
    }
    return false;
}

bool isAsciiLetter(QChar c) { return c.unicode() < 0x80 && c.isLetter(); }

// Braces in text[begin, end) balance when every brace counts (bibtex) and
// when only unescaped ones do (LaTeX).
bool bracesBalance(const QString &text, int begin, int end)
{
    int all = 0, plain = 0;
    for (int i = begin; i < end; ++i) {
        const int step = text.at(i) == QLatin1Char('{') ? 1 : text.at(i) == QLatin1Char('}') ? -1 : 0;
        all += step;
        plain += escapedAt(text, i) ? 0 : step;
        if (all < 0 || plain < 0)
            return false;
    }
    return all == 0 && plain == 0;
}

// End (past the closing delimiter) of math opened by the '$' at i, or -1.
// Math ends at the next unescaped '$'; inline math follows pandoc's rule: no
// space after the opening '$', none before the closing one, and no digit
// right after it ("$5 and $10" is money).
int mathEnd(const QString &text, int i)
{
    const int n = text.size();
    const bool display = i + 1 < n && text.at(i + 1) == QLatin1Char('$');
    const int start = i + (display ? 2 : 1);
    int j = start;
    while (j < n && (text.at(j) != QLatin1Char('$') || escapedAt(text, j)))
        ++j;
    if (j == start || j >= n || (display && (j + 1 >= n || text.at(j + 1) != QLatin1Char('$'))))
        return -1;
    if (!display && (text.at(start).isSpace() || text.at(j - 1).isSpace() || (j + 1 < n && text.at(j + 1).isDigit())))
        return -1;
    return bracesBalance(text, start, j) && LatexCommands::mathSound(text, start, j) ? j + (display ? 2 : 1) : -1;
}

} // namespace

bool isAccent(QChar c)
{
    switch (c.unicode()) {
    case '\'': case '"': case '`': case '^': case '~': case '=': case '.':
        return true;
    }
    return false;
}

bool escapedAt(const QString &text, int i)
{
    int run = 0;
    while (i - run > 0 && text.at(i - run - 1) == QLatin1Char('\\'))
        ++run;
    return run % 2 == 1;
}

// A backslash is LaTeX when it starts an escape (\%, \{), a known text
// command (knownCommand), an accent with its letter or brace (\'e, \"{u})
// or a kept spacing symbol (\, \- \/ \@, a control space in its idioms),
// and is not in a drive path;
// any other backslash is text.
Token tokenAt(const QString &text, int i)
{
    const QChar c = text.at(i);
    const QChar next = i + 1 < text.size() ? text.at(i + 1) : QChar();
    if (c == QLatin1Char('$')) {
        const int end = mathEnd(text, i);
        return end > 0 ? Token{Kind::Math, i, end} : Token{Kind::Char, i, i + 1};
    }
    if (c == QLatin1Char('{') || c == QLatin1Char('}'))
        return {c == QLatin1Char('{') ? Kind::Open : Kind::Close, i, i + 1};
    if (c != QLatin1Char('\\')) {
        int end = i + 1;
        while (end < text.size() && !isStructural(text.at(end)))
            ++end;
        return {Kind::Char, i, end};
    }
    const bool inPath = LatexCommands::inDrivePath(text, i);
    if (isAsciiLetter(next)) {
        int end = i + 2;
        while (end < text.size() && isAsciiLetter(text.at(end)))
            ++end;
        const Known known = LatexCommands::knownCommand(text, i + 1, end);
        const QChar after = end < text.size() ? text.at(end) : QChar();
        const bool kept = known == Known::OwnEscape
            || (!inPath && (known == Known::Yes
                            || (known == Known::LetterAccent
                                && (after == QLatin1Char('{') || (i > 0 && text.at(i - 1) == QLatin1Char('{'))))));
        return kept ? Token{Kind::Command, i, end, known} : Token{Kind::Backslash, i, i + 1};
    }
    if (next == QLatin1Char('{') || next == QLatin1Char('}'))
        return {next == QLatin1Char('{') ? Kind::EscOpen : Kind::EscClose, i, i + 2};
    if (next == QLatin1Char('\\'))
        return {Kind::Backslashes, i, i + 2};
    const QChar after = i + 2 < text.size() ? text.at(i + 2) : QChar();
    const bool accent = isAccent(next) && (isAsciiLetter(after) || after == QLatin1Char('{'));
    const bool escape = QStringLiteral("%&$#_").contains(next);
    const bool kept = !next.isNull()
        && (escape || (!inPath && (accent || isKeptSymbol(next) || LatexCommands::controlSpace(text, i))));
    return kept ? Token{Kind::Symbol, i, i + 2} : Token{Kind::Backslash, i, i + 1};
}

} // namespace LatexTokens
