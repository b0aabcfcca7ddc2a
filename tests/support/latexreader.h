#pragma once
// Test support: what LaTeX typesets from a BibTeX field, for the small part
// of LaTeX that BibtexWriter produces (its escapes, kept math, a few
// formatting commands, accents), so a test can compare the typeset text with
// the text that went in. Strict where LaTeX fails or loses characters: a
// special character outside math (& # ^ _ %), an unknown command (\data),
// unbalanced braces, an unclosed or unsound $...$ are errors; a control
// space, a tie or a brace group typeset as LaTeX would (a space, a space,
// the group's contents) so a lost backslash or brace shows as a difference.
// Math is not typeset: it reads as its source, normalised like the input
// (see meaning()). Header-only, Qt Core only.

#include <QString>

namespace LatexReader {

struct Reading
{
    bool ok = false;
    QString text;
    QString error;
};

namespace detail {

inline bool isLetter(QChar c)
{
    return (c >= QLatin1Char('a') && c <= QLatin1Char('z')) || (c >= QLatin1Char('A') && c <= QLatin1Char('Z'));
}

inline bool isEscapable(QChar c) { return QStringLiteral("&%$#_{}").contains(c); }

// \X for X in & % $ # _ { } reads as X; "\\" stays a pair.
inline QString unescape(const QString &s)
{
    QString out;
    for (int i = 0; i < s.size(); ++i) {
        if (s.at(i) == QLatin1Char('\\') && i + 1 < s.size()) {
            if (isEscapable(s.at(i + 1))) {
                out.append(s.at(++i));
                continue;
            }
            if (s.at(i + 1) == QLatin1Char('\\')) {
                out.append(s.mid(i, 2));
                ++i;
                continue;
            }
        }
        out.append(s.at(i));
    }
    return out;
}

// What stops LaTeX in math mode, for the characters the writer deals with.
inline QString unsoundMath(const QString &m)
{
    int depth = 0;
    for (int i = 0; i < m.size(); ++i) {
        const QChar c = m.at(i);
        const QChar next = i + 1 < m.size() ? m.at(i + 1) : QChar();
        if (c == QLatin1Char('\\')) {
            if (isLetter(next)) {
                while (i + 1 < m.size() && isLetter(m.at(i + 1)))
                    ++i;
                continue;
            }
            if (next.isNull() || !(isEscapable(next) || QStringLiteral(" ,;:!|").contains(next)))
                return QStringLiteral("\\%1 in math").arg(next);
            ++i;
            continue;
        }
        if (c == QLatin1Char('&') || c == QLatin1Char('#') || c == QLatin1Char('%'))
            return QStringLiteral("bare %1 in math").arg(c);
        if (c == QLatin1Char('^') || c == QLatin1Char('_')) {
            int j = i + 1;
            while (j < m.size() && m.at(j) == QLatin1Char(' '))
                ++j;
            if (j >= m.size() || QStringLiteral("^_}~").contains(m.at(j)))
                return QStringLiteral("%1 without an argument in math").arg(c);
        }
        depth += c == QLatin1Char('{') ? 1 : c == QLatin1Char('}') ? -1 : 0;
        if (depth < 0)
            return QStringLiteral("unbalanced braces in math");
    }
    return depth == 0 ? QString() : QStringLiteral("unbalanced braces in math");
}

inline QString combining(QChar accent)
{
    switch (accent.unicode()) {
    case '\'': return QStringLiteral("\u0301");
    case '`': return QStringLiteral("\u0300");
    case '"': return QStringLiteral("\u0308");
    case '~': return QStringLiteral("\u0303");
    case '^': return QStringLiteral("\u0302");
    case '=': return QStringLiteral("\u0304");
    case '.': return QStringLiteral("\u0307");
    }
    return QString();
}

struct Parser
{
    const QString &s;
    int i = 0;
    QString error;

    bool fail(const QString &what)
    {
        if (error.isEmpty())
            error = QStringLiteral("%1 at %2 in \"%3\"").arg(what).arg(i).arg(s);
        return false;
    }

    // A {...} group after a command: its contents, typeset.
    bool argument(QString &out)
    {
        if (i >= s.size() || s.at(i) != QLatin1Char('{'))
            return fail(QStringLiteral("argument expected"));
        ++i;
        return text(out, true);
    }

