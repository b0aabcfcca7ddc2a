// LatexDecoder: one pass over the text. An accent command leaves a pending
// combining mark that follows the next letter written (braces are dropped,
// so "\'{e}" and "\'e" are the same); the result is composed (NFC) when a
// mark was written.
#include "latexdecoder.h"
#include "latextable.h"

#include <QHash>

namespace {

struct Tables
{
    QHash<QString, char16_t> accents, letters, escapes;
    QHash<QString, bool> wrappers;

    Tables()
    {
        int n = 0;
        const LatexTable::Row *rows = LatexTable::accents(&n);
        for (int i = 0; i < n; ++i)
            accents.insert(QString::fromLatin1(rows[i].latex), rows[i].unicode);
        rows = LatexTable::letters(&n);
        for (int i = 0; i < n; ++i)
            letters.insert(QString::fromLatin1(rows[i].latex), rows[i].unicode);
        rows = LatexTable::escapes(&n);
        for (int i = 0; i < n; ++i)
            escapes.insert(QString::fromLatin1(rows[i].latex), rows[i].unicode);
        const char *const *names = LatexTable::wrappers(&n);
        for (int i = 0; i < n; ++i)
            wrappers.insert(QString::fromLatin1(names[i]), true);
    }
};

const Tables &tables()
{
    static const Tables t; // thread-safe initialisation (C++11 statics)
    return t;
}

bool isAsciiLetter(QChar c)
{
    const ushort u = c.unicode();
    return (u >= 'a' && u <= 'z') || (u >= 'A' && u <= 'Z');
}

bool needsDecoding(const QString &text)
{
    bool space = false;
    for (const QChar c : text) {
        switch (c.unicode()) {
        case '\\': case '{': case '}': case '$': case '~': case '-': case '`': case '\'':
        case '?': case '!': case '\n': case '\r': case '\t':
            return true;
        case ' ':
            if (space)
                return true;
            space = true;
            continue;
        }
        space = false;
    }
    return text.startsWith(QLatin1Char(' ')) || text.endsWith(QLatin1Char(' '));
}

class Decoder
{
public:
    explicit Decoder(const QString &in) : m_in(in) { m_out.reserve(in.size()); }

    QString run()
    {
        const int n = m_in.size();
        int i = 0;
        while (i < n) {
            const QChar c = m_in.at(i);
            switch (c.unicode()) {
            case '{': case '}':
                ++i;
                continue;
            case '\\':
                i = command(i);
                continue;
            case '$':
                i = math(i);
                continue;
            case ' ': case '\n': case '\r': case '\t':
                space();
                ++i;
                continue;
            }
            if (const int end = ligature(i))
                i = end;
            else {
                put(c);
                ++i;
            }
        }
        flushMark();
        QString out = m_out.trimmed();
        return m_marked ? out.normalized(QString::NormalizationForm_C) : out;
    }

private:
    void put(QChar c)
    {
        m_out.append(c);
        flushMark();
    }
    void flushMark()
    {
        if (m_mark) {
            m_out.append(QChar(m_mark));
            m_mark = 0;
            m_marked = true;
        }
    }
    void space()
    {
        if (!m_out.isEmpty() && !m_out.endsWith(QLatin1Char(' ')))
            m_out.append(QLatin1Char(' '));
    }

    int ligature(int i)
    {
        switch (m_in.at(i).unicode()) {
        case '-': case '`': case '\'': case '?': case '!': case '~':
            break;
        default:
            return 0;
        }
        int n = 0;
        const LatexTable::Row *rows = LatexTable::ligatures(&n);
        for (int r = 0; r < n; ++r) {
            const QLatin1String lig(rows[r].latex);
            if (QStringView(m_in).mid(i, lig.size()) == lig) {
                put(QChar(rows[r].unicode));
                return i + lig.size();
            }
        }
        return 0;
    }

    int math(int i)
    {
        int end = i + 1;
        while (end < m_in.size() && !(m_in.at(end) == QLatin1Char('$') && m_in.at(end - 1) != QLatin1Char('\\')))
            ++end;
        if (end >= m_in.size()) { // unclosed: a plain dollar
            put(QLatin1Char('$'));
            return i + 1;
        }
        m_out.append(m_in.constData() + i, end + 1 - i);
        return end + 1;
    }

    int command(int i)
    {
        const Tables &t = tables();
        const int n = m_in.size();
        int end = i + 1;
        if (end >= n) {
            put(QLatin1Char('\\'));
            return end;
        }
        if (!isAsciiLetter(m_in.at(end))) {
            const QString sym(m_in.at(end));
            const auto accent = t.accents.constFind(sym);
            if (accent != t.accents.constEnd()) {
                flushMark();
                m_mark = accent.value();
                return end + 1;
            }
            const auto escape = t.escapes.constFind(sym);
            if (escape != t.escapes.constEnd()) {
                if (escape.value() == ' ')
                    space();
                else if (escape.value())
                    put(QChar(escape.value()));
                return end + 1;
            }
            put(QLatin1Char('\\'));
            return end;
        }
        while (end < n && isAsciiLetter(m_in.at(end)))
            ++end;
        const QString name = m_in.mid(i + 1, end - i - 1);
        int next = end;
        while (next < n && m_in.at(next) == QLatin1Char(' '))
            ++next;
        const auto accent = t.accents.constFind(name);
        if (accent != t.accents.constEnd()) {
            flushMark();
            m_mark = accent.value();
            return next;
        }
        const auto letter = t.letters.constFind(name);
        if (letter != t.letters.constEnd()) {
            char16_t u = letter.value();
            if (m_mark && (name == QLatin1String("i") || name == QLatin1String("j")))
                u = name.at(0).unicode(); // \'{\i} is an i with an acute
            put(QChar(u));
            return next;
        }
        if (t.wrappers.contains(name))
            return next;
        m_out.append(m_in.constData() + i, end - i); // unknown: kept as written
        return end;
    }

    const QString &m_in;
    QString m_out;
    char16_t m_mark = 0;
    bool m_marked = false;
};

} // namespace

namespace LatexDecoder {

QString toUnicode(const QString &latex)
{
    if (!needsDecoding(latex))
        return latex;
    return Decoder(latex).run();
}

} // namespace LatexDecoder
