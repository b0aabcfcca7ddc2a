#pragma once
// Test support: a small, strict BibTeX reader with bibtex's own rules, fast
// enough for a fuzz target to run on every input (the real biber and bibtex
// in bibtools.h take a second each). It accepts exactly the shape that
// BibtexWriter promises:
//   @type{key,
//     name = {value},          (or a bare month macro / number)
//   }
// and checks what makes bibtex or LaTeX fail: braces that do not balance
// when every brace counts (bibtex counts "\{" too), a key with characters
// bibtex ends a key at, a duplicate field, a control character, a value
// that ends in a lone backslash (it would eat the closing brace in LaTeX).
// Header-only and Qt Core only, so the fuzz targets can use it.

#include <QSet>
#include <QString>

namespace BibtexCheck {

struct Result
{
    bool ok = false;
    int entries = 0;
    QString error;               // what is wrong, and where (character offset)
};

namespace detail {
inline bool isSpace(QChar c)
{
    return c == QLatin1Char(' ') || c == QLatin1Char('\n') || c == QLatin1Char('\t') || c == QLatin1Char('\r');
}
inline bool isAsciiLetter(QChar c)
{
    return (c >= QLatin1Char('a') && c <= QLatin1Char('z')) || (c >= QLatin1Char('A') && c <= QLatin1Char('Z'));
}
inline bool isAsciiDigit(QChar c)
{
    return c >= QLatin1Char('0') && c <= QLatin1Char('9');
}
} // namespace detail

inline Result check(const QString &text)
{
    using namespace detail;
    Result r;
    const int n = int(text.size());
    int i = 0;
    const auto fail = [&r, &i](const QString &what) {
        r.ok = false;
        r.error = QStringLiteral("%1 at offset %2").arg(what).arg(i);
        return r;
    };
    const auto skipSpace = [&] {
        while (i < n && isSpace(text.at(i)))
            ++i;
    };
    for (int k = 0; k < n; ++k) {
        const ushort u = text.at(k).unicode();
        if ((u < 0x20 && u != '\n' && u != '\t' && u != '\r') || u == 0x7F) {
            i = k;
            return fail(QStringLiteral("control character U+%1").arg(u, 4, 16, QLatin1Char('0')));
        }
    }
    while (true) {
        skipSpace();
        if (i >= n)
            break;
        if (text.at(i) != QLatin1Char('@'))
            return fail(QStringLiteral("text outside an entry"));
        ++i;
        const int typeStart = i;
        while (i < n && isAsciiLetter(text.at(i)))
            ++i;
        if (i == typeStart)
            return fail(QStringLiteral("entry without a type"));
        if (i >= n || text.at(i) != QLatin1Char('{'))
            return fail(QStringLiteral("'{' expected after the entry type"));
        ++i;
        const int keyStart = i;
        static const QString keyStops = QStringLiteral(" \t\r\n{}(),=#%\"'\\@");
        while (i < n && text.at(i) != QLatin1Char(',')) {
            if (keyStops.contains(text.at(i)))
                return fail(QStringLiteral("character '%1' in the key").arg(text.at(i)));
            ++i;
        }
        if (i == keyStart)
            return fail(QStringLiteral("empty key"));
        if (i >= n)
            return fail(QStringLiteral("entry ends in its key"));
        ++i; // ','
        QSet<QString> fields;
        bool closed = false;
        while (!closed) {
            skipSpace();
            if (i >= n)
                return fail(QStringLiteral("entry not closed"));
            if (text.at(i) == QLatin1Char('}')) {
                ++i;
                break;
            }
            const int nameStart = i;
            if (!isAsciiLetter(text.at(i)))
                return fail(QStringLiteral("field name expected"));
            while (i < n && (isAsciiLetter(text.at(i)) || isAsciiDigit(text.at(i))
                             || text.at(i) == QLatin1Char('_') || text.at(i) == QLatin1Char('-')))
                ++i;
            const QString name = text.mid(nameStart, i - nameStart).toLower();
            if (fields.contains(name))
                return fail(QStringLiteral("duplicate field '%1'").arg(name));
            fields.insert(name);
            skipSpace();
            if (i >= n || text.at(i) != QLatin1Char('='))
                return fail(QStringLiteral("'=' expected after field '%1'").arg(name));
            ++i;
            skipSpace();
            if (i >= n)
                return fail(QStringLiteral("value expected"));
            if (text.at(i) == QLatin1Char('{')) {
                const int valueStart = ++i;
                int depth = 1;
                while (i < n && depth > 0) {
                    if (text.at(i) == QLatin1Char('{'))
                        ++depth;
                    else if (text.at(i) == QLatin1Char('}'))
                        --depth;
                    ++i;
                }
                if (depth > 0)
                    return fail(QStringLiteral("braces of field '%1' do not balance").arg(name));
                int backslashes = 0;
                for (int k = i - 2; k >= valueStart && text.at(k) == QLatin1Char('\\'); --k)
                    ++backslashes;
                if (backslashes % 2 == 1)
                    return fail(QStringLiteral("field '%1' ends in a lone backslash").arg(name));
            } else if (isAsciiDigit(text.at(i)) || isAsciiLetter(text.at(i))) {
                while (i < n && (isAsciiLetter(text.at(i)) || isAsciiDigit(text.at(i))))
                    ++i;
            } else {
                return fail(QStringLiteral("value of field '%1' is neither braced, a number nor a macro").arg(name));
            }
            skipSpace();
            if (i >= n || (text.at(i) != QLatin1Char(',') && text.at(i) != QLatin1Char('}')))
                return fail(QStringLiteral("',' or '}' expected after field '%1'").arg(name));
            closed = text.at(i) == QLatin1Char('}');
            ++i;
        }
        ++r.entries;
    }
    r.ok = true;
    return r;
}

} // namespace BibtexCheck
