// LatexCommands: which backslashes and dollars in profile text are LaTeX.
//
// The rule (issue 16): a backslash is LaTeX when it escapes a special
// character (\% \& \$ \# \_ \{ \}), starts a known text command or an
// accent with its letter or brace, or is one of the spacing symbols; in a
// word that starts with a drive ("C:\") only the escapes are. Everything
// else is text and comes out as \textbackslash{}: "C:\data\set",
// "a \ b", "\alpha" outside math, "\t" (no brace for the tie accent).
#include "latexcommands.h"

#include <QHash>

namespace {

bool isAsciiLetter(QChar c) { return c.unicode() < 0x80 && c.isLetter(); }

} // namespace

namespace LatexCommands {

Known knownCommand(const QString &text, int begin, int end)
{
    static const QHash<QString, Known> names = [] {
        QHash<QString, Known> h;
        for (const char *name :
             {"textit", "textbf", "texttt", "textsc", "textsf", "textrm", "textsl", "textup", "textmd", "textnormal",
              "emph", "underline", "textsuperscript", "textsubscript", "mbox", "url", "href", "cite", "ref",
              "footnote", "em", "it", "bf", "tt", "sc", "sf", "rm", "sl", "itshape", "bfseries", "ttfamily",
              "scshape", "sffamily", "rmfamily", "upshape", "normalfont", "small", "large", "LaTeX", "TeX",
              "LaTeXe", "ldots", "dots", "textellipsis", "textendash", "textemdash", "textbar", "textless",
              "textgreater", "textunderscore", "textdollar", "textquotedblleft", "textquotedblright",
              "textquoteleft", "textquoteright", "textbullet", "textperiodcentered", "textregistered",
              "texttrademark", "textcopyright", "textdegree", "copyright", "pounds", "dag", "ddag", "S", "P",
              "ss", "ae", "AE", "oe", "OE", "aa", "AA", "o", "O", "l", "L", "i", "j", "quad", "qquad",
              "enspace", "thinspace", "hspace", "nobreakspace", "newline"})
            h.insert(QLatin1String(name), Known::Yes);
        for (const char *name : {"b", "c", "d", "H", "k", "r", "t", "u", "v"})
            h.insert(QLatin1String(name), Known::LetterAccent);
        for (const char *name : {"textbackslash", "textasciitilde", "textasciicircum", "textbraceleft", "textbraceright"})
            h.insert(QLatin1String(name), Known::OwnEscape);
        return h;
    }();
    return names.value(text.mid(begin, end - begin), Known::No);
}

// The backslash at i is in a word that starts with a drive ("C:\",
// "(d:\"): a Windows path, where every backslash but an escape is text.
// Escaping keeps the drive at the word's start: escaping twice changes
// nothing.
bool inDrivePath(const QString &text, int i)
{
    int w = i;
    while (w > 0 && !text.at(w - 1).isSpace())
        --w;
    while (w < i && (text.at(w) == QLatin1Char('(') || text.at(w) == QLatin1Char('"') || text.at(w) == QLatin1Char('\'')))
        ++w;
    return w + 2 <= i && isAsciiLetter(text.at(w)) && text.at(w + 1) == QLatin1Char(':')
        && text.at(w + 2) == QLatin1Char('\\');
}

// Math that LaTeX reads without stopping, as far as the characters that
// matter here go: a backslash starts a command or escapes a special
// character or spacing (not "\\", an accent or a digit), and ^ or _ has an
// argument (not "^^", which is TeX's character notation, "__", "^}" or "^~").
bool mathSound(const QString &text, int begin, int end)
{
    for (int k = begin; k < end; ++k) {
        const QChar c = text.at(k);
        if (c == QLatin1Char('\\')) {
            const QChar next = k + 1 < end ? text.at(k + 1) : QChar();
            if (isAsciiLetter(next)) {
                while (k + 1 < end && isAsciiLetter(text.at(k + 1)))
                    ++k;
            } else if (next.isNull() || !QStringLiteral("{}$&%#_,;:!| ").contains(next)) {
                return false;
            } else {
                ++k;
            }
        } else if (c == QLatin1Char('^') || c == QLatin1Char('_')) {
            int a = k + 1;
            while (a < end && text.at(a) == QLatin1Char(' '))
                ++a;
            if (a >= end || QStringLiteral("^_}~").contains(text.at(a)))
                return false;
        }
    }
    return true;
}

// "\ " is LaTeX's control space only in its idioms: after an abbreviation's
// period ("e.g.\ the") and after a known command ("\LaTeX\ is"); "a \ b"
// is a backslash.
bool controlSpace(const QString &text, int i)
{
    if (i + 1 >= text.size() || text.at(i + 1) != QLatin1Char(' ') || i == 0)
        return false;
    if (text.at(i - 1) == QLatin1Char('.'))
        return true;
    int w = i;
    while (w > 0 && isAsciiLetter(text.at(w - 1)))
        --w;
    return w < i && w > 0 && text.at(w - 1) == QLatin1Char('\\') && knownCommand(text, w, i) == Known::Yes;
}

} // namespace LatexCommands