    bool command(QString &out)
    {
        const int begin = ++i; // past the backslash
        if (i >= s.size())
            return fail(QStringLiteral("lone backslash at the end"));
        const QChar c = s.at(i);
        if (!isLetter(c)) {
            ++i;
            if (isEscapable(c))
                out.append(c);
            else if (c == QLatin1Char(' '))
                out.append(QLatin1Char(' ')); // a control space: the backslash is gone
            else if (c == QLatin1Char(','))
                out.append(QChar(0x2009));
            else if (!combining(c).isEmpty()) {
                QString base;
                if (i < s.size() && s.at(i) == QLatin1Char('{')) {
                    if (!argument(base))
                        return false;
                } else if (i < s.size() && isLetter(s.at(i))) {
                    base = s.at(i++);
                } else {
                    return fail(QStringLiteral("accent \\%1 without a letter").arg(c));
                }
                out.append(base).append(combining(c));
            } else {
                return fail(QStringLiteral("unknown control symbol \\%1").arg(c));
            }
            return true;
        }
        while (i < s.size() && isLetter(s.at(i)))
            ++i;
        const QString name = s.mid(begin, i - begin);
        while (i < s.size() && s.at(i) == QLatin1Char(' '))
            ++i; // TeX skips spaces after a control word
        static const struct { const char *name; const char *text; } symbols[] = {
            {"textbackslash", "\\"}, {"textasciitilde", "~"}, {"textasciicircum", "^"},
            {"textbraceleft", "{"}, {"textbraceright", "}"},
        };
        for (const auto &symbol : symbols) {
            if (name == QLatin1String(symbol.name)) {
                if (s.mid(i, 2) == QLatin1String("{}"))
                    i += 2;
                out.append(QLatin1String(symbol.text));
                return true;
            }
        }
        static const QStringList formatting = {QStringLiteral("textit"), QStringLiteral("textbf"),
                                               QStringLiteral("emph"), QStringLiteral("textsc"),
                                               QStringLiteral("texttt")};
        if (formatting.contains(name))
            return argument(out);
        return fail(QStringLiteral("undefined command \\%1").arg(name));
    }

    bool math(QString &out)
    {
        const bool display = s.mid(i, 2) == QLatin1String("$$");
        const QString delimiter = display ? QStringLiteral("$$") : QStringLiteral("$");
        const int begin = i + int(delimiter.size());
        int j = begin;
        while (j < s.size() && s.at(j) != QLatin1Char('$'))
            j += s.at(j) == QLatin1Char('\\') ? 2 : 1;
        if (j >= s.size() || s.mid(j, delimiter.size()) != delimiter)
            return fail(QStringLiteral("unclosed math"));
        const QString content = s.mid(begin, j - begin);
        const QString unsound = unsoundMath(content);
        if (!unsound.isEmpty())
            return fail(unsound);
        out.append(delimiter).append(unescape(content)).append(delimiter);
        i = j + int(delimiter.size());
        return true;
    }

    // Text up to the end, or up to the '}' closing a group when inGroup.
    bool text(QString &out, bool inGroup)
    {
        while (i < s.size()) {
            const QChar c = s.at(i);
            switch (c.unicode()) {
            case '\\':
                if (!command(out))
                    return false;
                continue;
            case '$':
                if (!math(out))
                    return false;
                continue;
            case '{':
                ++i;
                if (!text(out, true))
                    return false;
                continue;
            case '}':
                if (!inGroup)
                    return fail(QStringLiteral("'}' without '{'"));
                ++i;
                return true;
            case '~':
                out.append(QChar(0x00A0));
                break;
            case '%':
                return fail(QStringLiteral("'%' starts a comment"));
            case '&': case '#': case '^': case '_':
                return fail(QStringLiteral("'%1' outside math").arg(c));
            default:
                if (c.isSpace()) {
                    if (!out.endsWith(QLatin1Char(' ')))
                        out.append(QLatin1Char(' '));
                } else {
                    out.append(c);
                }
                break;
            }
            ++i;
        }
        return inGroup ? fail(QStringLiteral("'{' not closed")) : true;
    }
};

} // namespace detail

// What LaTeX typesets from field text (a .bbl's or biber's).
inline Reading typeset(const QString &latex)
{
    detail::Parser parser{latex, 0, QString()};
    Reading r;
    r.ok = parser.text(r.text, false);
    r.error = parser.error;
    r.text = r.text.trimmed();
    return r;
}

// What an input text means under design.md section 5: "\&" and the other
// escapes of & % $ # _ { } are the character (in math too, where the
// writer's own escapes read the same way); everything else is literal text,
// white space simplified.
inline QString meaning(const QString &input)
{
    return detail::unescape(input.simplified());
}

} // namespace LatexReader
