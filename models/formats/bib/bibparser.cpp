// BibParser: a hand-written scanner over the decoded text (see bibparser.h
// and the README for why not btparse). Positions only move forward, so the
// line of a position is counted incrementally. Values are read in
// bibparservalue.cpp, entries in bibparserentry.cpp.
#include "bibparser.h"
#include "bibparserchars.h"

#include <algorithm>
#include <utility>

using namespace BibChars;

namespace {

const char *const monthNames[12] = {"January", "February", "March", "April", "May", "June", "July",
                                    "August", "September", "October", "November", "December"};
const char *const monthMacros[12] = {"jan", "feb", "mar", "apr", "may", "jun",
                                     "jul", "aug", "sep", "oct", "nov", "dec"};

} // namespace

BibParser::BibParser(const QString &text, int firstLine)
    : m_text(text), m_s(text.constData()), m_n(text.size()), m_line(firstLine),
      m_budget(16 * 1024 * 1024 + 4 * qint64(text.size()))
{
    for (int m = 0; m < 12; ++m)
        m_macros.insert(QString::fromLatin1(monthMacros[m]), QString::fromLatin1(monthNames[m]));
}

int BibParser::lineAt(int pos)
{
    for (; m_linePos > pos; --m_linePos) // back within the same entry only
        if (m_s[m_linePos - 1] == QLatin1Char('\n'))
            --m_line;
    if (m_linePos < pos) { // a loop the compiler vectorises
        const int to = qMin(pos, m_n);
        const char16_t *s = reinterpret_cast<const char16_t *>(m_s);
        m_line += int(std::count(s + m_linePos, s + to, u'\n'));
        m_linePos = qMax(m_linePos, to);
    }
    return m_line;
}

void BibParser::skipSpace()
{
    while (m_pos < m_n) {
        if (isSpace(m_s[m_pos]))
            ++m_pos;
        else if (m_s[m_pos] == QLatin1Char('%')) // a comment line inside an entry (biber allows it)
            while (m_pos < m_n && m_s[m_pos] != QLatin1Char('\n'))
                ++m_pos;
        else
            break;
    }
}

QString BibParser::identifier()
{
    const int start = m_pos;
    while (m_pos < m_n && isIdentChar(m_s[m_pos]))
        ++m_pos;
    return m_text.mid(start, m_pos - start);
}

// identifier() lower-cased; the few names a file uses are shared, not
// allocated again for every entry.
QString BibParser::fieldName()
{
    const int start = m_pos;
    while (m_pos < m_n && isIdentChar(m_s[m_pos]))
        ++m_pos;
    const QStringView name(m_s + start, m_pos - start);
    for (const QString &known : std::as_const(m_names)) // as written, most often
        if (known.size() == name.size() && std::equal(name.begin(), name.end(), known.constData()))
            return known;
    for (const QString &known : std::as_const(m_names))
        if (known.size() == name.size() && name.compare(known, Qt::CaseInsensitive) == 0)
            return known;
    QString lower = name.toString().toLower();
    if (m_names.size() < 64)
        m_names.append(lower);
    return lower;
}

// '@' + identifier + '{' or '(' at pos, after only blanks on its line.
bool BibParser::startsEntryLine(int pos) const
{
    for (int b = pos - 1; b >= 0 && m_s[b] != QLatin1Char('\n'); --b)
        if (m_s[b] != QLatin1Char(' ') && m_s[b] != QLatin1Char('\t'))
            return false;
    int i = pos + 1;
    const int name = i;
    while (i < m_n && isIdentChar(m_s[i]))
        ++i;
    if (i == name)
        return false;
    while (i < m_n && (m_s[i] == QLatin1Char(' ') || m_s[i] == QLatin1Char('\t')))
        ++i;
    return i < m_n && (m_s[i] == QLatin1Char('{') || m_s[i] == QLatin1Char('('));
}

int BibParser::resync(int from) const
{
    for (int i = qMax(from, 0); i < m_n; ++i)
        if (m_s[i] == QLatin1Char('@') && startsEntryLine(i))
            return i;
    return m_n;
}

// m_pos at '{' or '"'; *end is just past the matching delimiter. A line
// that starts a new entry inside the value means the braces do not balance.
bool BibParser::braced(int *end, Failure *fail, QChar close)
{
    const int start = m_pos;
    int depth = close == QLatin1Char('}') ? 1 : 0;
    for (int i = start + 1; i < m_n; ++i) {
        const QChar c = m_s[i];
        if (c == QLatin1Char('{')) {
            ++depth;
        } else if (c == QLatin1Char('}')) {
            if (--depth < 0) {
                *fail = {start, tr("unbalanced braces in a quoted value")};
                return false;
            }
            if (depth == 0 && close == c) {
                *end = i + 1;
                return true;
            }
        } else if (c == QLatin1Char('"') && depth == 0 && close == c) {
            *end = i + 1;
            return true;
        } else if (c == QLatin1Char('@') && startsEntryLine(i)) {
            *fail = {start, tr("unbalanced braces: the value is not closed before the next entry")};
            m_pos = i;
            return false;
        }
    }
    *fail = {start, tr("unbalanced braces: the value is not closed at the end of the file")};
    m_pos = m_n;
    return false;
}

void BibParser::parse(BibDocument *doc)
{
    parseUntil(doc, m_n);
    finish(doc);
}

void BibParser::finish(BibDocument *doc)
{
    if (!doc->isBibtex)
        doc->errors.append({0, QString(), tr("not a BibTeX file: no @entry found")});
}

void BibParser::carryFrom(const BibParser &before)
{
    m_budget = before.m_budget;
    m_macros = before.m_macros;
    m_names = before.m_names;
}

// Everything that starts before stop; what starts at or after it (and the
// text between the last entry and it) is left for the next window.
int BibParser::parseUntil(BibDocument *doc, int stop)
{
    int textStart = 0, from = 0;
    const auto keepText = [&](int end) {
        int b = textStart;
        while (b < end && isSpace(m_s[b]))
            ++b;
        if (b < end && !m_wanted)
            doc->comments.append({lineAt(b), m_text.mid(textStart, end - textStart)});
    };
    while (from < m_n) {
        const int at = m_text.indexOf(QLatin1Char('@'), from);
        if (at < 0 || at >= stop)
            break;
        int b = textStart;
        while (b < at && isSpace(m_s[b]))
            ++b;
        const int textLine = b < at ? lineAt(b) : 0;
        const int comments = doc->comments.size();
        if (!entry(doc, at)) {
            from = at + 1;
            continue;
        }
        if (b < at && !m_wanted) // the text before the entry goes before it
            doc->comments.insert(comments, {textLine, m_text.mid(textStart, at - textStart)});
        textStart = from = qMax(m_pos, at + 1);
    }
    if (stop < m_n)
        return textStart;
    keepText(m_n);
    return m_n;
}
