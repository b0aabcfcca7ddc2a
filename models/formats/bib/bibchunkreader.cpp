// BibChunkReader: windows of bytes decoded one at a time (BibEncoding),
// each parsed by a BibParser that goes on from the one before; the same
// duplicate and crossref rules as BibReader::resolve().
#include "bibchunkreader.h"

#include "bibencoding.h"
#include "bibparser.h"

#include <QCoreApplication>

#include <algorithm>

struct BibChunkReader::Window
{
    Window(QString t, int firstLine) : text(std::move(t)), parser(text, firstLine) {}
    QString text;
    BibParser parser;
};

namespace {

const BibField *crossref(const BibEntry &e)
{
    const BibField *ref = nullptr;
    for (const BibField &f : e.fields)
        if (f.name == QLatin1String("crossref"))
            ref = &f;
    return ref;
}

bool isAsciiLetter(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }

} // namespace

BibChunkReader::BibChunkReader(const QByteArray &bytes) : m_bytes(bytes)
{
    m_encoding = BibEncoding::detect(bytes, &m_start);
}

BibChunkReader::~BibChunkReader() = default;

bool BibChunkReader::canRead() const
{
    return !m_encoding.startsWith(QLatin1String("UTF-16"));
}

void BibChunkReader::rewind()
{
    m_pos = m_start;
    m_line = 1;
    m_window.reset();
    m_ordinal = 0;
}

// The last '@' in (from, to] that starts an entry on a line of its own
// (blanks before it, a plain ASCII type and '{' or '(' after): every
// window but the last ends there. from when there is none.
qsizetype BibChunkReader::boundary(qsizetype from, qsizetype to) const
{
    const char *d = m_bytes.constData();
    const qsizetype n = m_bytes.size();
    for (qsizetype at = qMin(to, n - 1); at > from; --at) {
        if (d[at] != '@')
            continue;
        qsizetype b = at - 1;
        while (b > from && (d[b] == ' ' || d[b] == '\t'))
            --b;
        if (b <= from || d[b] != '\n')
            continue;
        qsizetype i = at + 1;
        while (i < n && isAsciiLetter(d[i]))
            ++i;
        if (i == at + 1)
            continue;
        while (i < n && (d[i] == ' ' || d[i] == '\t'))
            ++i;
        if (i < n && (d[i] == '{' || d[i] == '('))
            return at;
    }
    return from;
}

// Parses the next window into *doc (appending); false when the file is done.
bool BibChunkReader::window(BibDocument *doc)
{
    const char *d = m_bytes.constData();
    const qsizetype n = m_bytes.size();
    if (m_pos >= n)
        return false;
    for (qsizetype size = windowBytes;; size *= 2) {
        const bool last = m_pos + size >= n;
        const qsizetype at = last ? n : boundary(m_pos, m_pos + size);
        if (!last && at <= m_pos)
            continue;
        QString text = BibEncoding::decodeAs(d + m_pos, at - m_pos, m_encoding);
        const int stop = int(text.size());
        if (!last) { // and the line the next window starts with: a value that runs into it ends there
            const qsizetype eol = m_bytes.indexOf('\n', at);
            text += BibEncoding::decodeAs(d + at, (eol < 0 ? n : eol + 1) - at, m_encoding);
        }
        auto w = std::make_unique<Window>(std::move(text), m_line);
        if (m_window)
            w->parser.carryFrom(m_window->parser);
        else
            w->parser.setBudget(16 * 1024 * 1024 + 4 * qint64(n));
        BibDocument part;
        const int end = w->parser.parseUntil(&part, last ? int(w->text.size()) : stop);
        if (!last && end <= 0)
            continue; // nothing of it ended before the next window: a larger one
        m_line = w->parser.lineOf(end);
        m_pos = last ? n : m_pos + BibEncoding::encodedSize(QStringView(w->text).left(end), m_encoding);
        m_window = std::move(w);
        doc->isBibtex = doc->isBibtex || part.isBibtex;
        doc->entries += std::move(part.entries);
        doc->errors += part.errors;
        doc->preambles += part.preambles;
        return true;
    }
}

BibDocument BibChunkReader::scan()
{
    BibDocument out;
    out.encoding = m_encoding;
    m_readable = 0;
    m_duplicates.clear();
    m_targets.clear();
    m_parents.clear();
    if (m_bytes.indexOf('\0', m_start) >= 0) {
        out.errors.append({0, QString(), QCoreApplication::translate("BibReader", "not a BibTeX file: binary data")});
        return out;
    }
    rewind();
    QHash<QString, int> byKey; // lower-case key -> line
    QVector<BibError> duplicates;
    BibDocument w;
    while (window(&w)) {
        for (const BibEntry &e : std::as_const(w.entries)) {
            const int ordinal = m_ordinal++;
            const QString folded = e.key.toLower();
            const auto first = byKey.constFind(folded);
            if (first != byKey.constEnd()) {
                duplicates.append({e.line, e.key, QCoreApplication::translate("BibReader", "the key '%1' is used twice (first on line %2)")
                                                      .arg(e.key).arg(first.value())});
                m_duplicates.insert(ordinal);
                continue;
            }
            byKey.insert(folded, e.line);
            ++m_readable;
            if (m_targets.contains(folded)) // a child came first: it sees the parent as read
                m_parents.insert(folded, e);
            if (const BibField *ref = crossref(e))
                m_targets.insert(ref->value.trimmed().toLower());
        }
        out.isBibtex = out.isBibtex || w.isBibtex;
        out.errors += w.errors;
        out.preambles += w.preambles;
        w = BibDocument();
    }
    BibParser::finish(&out);
    out.errors += duplicates;
    std::sort(out.errors.begin(), out.errors.end(),
              [](const BibError &a, const BibError &b) { return a.line < b.line; });
    rewind();
    return out;
}

bool BibChunkReader::next(QVector<BibEntry> *entries)
{
    BibDocument w;
    while (window(&w)) {
        for (BibEntry &e : w.entries) {
            if (m_duplicates.contains(m_ordinal++))
                continue;
            resolve(&e);
            const QString folded = e.key.toLower();
            if (m_targets.contains(folded)) // children after it see it resolved
                m_parents.insert(folded, e);
            entries->append(std::move(e));
        }
        if (!entries->isEmpty())
            return true;
        w = BibDocument();
    }
    return false;
}

// BibReader::resolve() for one entry: the parent's fields the child lacks.
void BibChunkReader::resolve(BibEntry *child) const
{
    const BibField *ref = crossref(*child);
    if (!ref)
        return;
    const QString key = ref->value.trimmed().toLower();
    const auto parent = m_parents.constFind(key);
    if (parent == m_parents.constEnd() || key == child->key.toLower())
        return;
    const BibEntry &p = parent.value();
    for (const BibField &f : p.fields) {
        if (f.name == QLatin1String("crossref") || f.name == QLatin1String("ids") || child->field(f.name))
            continue;
        child->inherited.append(f);
    }
    const BibField *title = p.field(QStringLiteral("title"));
    if (title && !child->field(QStringLiteral("booktitle"))) {
        BibField booktitle = *title;
        booktitle.name = QStringLiteral("booktitle");
        child->inherited.append(booktitle);
    }
}
