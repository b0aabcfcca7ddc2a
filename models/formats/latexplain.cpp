// LatexPlain: the plain characters of profile text -> BibTeX field text.
//
// This is what every exported title and abstract goes through, so it works
// on runs: characters that need nothing are copied in one append, not one
// by one, and ASCII is classified by a table. Non-ASCII characters are
// classified by QChar as before (letters, digits and marks make words).
#include "latexplain.h"

#include "latextokens.h"

#include <array>

namespace LatexPlain {

namespace {

// ASCII classes.
enum Class : quint8 {
    Plain = 0,
    Structural = 1 << 0, // $ { } backslash
    Escaped = 1 << 1,    // ~ ^ & % # _ (and $ when it is a character)
    Word = 1 << 2,       // letters and digits
    Connector = 1 << 3,  // - . ' + / continue a title word ("GPT-4", "I/O")
    Upper = 1 << 4,
    Letter = 1 << 5,
};

const std::array<quint8, 128> &classes()
{
    static const auto table = [] {
        std::array<quint8, 128> c{};
        for (char s : {'$', '{', '}', '\\'})
            c[uchar(s)] |= Structural;
        for (char s : {'~', '^', '&', '%', '#', '_', '$'})
            c[uchar(s)] |= Escaped;
        for (char s : {'-', '.', '\'', '+', '/'})
            c[uchar(s)] |= Connector;
        for (int u = '0'; u <= '9'; ++u)
            c[u] |= Word;
        for (int u = 'a'; u <= 'z'; ++u)
            c[u] |= Word | Letter;
        for (int u = 'A'; u <= 'Z'; ++u)
            c[u] |= Word | Letter | Upper;
        return c;
    }();
    return table;
}

bool isConnector(QChar c) { return c.unicode() < 0x80 && (classes()[c.unicode()] & Connector); }

bool isWordChar(QChar c)
{
    const ushort u = c.unicode();
    return u < 0x80 ? (classes()[u] & Word) != 0 : c.isLetterOrNumber() || c.isMark();
}

void appendEscaped(QString &out, QChar c)
{
    switch (c.unicode()) {
    case '~': out.append(QLatin1String("\\textasciitilde{}")); break;
    case '^': out.append(QLatin1String("\\textasciicircum{}")); break;
    default: out.append(QLatin1Char('\\')).append(c); break;
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
        const ushort u = word[i].unicode();
        const quint8 k = u < 0x80 ? classes()[u] : quint8((word[i].isLetter() ? Letter : 0) | (word[i].isUpper() ? Upper : 0));
        letters += (k & Letter) ? 1 : 0;
        uppers += (k & Upper) ? 1 : 0;
        innerCapital = innerCapital || (i > 0 && (k & Upper));
    }
    if (innerCapital || (letters >= 2 && uppers == letters))
        out.append(QLatin1Char('{')).append(word, end).append(QLatin1Char('}')).append(word + end, size - end);
    else
        out.append(word, size);
}

bool hasStructure(const QString &text)
{
    for (const QChar c : text) {
        const ushort u = c.unicode();
        if (u < 0x80 && (classes()[u] & Structural))
            return true;
    }
    return false;
}

} // namespace

void Writer::run(int begin, int end, bool protectCapitals)
{
    const auto &table = classes();
    int copied = begin; // m_text[copied, i) is written as it is, later
    for (int i = begin; i < end; ++i) {
        const QChar c = m_text[i];
        const ushort u = c.unicode();
        if (protectCapitals && (isWordChar(c) || (m_wordBegin >= 0 && isConnector(c)))) {
            if (m_wordBegin < 0) {
                m_out.append(m_text + copied, i - copied);
                m_wordBegin = i;
            }
            continue;
        }
        if (m_wordBegin >= 0) {
            appendWord(m_out, m_text + m_wordBegin, i - m_wordBegin);
            m_wordBegin = -1;
            copied = i;
        }
        if (u < 0x80 && (table[u] & Escaped)) {
            m_out.append(m_text + copied, i - copied);
            appendEscaped(m_out, c);
            copied = i + 1;
        }
    }
    if (m_wordBegin < 0)
        m_out.append(m_text + copied, end - copied);
}

void Writer::endWord(int at)
{
    if (m_wordBegin >= 0)
        appendWord(m_out, m_text + m_wordBegin, at - m_wordBegin);
    m_wordBegin = -1;
}

bool escapeText(const QString &text, QString *out)
{
    const auto &table = classes();
    const QChar *begin = text.constData();
    const QChar *end = begin + text.size();
    const QChar *run = begin;
    QString escaped;
    for (const QChar *c = begin; c != end; ++c) {
        const ushort u = c->unicode();
        if (u >= 0x80 || (table[u] & (Structural | Escaped)) == 0)
            continue;
        if (table[u] & Structural)
            return false;
        if (table[u] & Escaped) {
            if (escaped.isNull())
                escaped.reserve(text.size() + text.size() / 8 + 16);
            escaped.append(run, int(c - run));
            appendEscaped(escaped, *c);
            run = c + 1;
        }
    }
    if (escaped.isNull()) {
        *out = text;
    } else {
        escaped.append(run, int(end - run));
        *out = escaped;
    }
    return true;
}

bool escapeTitle(const QString &text, QString *out)
{
    if (hasStructure(text))
        return false;
    QString escaped;
    escaped.reserve(text.size() + 16);
    Writer writer(escaped, text);
    writer.run(0, int(text.size()), true);
    writer.endWord(int(text.size()));
    *out = escaped;
    return true;
}

} // namespace LatexPlain
