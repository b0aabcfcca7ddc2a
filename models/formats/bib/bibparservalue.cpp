// BibParser's values: terms ({braced}, "quoted", numbers, macros) joined by
// '#', expanded within the length bound and the expansion budget; in a
// scan (setScanOnly) only counted, not built, with the same failures.
#include "bibparser.h"
#include "bibparserchars.h"

using namespace BibChars;

namespace {

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

} // namespace

// *size is the value's length so far (expanded's, when it is built).
bool BibParser::grow(QString *expanded, qint64 *size, const QString &part, qint64 partSize, Failure *fail)
{
    const qint64 total = *size + partSize;
    if (total > maxValueLength) {
        *fail = {m_pos, tr("a value longer than %1 characters").arg(maxValueLength)};
        return false;
    }
    if (*size == 0) {
        if (expanded)
            *expanded = part; // shared, costs nothing
        *size = total;
        return true;
    }
    m_budget -= total;
    if (m_budget < 0) {
        *fail = {m_pos, tr("macro expansion too large")};
        return false;
    }
    if (expanded)
        expanded->append(part);
    *size = total;
    return true;
}

// One value: terms joined by '#'. m_pos at its first character.
bool BibParser::value(QString *expanded, QString *rawText, bool *plainBraced, Failure *fail)
{
    skipSpace();
    const int start = m_pos;
    int terms = 0, rawEnd = start;
    bool firstBraced = false;
    qint64 size = 0;
    if (expanded)
        expanded->clear();
    for (;;) {
        skipSpace();
        if (m_pos >= m_n) {
            *fail = {start, tr("the file ends inside a value")};
            return false;
        }
        const QChar c = m_s[m_pos];
        QString part;
        qint64 partSize = 0;
        if (c == QLatin1Char('{') || c == QLatin1Char('"')) {
            int end = 0;
            if (!braced(&end, fail, c == QLatin1Char('{') ? QChar(QLatin1Char('}')) : c))
                return false;
            partSize = end - m_pos - 2;
            if (expanded)
                part = m_text.mid(m_pos + 1, end - m_pos - 2);
            firstBraced = terms == 0 && c == QLatin1Char('{');
            m_pos = end;
        } else if (isDigit(c)) {
            const int d = m_pos;
            while (m_pos < m_n && isDigit(m_s[m_pos]))
                ++m_pos;
            partSize = m_pos - d;
            if (expanded)
                part = m_text.mid(d, m_pos - d);
        } else if (isIdentChar(c)) {
            const int at = m_pos;
            const QString name = identifier();
            const auto macro = m_macros.constFind(name.toLower());
            if (macro == m_macros.constEnd()) {
                *fail = {at, tr("undefined macro '%1'").arg(name)};
                return false;
            }
            partSize = macro.value().size();
            if (expanded)
                part = macro.value(); // shared
        } else {
            *fail = {m_pos, tr("expected a value, found '%1'").arg(c)};
            return false;
        }
        if (!grow(expanded, &size, part, partSize, fail))
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
    if (!expanded)
        return true;
    *plainBraced = terms == 1 && firstBraced;
    *expanded = collapsed(*expanded);
    *rawText = *plainBraced ? QString() : m_text.mid(start, rawEnd - start);
    return true;
}
