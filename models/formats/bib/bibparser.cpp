// BibParser: a hand-written scanner over the decoded text (see bibparser.h
// and the README for why not btparse). Positions only move forward, so the
// line of a position is counted incrementally.
#include "bibparser.h"

#include <utility>

namespace {

bool isSpace(QChar c)
{
    const ushort u = c.unicode();
    return u == ' ' || u == '\t' || u == '\n' || u == '\r' || u == '\f' || u == '\v' || u == 0xFEFF;
}

// BibTeX identifiers (types, field and macro names): printable, not one of
// the characters the grammar uses.
bool isIdentChar(QChar c)
{
    const ushort u = c.unicode();
    if (u <= ' ' || u == 0x7F || isSpace(c))
        return false;
    switch (u) {
    case '"': case '#': case '%': case '\'': case '(': case ')': case ',': case '=': case '{': case '}':
    case '@': case '\\':
        return false;
    }
    return true;
}

bool isDigit(QChar c) { return c.unicode() >= '0' && c.unicode() <= '9'; }

QString collapsed(const QString &value)
{
    bool needed = false;
    for (int i = 0; i < value.size() && !needed; ++i) {
        const ushort u = value.at(i).unicode();
        needed = u == '\n' || u == '\r' || u == '\t' || (u == ' ' && (i == 0 || i + 1 == value.size()
                                                                       || value.at(i + 1) == QLatin1Char(' ')));
    }
    return needed ? value.simplified() : value;
}

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
    for (; m_linePos < pos && m_linePos < m_n; ++m_linePos)
        if (m_s[m_linePos] == QLatin1Char('\n'))
            ++m_line;
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

bool BibParser::grow(QString *expanded, const QString &part, Failure *fail)
{
    const qint64 size = qint64(expanded->size()) + part.size();
    if (size > maxValueLength) {
        *fail = {m_pos, tr("a value longer than %1 characters").arg(maxValueLength)};
        return false;
    }
    if (expanded->isEmpty()) {
        *expanded = part; // shared, costs nothing
        return true;
    }
    m_budget -= size;
    if (m_budget < 0) {
        *fail = {m_pos, tr("macro expansion too large")};
        return false;
    }
    expanded->append(part);
    return true;
}

// One value: terms joined by '#'. m_pos at its first character.
bool BibParser::value(QString *expanded, QString *rawText, bool *plainBraced, Failure *fail)
{
    skipSpace();
    const int start = m_pos;
    int terms = 0, rawEnd = start;
    bool firstBraced = false;
    expanded->clear();
    for (;;) {
        skipSpace();
        if (m_pos >= m_n) {
            *fail = {start, tr("the file ends inside a value")};
            return false;
        }
        const QChar c = m_s[m_pos];
        QString part;
        if (c == QLatin1Char('{') || c == QLatin1Char('"')) {
            int end = 0;
            if (!braced(&end, fail, c == QLatin1Char('{') ? QChar(QLatin1Char('}')) : c))
                return false;
            part = m_text.mid(m_pos + 1, end - m_pos - 2);
            firstBraced = terms == 0 && c == QLatin1Char('{');
            m_pos = end;
        } else if (isDigit(c)) {
            const int d = m_pos;
            while (m_pos < m_n && isDigit(m_s[m_pos]))
                ++m_pos;
            part = m_text.mid(d, m_pos - d);
        } else if (isIdentChar(c)) {
            const int at = m_pos;
            const QString name = identifier();
            const auto macro = m_macros.constFind(name.toLower());
            if (macro == m_macros.constEnd()) {
                *fail = {at, tr("undefined macro '%1'").arg(name)};
                return false;
            }
            part = macro.value();
        } else {
            *fail = {m_pos, tr("expected a value, found '%1'").arg(c)};
            return false;
        }
        if (!grow(expanded, part, fail))
            return false;
        ++terms;
        rawEnd = m_pos;
        skipSpace();
        if (m_pos < m_n && m_s[m_pos] == QLatin1Char('#')) {
            ++m_pos;
            continue;
        }
        break;
    }
    *plainBraced = terms == 1 && firstBraced;
    *expanded = collapsed(*expanded);
    *rawText = *plainBraced ? QString() : m_text.mid(start, rawEnd - start);
    return true;
}

// The '@' at `at` opens something (m_pos is past its '{' or '('); records
// it in doc. False when the '@' is only text (an e-mail address, say).
bool BibParser::entry(BibDocument *doc, int at)
{
    m_pos = at + 1;
    skipSpace();
    const QString type = identifier().toLower();
    skipSpace();
    if (type.isEmpty() || m_pos >= m_n || (m_s[m_pos] != QLatin1Char('{') && m_s[m_pos] != QLatin1Char('('))) {
        m_pos = at + 1;
        return false;
    }
    doc->isBibtex = true;
    const int line = lineAt(at);
    const QChar open = m_s[m_pos];
    const QChar close = open == QLatin1Char('{') ? QLatin1Char('}') : QLatin1Char(')');
    Failure fail;
    QString key;
    auto failed = [&]() {
        doc->errors.append({lineAt(fail.pos), key, fail.message});
        m_pos = resync(m_pos);
        return true;
    };

    if (type == QLatin1String("comment")) {
        int end = m_n;
        if (open == QLatin1Char('{')) {
            if (!braced(&end, &fail, close))
                return failed();
        } else {
            end = m_text.indexOf(close, m_pos);
            end = end < 0 ? m_n : end + 1;
        }
        doc->comments.append({line, m_text.mid(at, end - at)});
        m_pos = end;
        return true;
    }
    ++m_pos;
    skipSpace();
    const auto closes = [&]() {
        skipSpace();
        if (m_pos < m_n && m_s[m_pos] == close) {
            ++m_pos;
            return true;
        }
        fail = {m_pos < m_n ? m_pos : at, m_pos < m_n ? tr("expected '%1', found '%2'").arg(close, m_s[m_pos])
                                                      : tr("the entry is not closed (missing '%1' or unbalanced braces)").arg(close)};
        return false;
    };

    if (type == QLatin1String("preamble")) {
        BibField f;
        f.line = line;
        bool plain = false;
        if (!value(&f.value, &f.rawText, &plain, &fail) || !closes())
            return failed();
        doc->preambles.append(f);
        return true;
    }
    if (type == QLatin1String("string")) {
        BibField f;
        f.line = line;
        f.name = identifier();
        skipSpace();
        if (f.name.isEmpty() || m_pos >= m_n || m_s[m_pos] != QLatin1Char('=')) {
            fail = {m_pos, tr("a @string needs NAME = value")};
            return failed();
        }
        ++m_pos;
        bool plain = false;
        if (!value(&f.value, &f.rawText, &plain, &fail) || !closes())
            return failed();
        m_macros.insert(f.name.toLower(), f.value);
        doc->strings.append(f);
        return true;
    }

    BibEntry e;
    e.fields.reserve(16);
    e.type = type;
    e.line = line;
    const int keyStart = m_pos;
    while (m_pos < m_n && !isSpace(m_s[m_pos]) && m_s[m_pos] != QLatin1Char(',') && m_s[m_pos] != close
           && m_s[m_pos] != QLatin1Char('{') && m_s[m_pos] != QLatin1Char('}') && m_s[m_pos] != QLatin1Char('='))
        ++m_pos;
    key = m_text.mid(keyStart, m_pos - keyStart);
    e.key = key;
    skipSpace();
    if (key.isEmpty() || (m_pos < m_n && m_s[m_pos] == QLatin1Char('='))) {
        key.clear();
        fail = {keyStart, tr("an entry without a citation key")};
        return failed();
    }
    if (m_pos < m_n && m_s[m_pos] == QLatin1Char(',')) {
        ++m_pos;
    } else if (m_pos < m_n && m_s[m_pos] != close) {
        fail = {m_pos, tr("missing comma after the key '%1'").arg(key)};
        return failed();
    }
    for (;;) {
        skipSpace();
        if (m_pos >= m_n) {
            fail = {at, tr("the entry is not closed (missing '%1' or unbalanced braces)").arg(close)};
            return failed();
        }
        if (m_s[m_pos] == close) {
            ++m_pos;
            break;
        }
        BibField f;
        const int nameAt = m_pos;
        f.line = lineAt(nameAt);
        f.name = fieldName();
        if (f.name.isEmpty()) {
            fail = {nameAt, m_s[nameAt] == QLatin1Char('@') ? tr("the entry is not closed (missing '%1' or unbalanced braces)").arg(close)
                                                             : tr("expected a field name, found '%1'").arg(m_s[nameAt])};
            if (m_s[nameAt] == QLatin1Char('@'))
                fail.pos = at;
            return failed();
        }
        skipSpace();
        if (m_pos >= m_n || m_s[m_pos] != QLatin1Char('=')) {
            fail = {nameAt, tr("missing '=' after the field '%1'").arg(f.name)};
            return failed();
        }
        ++m_pos;
        bool plain = false;
        if (!value(&f.value, &f.rawText, &plain, &fail))
            return failed();
        for (const BibField &seen : std::as_const(e.fields))
            if (seen.name == f.name) {
                fail = {nameAt, tr("the field '%1' is given twice").arg(f.name)};
                return failed();
            }
        e.fields.append(std::move(f));
        skipSpace();
        if (m_pos < m_n && m_s[m_pos] == QLatin1Char(',')) {
            ++m_pos;
        } else if (m_pos < m_n && m_s[m_pos] != close) {
            const int next = m_pos;
            const QString name = identifier();
            m_pos = next;
            fail = name.isEmpty() ? Failure{at, tr("the entry is not closed (missing '%1' or unbalanced braces)").arg(close)}
                                  : Failure{next, tr("missing comma before the field '%1'").arg(name)};
            return failed();
        }
    }
    e.fields.squeeze(); // room for 16 fields was kept while reading: 1.3 KB an entry
    doc->entries.append(std::move(e));
    return true;
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
        if (b < end)
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
        if (b < at) // the text before the entry goes before it
            doc->comments.insert(comments, {textLine, m_text.mid(textStart, at - textStart)});
        textStart = from = qMax(m_pos, at + 1);
    }
    if (stop < m_n)
        return textStart;
    keepText(m_n);
    return m_n;
}
