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

BibChunkReader::BibChunkReader(QIODevice *device) : m_device(device), m_size(device->size())
{
    device->seek(0);
    m_encoding = BibEncoding::declared(device->read(4096), &m_start);
    if (!canRead())
        return;
    // Blocks cut after their last ASCII byte (always between characters).
    bool utf8 = m_encoding.isEmpty();
    QByteArray carry;
    device->seek(m_start);
    while (!device->atEnd() || !carry.isEmpty()) {
        const QByteArray more = device->read(windowBytes);
        const bool end = device->atEnd() || more.isEmpty();
        const QByteArray block = carry + more;
        m_binary = m_binary || block.indexOf('\0') >= 0;
        qsizetype cut = block.size();
        while (!end && cut > 0 && uchar(block.at(cut - 1)) >= 0x80)
            --cut;
        utf8 = utf8 && BibEncoding::isValidUtf8(block.constData(), cut);
        carry = end ? QByteArray() : block.mid(cut);
    }
    if (m_encoding.isEmpty())
        m_encoding = utf8 ? QStringLiteral("UTF-8") : QStringLiteral("windows-1252");
}

BibChunkReader::~BibChunkReader() = default;

bool BibChunkReader::canRead() const
{
    return !m_encoding.startsWith(QLatin1String("UTF-16")) && !m_device->isSequential();
}

void BibChunkReader::rewind()
{
    m_pos = m_start;
    m_line = 1;
    m_window.reset();
    m_firstBytes = windowBytes / 8;
    m_ordinal = 0;
}

// The last '@' in bytes after the first that starts an entry on a line of
// its own (blanks before it, a plain ASCII type and '{' or '(' after):
// every window but the last ends there. 0 when there is none.
qsizetype BibChunkReader::boundary(const QByteArray &bytes)
{
    const char *d = bytes.constData();
    const qsizetype n = bytes.size();
    for (qsizetype at = n - 1; at > 0; --at) {
        if (d[at] != '@')
            continue;
        qsizetype b = at - 1;
        while (b > 0 && (d[b] == ' ' || d[b] == '\t'))
            --b;
        if (b <= 0 || d[b] != '\n')
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
    return 0;
}

// Parses the next window into *doc (appending); false when the file is done.
bool BibChunkReader::window(BibDocument *doc)
{
    if (m_pos >= m_size)
        return false;
    // next()'s first windows are smaller: the store waits for the first one.
    const qsizetype first = m_scanning ? windowBytes : m_firstBytes;
    m_firstBytes = qMin(2 * m_firstBytes, windowBytes);
    for (qsizetype size = first;; size *= 2) {
        m_device->seek(m_pos);
        const QByteArray bytes = m_device->read(qMin(size, m_size - m_pos));
        const bool last = m_pos + bytes.size() >= m_size;
        const qsizetype at = last ? bytes.size() : boundary(bytes);
        if (!last && at <= 0)
            continue;
        QString text = BibEncoding::decodeAs(bytes.constData(), at, m_encoding);
        const int stop = int(text.size());
        if (!last) { // and the line the next window starts with: a value that runs into it ends there
            QByteArray line = bytes.mid(at);
            while (!line.contains('\n') && !m_device->atEnd())
                line += m_device->read(4096);
            const qsizetype eol = line.indexOf('\n');
            text += BibEncoding::decodeAs(line.constData(), eol < 0 ? line.size() : eol + 1, m_encoding);
        }
        auto w = std::make_unique<Window>(std::move(text), m_line);
        if (m_scanning)
            w->parser.setScanOnly(&m_wanted);
        if (m_window)
            w->parser.carryFrom(m_window->parser);
        else
            w->parser.setBudget(16 * 1024 * 1024 + 4 * qint64(m_size));
        BibDocument part;
        const int end = w->parser.parseUntil(&part, last ? int(w->text.size()) : stop);
        if (!last && end <= 0)
            continue; // nothing of it ended before the next window: a larger one
        m_line = w->parser.lineOf(end);
        m_pos = last ? m_size : m_pos + BibEncoding::encodedSize(QStringView(w->text).left(end), m_encoding);
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
    if (m_binary) {
        out.errors.append({0, QString(), QCoreApplication::translate("BibReader", "not a BibTeX file: binary data")});
        return out;
    }
    rewind();
    // The grammar is checked in full, but of the values only those scan()
    // keeps are built (BibParser::setScanOnly).
    m_scanning = true;
    m_wanted.clear();
    QHash<QString, int> byKey; // lower-case key -> line
    byKey.reserve(int(qMin<qint64>(m_size / 256, 1 << 20))); // an entry is rarely shorter
    QVector<BibError> duplicates;
    BibDocument w;
    while (window(&w)) {
        for (const BibEntry &e : std::as_const(w.entries)) {
            const int ordinal = m_ordinal++;
            const QString folded = e.key.toLower();
            int &first = byKey[folded]; // one look-up; 0: new (lines start at 1)
            if (first > 0) {
                duplicates.append({e.line, e.key, QCoreApplication::translate("BibReader", "the key '%1' is used twice (first on line %2)")
                                                      .arg(e.key).arg(first)});
                m_duplicates.insert(ordinal);
                continue;
            }
            first = e.line;
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
    m_scanning = false;
    m_wanted = QSet<QString>();
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
