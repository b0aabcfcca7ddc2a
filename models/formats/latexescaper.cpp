// LatexEscaper: profile text -> BibTeX field text.
//
// Text without math, a backslash or a brace (most of it) is escaped in one
// pass by LatexPlain. Other text in three passes: split it into tokens
// (LatexTokens: math, commands, braces, runs of plain characters), pair the
// braces, write each token. Braces are the dangerous part: bibtex and biber
// count every brace, even "\{", and an unpaired one ends the entry with an
// error. So a brace is written as a brace only when its partner is written
// too; a lone one becomes \textbraceleft{} or \textbraceright{}. Math is kept
// only when it is closed, its braces balance and LaTeX reads it
// (LatexCommands::mathSound); otherwise its dollar signs are escaped like
// any text.
#include "latexescaper.h"

#include "latexplain.h"
#include "latextokens.h"

#include <QVector>

#include <utility>

namespace {

using LatexCommands::Known;
using LatexTokens::Kind;
using LatexTokens::Token;

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

// An accent is LaTeX only with its brace: "\'{" and "{\v n" without the
// partner brace are text (the brace becomes \textbraceleft{}).
void markAccentsAsText(QVector<Token> &tokens, const QString &text)
{
    for (int k = 0; k < tokens.size(); ++k) {
        Token &t = tokens[k];
        const bool letterAccent = t.kind == Kind::Command && t.known == Known::LetterAccent;
        if (!letterAccent && !(t.kind == Kind::Symbol && LatexTokens::isAccent(text.at(t.begin + 1))))
            continue;
        const Token *next = k + 1 < tokens.size() ? &tokens.at(k + 1) : nullptr;
        const Token *prev = k > 0 ? &tokens.at(k - 1) : nullptr;
        if (next && next->kind == Kind::Open)
            t.asText = !next->paired;
        else if (letterAccent)
            t.asText = !prev || prev->kind != Kind::Open || !prev->paired;
    }
}

// Math is kept, except for the characters that break it in any mode.
void appendMath(QString &out, const QString &text, const Token &t)
{
    for (int i = t.begin; i < t.end; ++i) {
        const QChar c = text.at(i);
        if ((c == QLatin1Char('%') || c == QLatin1Char('#') || c == QLatin1Char('&')) && !LatexTokens::escapedAt(text, i))
            out.append(QLatin1Char('\\'));
        out.append(c);
    }
}

QString escape(const QString &text, bool protectCapitals)
{
    QString plain;
    if (protectCapitals ? LatexPlain::escapeTitle(text, &plain) : LatexPlain::escapeText(text, &plain))
        return plain;
    QVector<Token> tokens;
    tokens.reserve(32);
    for (int i = 0; i < text.size(); i = tokens.last().end)
        tokens.append(LatexTokens::tokenAt(text, i));
    pairBraces(tokens);
    markAccentsAsText(tokens, text);
    QString out;
    out.reserve(text.size() + text.size() / 8 + 16);
    LatexPlain::Writer chars(out, text); // runs of plain characters; title words
    int keptDepth = 0;
    Kind previous = Kind::Char;
    for (const Token &t : std::as_const(tokens)) {
        if (t.kind == Kind::Char) {
            // "\e" + U+0301 (a decomposed "\é"): end the command before the mark.
            if (previous == Kind::Command && text.at(t.begin).isMark())
                out.append(QLatin1String("{}"));
            previous = t.kind;
            chars.run(t.begin, t.end, protectCapitals && keptDepth == 0);
            continue;
        }
        previous = t.kind;
        chars.endWord(t.begin);
        const bool open = t.kind == Kind::Open || t.kind == Kind::EscOpen;
        switch (t.kind) {
        case Kind::Char: break;
        case Kind::Math: appendMath(out, text, t); break;
        case Kind::Command:
        case Kind::Symbol:
            if (t.asText) {
                out.append(QLatin1String("\\textbackslash{}"));
                chars.run(t.begin + 1, t.end, false);
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
    chars.endWord(int(text.size()));
    return out;
}

} // namespace

namespace LatexEscaper {

QString escapeText(const QString &text) { return escape(text, false); }

QString escapeTitle(const QString &title) { return escape(title, true); }

} // namespace LatexEscaper
