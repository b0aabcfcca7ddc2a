// LatexEscaper: profile text -> BibTeX field text.
//
// Three passes: split the text into tokens (math, commands, braces, plain
// characters), pair the braces, write each token. Braces are the dangerous
// part: bibtex and biber count every brace, even "\{", and an unpaired one
// ends the entry with an error. So a brace is written as a brace only when
// its partner is written too; a lone one becomes \textbraceleft{} or
// \textbraceright{}. Math is kept only when it is closed, its braces
// balance and LaTeX reads it (LatexCommands::mathSound); otherwise its dollar
// signs are escaped like any text. Which backslashes are LaTeX and which are
// text (a path, "a \ b") is decided by tokenAt with LatexCommands.
#include "latexescaper.h"

#include "latexcommands.h"

#include <QHash>
#include <QVector>

#include <algorithm>
#include <array>
#include <utility>

namespace {

using LatexCommands::Known;

enum class Kind { Char, Math, Command, Symbol, Open, Close, EscOpen, EscClose, Backslash, Backslashes };

struct Token
{
    Kind kind;
    int begin, end;      // [begin, end) in the text
    bool paired = false; // braces: the partner exists
    bool kept = false;   // braces: a LaTeX group, written as { }
    bool asText = false; // an accent whose brace has no partner: text
};

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

// Accents: \'e, \"{u}, \~n.
bool isAccent(QChar c)
{
    switch (c.unicode()) {
    case '\'': case '"': case '`': case '^': case '~': case '=': case '.':
        return true;
    }
    return false;
}

bool isAsciiLetter(QChar c) { return c.unicode() < 0x80 && c.isLetter(); }

// Connectors continue a title word ("GPT-4", "InCoder-6.7B", "I/O").
bool isConnector(QChar c)
{
    const ushort u = c.unicode();
    return u == '-' || u == '.' || u == '\'' || u == '+' || u == '/';
}

// The character at i follows an odd run of backslashes.
bool escapedAt(const QString &text, int i)
{
    int run = 0;
    while (i - run > 0 && text.at(i - run - 1) == QLatin1Char('\\'))
        ++run;
    return run % 2 == 1;
}

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
    if (c != QLatin1Char('\\'))
        return {Kind::Char, i, i + 1};
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
        return kept ? Token{Kind::Command, i, end} : Token{Kind::Backslash, i, i + 1};
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

// Pairs { with } and \{ with \} (separately: LaTeX groups must nest, escaped
// braces only have to be as many), then marks the groups that are LaTeX:
// a command's argument (\textit{...}, \'{e}, \href{a}{b}), a group opening
// with a command ({\em x}, {\`e}) and everything nested in them.
void pairBraces(QVector<Token> &tokens)
{
    QVector<int> groups, escaped;
    for (int k = 0; k < tokens.size(); ++k) {
        const Kind kind = tokens.at(k).kind;
        QVector<int> &stack = kind == Kind::Open || kind == Kind::Close ? groups : escaped;
        if (kind == Kind::Open || kind == Kind::EscOpen) {
            stack.append(k);
        } else if ((kind == Kind::Close || kind == Kind::EscClose) && !stack.isEmpty()) {
            tokens[stack.takeLast()].paired = true;
            tokens[k].paired = true;
        }
    }
    const auto isCommand = [](Kind kind) { return kind == Kind::Command || kind == Kind::Symbol; };
    QVector<bool> open; // kept flag of each open group
    for (int k = 0; k < tokens.size(); ++k) {
        Token &t = tokens[k];
        if (t.paired && t.kind == Kind::Close) {
            t.kept = open.takeLast();
        } else if (t.paired && t.kind == Kind::Open) {
            const Token *prev = k > 0 ? &tokens.at(k - 1) : nullptr;
            t.kept = (!open.isEmpty() && open.last()) || isCommand(tokens.at(k + 1).kind)
                || (prev && (isCommand(prev->kind) || (prev->kind == Kind::Close && prev->kept)));
            open.append(t.kept);
        }
    }
}

// Math is kept, except for the characters that break it in any mode.
void appendMath(QString &out, const QString &text, const Token &t)
{
    for (int i = t.begin; i < t.end; ++i) {
        const QChar c = text.at(i);
        if ((c == QLatin1Char('%') || c == QLatin1Char('#') || c == QLatin1Char('&')) && !escapedAt(text, i))
            out.append(QLatin1Char('\\'));
        out.append(c);
    }
}

void appendChar(QString &out, QChar c)
{
    switch (c.unicode()) {
    case '~': out.append(QLatin1String("\\textasciitilde{}")); break;
    case '^': out.append(QLatin1String("\\textasciicircum{}")); break;
    case '&': case '%': case '$': case '#': case '_': out.append(QLatin1Char('\\')).append(c); break;
    default: out.append(c); break;
    }
}

// Braces a word with a capital after its first letter, or an acronym. A
// trailing connector ("LLMs.") stays outside the braces, except '+'.
void appendWord(QString &out, const QChar *word, int size)
{
    int end = size;
    while (end > 0 && isConnector(word[end - 1]) && word[end - 1] != QLatin1Char('+'))
        --end;
    bool innerCapital = false;
    int letters = 0, uppers = 0;
    for (int i = 0; i < end; ++i) {
        letters += word[i].isLetter() ? 1 : 0;
        uppers += word[i].isUpper() ? 1 : 0;
        innerCapital = innerCapital || (i > 0 && word[i].isUpper());
    }
    if (innerCapital || (letters >= 2 && uppers == letters))
        out.append(QLatin1Char('{')).append(word, end).append(QLatin1Char('}')).append(word + end, size - end);
    else
        out.append(word, size);
}

QString escape(const QString &text, bool protectCapitals)
{
    // Most abstracts and names hold no math, command or brace: then every
    // token is a plain character and the passes below come down to this,
    // done in one pass: runs of plain characters copied whole, or the text
    // itself (shared) when nothing needs escaping.
    if (!protectCapitals) {
        const QChar *begin = text.constData();
        const QChar *end = begin + text.size();
        const QChar *run = begin;
        QString out;
        bool structured = false;
        // ASCII classes: 1 structural ($ { } \\), 2 escaped (~ ^ & % # _), 0 plain.
        static const auto classes = [] {
            std::array<quint8, 128> c{};
            for (char s : {'$', '{', '}', '\\'})
                c[uchar(s)] = 1;
            for (char s : {'~', '^', '&', '%', '#', '_'})
                c[uchar(s)] = 2;
            return c;
        }();
        for (const QChar *c = begin; c != end && !structured; ++c) {
            const ushort u = c->unicode();
            if (u >= 0x80 || classes[u] == 0)
                continue;
            switch (classes[u]) {
            case 1:
                structured = true;
                break;
            case 2:
                if (out.isNull())
                    out.reserve(text.size() + text.size() / 8 + 16);
                out.append(run, int(c - run));
                appendChar(out, *c);
                run = c + 1;
                break;
            }
        }
        if (!structured) {
            if (out.isNull())
                return text;
            out.append(run, int(end - run));
            return out;
        }
    }
    QVector<Token> tokens;
    tokens.reserve(text.size());
    for (int i = 0; i < text.size(); i = tokens.last().end) {
        tokens.append(tokenAt(text, i));
        // Outside titles a run of plain characters is one token: it is
        // written character by character all the same.
        Token &t = tokens.last();
        if (!protectCapitals && t.kind == Kind::Char) {
            const auto structural = [](QChar c) {
                const ushort u = c.unicode();
                return u == '$' || u == '{' || u == '}' || u == '\\';
            };
            if (!structural(text.at(t.begin))) {
                while (t.end < text.size() && !structural(text.at(t.end)))
                    ++t.end;
            }
        }
    }
    pairBraces(tokens);
    // An accent is LaTeX only with its brace: "\'{" and "{\v n" without
    // the partner brace are text (the brace becomes \textbraceleft{}).
    for (int k = 0; k < tokens.size(); ++k) {
        Token &t = tokens[k];
        const bool letterAccent = t.kind == Kind::Command
            && LatexCommands::knownCommand(text, t.begin + 1, t.end) == Known::LetterAccent;
        if (!letterAccent && !(t.kind == Kind::Symbol && isAccent(text.at(t.begin + 1))))
            continue;
        const Token *next = k + 1 < tokens.size() ? &tokens.at(k + 1) : nullptr;
        const Token *prev = k > 0 ? &tokens.at(k - 1) : nullptr;
        if (next && next->kind == Kind::Open)
            t.asText = !next->paired;
        else if (letterAccent)
            t.asText = !prev || prev->kind != Kind::Open || !prev->paired;
    }
    QString out;
    out.reserve(text.size() + text.size() / 8 + 16);
    int wordBegin = -1; // a title word is a run of Char tokens: a range of text
    int keptDepth = 0;
    Kind previous = Kind::Char;
    for (const Token &t : std::as_const(tokens)) {
        const QChar c = text.at(t.begin);
        // "\e" + U+0301 (a decomposed "\é"): end the command before the mark.
        if (t.kind == Kind::Char && previous == Kind::Command && c.isMark())
            out.append(QLatin1String("{}"));
        previous = t.kind;
        if (t.kind == Kind::Char && protectCapitals && keptDepth == 0
            && (c.isLetterOrNumber() || c.isMark() || (wordBegin >= 0 && isConnector(c)))) {
            wordBegin = wordBegin < 0 ? t.begin : wordBegin;
            continue;
        }
        if (wordBegin >= 0)
            appendWord(out, text.constData() + wordBegin, t.begin - wordBegin);
        wordBegin = -1;
        const bool open = t.kind == Kind::Open || t.kind == Kind::EscOpen;
        switch (t.kind) {
        case Kind::Char:
            for (int i = t.begin; i < t.end; ++i)
                appendChar(out, text.at(i));
            break;
        case Kind::Math: appendMath(out, text, t); break;
        case Kind::Command:
        case Kind::Symbol:
            if (t.asText) {
                out.append(QLatin1String("\\textbackslash{}"));
                for (int i = t.begin + 1; i < t.end; ++i)
                    appendChar(out, text.at(i));
            } else {
                out.append(text.constData() + t.begin, t.end - t.begin);
            }
            break;
        case Kind::Backslash: out.append(QLatin1String("\\textbackslash{}")); break;
        case Kind::Backslashes: out.append(QLatin1String("\\textbackslash{}\\textbackslash{}")); break;
        case Kind::Open: case Kind::EscOpen: case Kind::Close: case Kind::EscClose:
            if (!t.paired)
                out.append(open ? QLatin1String("\\textbraceleft{}") : QLatin1String("\\textbraceright{}"));
            else if (t.kept)
                out.append(open ? QLatin1Char('{') : QLatin1Char('}'));
            else
                out.append(open ? QLatin1String("\\{") : QLatin1String("\\}"));
            keptDepth += t.kept ? (open ? 1 : -1) : 0;
            break;
        }
    }
    if (wordBegin >= 0)
        appendWord(out, text.constData() + wordBegin, text.size() - wordBegin);
    return out;
}

// Accent command for a combining mark, or null.
const char *accentFor(ushort mark)
{
    static const struct { ushort mark; const char *accent; } accents[] = {
        {0x0300, "`"}, {0x0301, "'"}, {0x0302, "^"}, {0x0303, "~"}, {0x0304, "="}, {0x0306, "u"},
        {0x0307, "."}, {0x0308, "\""}, {0x030A, "r"}, {0x030B, "H"}, {0x030C, "v"}, {0x0323, "d"},
        {0x0327, "c"}, {0x0328, "k"}, {0x0331, "b"}};
    for (const auto &a : accents) {
        if (a.mark == mark)
            return a.accent;
    }
    return nullptr;
}

// Decomposed "e" + U+0300 -> "{\`e}"; several marks nest: "{\^{\d e}}".
// Null when the base or a mark has no LaTeX form.
QString accented(const QString &cluster)
{
    if (cluster.size() < 2 || !isAsciiLetter(cluster.at(0)))
        return QString();
    QString result = cluster.left(1);
    for (int i = 1; i < cluster.size(); ++i) {
        const ushort mark = cluster.at(i).unicode();
        const char *accent = accentFor(mark);
        if (!accent)
            return QString();
        if (mark < 0x0323 && (result == QLatin1String("i") || result == QLatin1String("j")))
            result.prepend(QLatin1Char('\\')); // dotless i/j under an accent above
        if (i > 1)
            result = QLatin1Char('{') + result + QLatin1Char('}');
        // A letter accent needs a space before a plain letter: "\v n", "\c c".
        const bool space = isAsciiLetter(QLatin1Char(accent[0])) && isAsciiLetter(result.at(0));
        result = QLatin1Char('\\') + QLatin1String(accent) + (space ? QStringLiteral(" ") : QString()) + result;
    }
    return QLatin1Char('{') + result + QLatin1Char('}');
}

} // namespace

