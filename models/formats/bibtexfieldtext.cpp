// BibtexFieldText: field values -> one clean line, before LatexEscaper.
//
// isSimple runs over every character of every exported value, so it works
// without a branch per character on ASCII: each character's classes are
// or-ed into one word and tested once at the end.
#include "bibtexfieldtext.h"

#include <algorithm>
#include <array>

namespace BibtexFieldText {

namespace {

enum Class : quint8 {
    Space = 1 << 0,   // ' '
    Special = 1 << 1, // a character LaTeX reads specially
    Bad = 1 << 2,     // a control character, other white space, or a space after a space
};

bool isControl(QChar c)
{
    const ushort u = c.unicode();
    return (u < 0x20 && u != '\t' && u != '\n' && u != '\v' && u != '\f' && u != '\r') || (u >= 0x7F && u <= 0x9F);
}

bool isAsciiWordChar(QChar c)
{
    const ushort u = c.unicode();
    return (u >= 'a' && u <= 'z') || (u >= 'A' && u <= 'Z') || (u >= '0' && u <= '9') || u == '_';
}

} // namespace

bool isSimple(const QString &value, bool *plain)
{
    static const auto classes = [] {
        std::array<quint8, 128> c{};
        for (int u = 0; u < 0x20; ++u)
            c[u] = Bad;
        c[0x7F] = Bad;
        c[' '] = Space;
        for (char special : {'$', '{', '}', '\\', '~', '^', '&', '%', '#', '_'})
            c[uchar(special)] = Special;
        return c;
    }();
    uint seen = 0;
    uint afterSpace = Space; // no white space at the start
    for (const QChar c : value) {
        const ushort u = c.unicode();
        uint k;
        if (u < 0x80)
            k = classes[u];
        else
            k = u <= 0x9F || c.isSpace() ? Bad : 0; // C1 controls, which withoutControls() drops
        seen |= k | ((k & afterSpace) << 2); // Space << 2 is Bad
        afterSpace = k & Space;
    }
    *plain = (seen & Special) == 0;
    return (seen & Bad) == 0 && (afterSpace == 0 || value.isEmpty());
}

QString withoutControls(const QString &value)
{
    if (std::none_of(value.cbegin(), value.cend(), isControl))
        return value;
    QString out;
    out.reserve(value.size());
    for (const QChar c : value) {
        if (!isControl(c))
            out.append(c);
    }
    return out;
}

QString identifier(const QString &value)
{
    QString out = withoutControls(value).simplified();
    out.replace(QLatin1Char(' '), QLatin1String("%20"));
    out.replace(QLatin1Char('{'), QLatin1String("%7B"));
    out.replace(QLatin1Char('}'), QLatin1String("%7D"));
    out.replace(QLatin1Char('\\'), QLatin1String("%5C")); // "x\}" would eat the closing brace
    return out;
}

// What the regular expression "(,|\band\b)" (case-insensitive, \b between
// an ASCII word character and anything else) finds, without one.
bool splitsBadly(const QString &name)
{
    const int n = int(name.size());
    for (int i = 0; i < n; ++i) {
        const ushort u = name.at(i).unicode();
        if (u == ',')
            return true;
        if ((u | 0x20) != 'a' || i + 3 > n)
            continue;
        if ((name.at(i + 1).unicode() | 0x20) == 'n' && (name.at(i + 2).unicode() | 0x20) == 'd'
            && (i == 0 || !isAsciiWordChar(name.at(i - 1))) && (i + 3 == n || !isAsciiWordChar(name.at(i + 3))))
            return true;
    }
    return false;
}

} // namespace BibtexFieldText
