// BibParser::entry(): one @comment, @preamble, @string or entry with its
// key and fields, or the bad entry it turned out to be (then skipped up to
// the next line that starts an entry). In a scan (setScanOnly) an entry's
// values are checked but only its crossref is kept, unless it is wanted.
#include "bibparser.h"
#include "bibparserchars.h"

#include <QVarLengthArray>

using namespace BibChars;

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
        if (!m_wanted)
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
    // A scan builds the values of the entries it wants only (a crossref parent).
    const bool whole = !m_wanted || m_wanted->contains(key.toLower());
    if (whole)
        e.fields.reserve(16);
    QVarLengthArray<QString, 24> names; // the fields' so far (shared strings)
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
        const bool isCrossref = f.name.size() == 8 && f.name == QLatin1String("crossref");
        if (!value(whole || isCrossref ? &f.value : nullptr, &f.rawText, &plain, &fail))
            return failed();
        for (const QString &seen : std::as_const(names))
            if (seen == f.name) {
                fail = {nameAt, tr("the field '%1' is given twice").arg(f.name)};
                return failed();
            }
        names.append(f.name);
        if (isCrossref && m_wanted)
            m_wanted->insert(f.value.trimmed().toLower());
        if (whole || isCrossref)
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
    if (whole)
        e.fields.squeeze(); // room for 16 fields was kept while reading: 1.3 KB an entry
    doc->entries.append(std::move(e));
    return true;
}