namespace LatexEscaper {

QString escapeText(const QString &text) { return escape(text, false); }

QString escapeTitle(const QString &title) { return escape(title, true); }

QString nonAsciiToLatex(const QString &text)
{
    static const QHash<ushort, QString> letters = {
        {0x00DF, QStringLiteral("{\\ss}")}, {0x00F8, QStringLiteral("{\\o}")},  {0x00D8, QStringLiteral("{\\O}")},
        {0x0142, QStringLiteral("{\\l}")},  {0x0141, QStringLiteral("{\\L}")},  {0x00E6, QStringLiteral("{\\ae}")},
        {0x00C6, QStringLiteral("{\\AE}")}, {0x0153, QStringLiteral("{\\oe}")}, {0x0152, QStringLiteral("{\\OE}")},
        {0x00E5, QStringLiteral("{\\aa}")}, {0x00C5, QStringLiteral("{\\AA}")}, {0x0131, QStringLiteral("{\\i}")},
        {0x2013, QStringLiteral("--")},     {0x2014, QStringLiteral("---")},    {0x2018, QStringLiteral("`")},
        {0x2019, QStringLiteral("'")},      {0x201C, QStringLiteral("``")},     {0x201D, QStringLiteral("''")},
        {0x00A0, QStringLiteral("~")},      {0x2026, QStringLiteral("\\ldots{}")},
    };
    QString out;
    out.reserve(text.size() + 16);
    bool inlineMath = false, displayMath = false; // math is left as it is
    const int n = text.size();
    for (int i = 0, end = 0; i < n; i = end) {
        const QChar c = text.at(i);
        end = i + 1;
        if (c == QLatin1Char('$') && !escapedAt(text, i)) {
            const bool display = end < n && text.at(end) == QLatin1Char('$');
            bool &math = display ? displayMath : inlineMath;
            math = !math;
            end += display ? 1 : 0;
            out.append(text.constData() + i, end - i);
            continue;
        }
        if (c.isHighSurrogate() && end < n && text.at(end).isLowSurrogate())
            ++end;
        while (end < n && text.at(end).isMark())
            ++end;
        if (c.unicode() < 0x80 && end == i + 1) {
            out.append(c);
            continue;
        }
        const QString cluster = text.mid(i, end - i);
        QString latex;
        if (!inlineMath && !displayMath) {
            latex = end == i + 1 ? letters.value(c.unicode()) : QString();
            if (latex.isEmpty())
                latex = accented(cluster.normalized(QString::NormalizationForm_D));
        }
        out.append(latex.isEmpty() ? cluster : latex);
    }
    return out;
}

} // namespace LatexEscaper
