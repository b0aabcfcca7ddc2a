// BibtexWriter: PaperRecord -> BibTeX entry text.
//
// The entry shape was chosen from what the real tools say: @misc is what
// arXiv preprints are in both worlds, biber's datamodel accepts every field
// written here without a warning (it maps primaryClass -> eprintclass and
// archivePrefix -> eprinttype itself), and plain.bst reads the same entry
// without a warning (it ignores the fields it does not know). Text goes
// through LatexEscaper; identifiers (doi, url, eprint) are written verbatim,
// only with braces percent-encoded because a lone brace ends an entry.
#include "bibtexwriter.h"
#include "bibentrywriter.h"

#include "citationkey.h"
#include "latexescaper.h"
#include "textfold.h"

#include <QRegularExpression>

#include <algorithm>
#include <array>

namespace {

// Month macros every style defines; written bare, never braced.
const char *const months[] = {"jan", "feb", "mar", "apr", "may", "jun",
                              "jul", "aug", "sep", "oct", "nov", "dec"};

void appendField(QString &out, const char *name, const QString &value, bool braced = true)
{
    if (value.isEmpty())
        return;
    out.append(QLatin1String("  ")).append(QLatin1String(name)).append(QLatin1String(" = "));
    if (braced)
        out.append(QLatin1Char('{')).append(value).append(QLatin1Char('}'));
    else
        out.append(value);
    out.append(QLatin1String(",\n"));
}

// C0 and C1 control characters (other than the white space that
// simplified() folds) mean nothing in text and stop LaTeX ("invalid
// character"); files may carry a few of them (found by fuzz_profileparser).
QString withoutControls(const QString &value)
{
    const auto isControl = [](QChar c) {
        const ushort u = c.unicode();
        return (u < 0x20 && u != '\t' && u != '\n' && u != '\v' && u != '\f' && u != '\r')
            || (u >= 0x7F && u <= 0x9F);
    };
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

// No control character and white space already simplified(): most text
// is, and then needs no copy (this runs for every field of every entry).
// *plain: nor a character LaTeX reads specially, so the text is its own escape.
bool isSimple(const QString &value, bool *plain)
{
    // ASCII classes: 1 plain, 2 ' ', 3 a special LaTeX character, 0 a
    // control or other white space character (never simple).
    static const auto classes = [] {
        std::array<quint8, 128> c{};
        for (int u = 0x21; u < 0x7F; ++u)
            c[u] = 1;
        c[' '] = 2;
        for (char special : {'$', '{', '}', '\\', '~', '^', '&', '%', '#', '_'})
            c[uchar(special)] = 3;
        return c;
    }();
    bool afterSpace = true; // no white space at the start
    *plain = true;
    for (const QChar c : value) {
        const ushort u = c.unicode();
        quint8 kind;
        if (u < 0x80)
            kind = classes[u];
        else if (u <= 0x9F) // C1 controls, which withoutControls() drops
            return false;
        else
            kind = c.isSpace() ? 0 : 1;
        if (kind == 1) { // most characters
            afterSpace = false;
            continue;
        }
        switch (kind) {
        case 0:
            return false;
        case 2:
            if (afterSpace)
                return false;
            afterSpace = true;
            continue;
        case 3:
            *plain = false;
            break;
        }
        afterSpace = false;
    }
    return !afterSpace || value.isEmpty();
}

// doi, url and eprint: one line, no white space, no braces or backslashes
// (percent-encoded).
QString identifier(const QString &value)
{
    QString out = withoutControls(value).simplified();
    out.replace(QLatin1Char(' '), QLatin1String("%20"));
    out.replace(QLatin1Char('{'), QLatin1String("%7B"));
    out.replace(QLatin1Char('}'), QLatin1String("%7D"));
    out.replace(QLatin1Char('\\'), QLatin1String("%5C")); // "x\}" would eat the closing brace
    return out;
}

// "SE" -> "cs.SE"; a category with its archive ("stat.ML") stays as it is.
QString primaryClass(const QString &category)
{
    const QString c = identifier(category);
    if (c.isEmpty() || c.contains(QLatin1Char('.')))
        return c;
    return QStringLiteral("cs.") + c;
}

} // namespace

QString BibtexWriter::text(const QString &value, bool title) const
{
    bool plain = false;
    const bool simple = isSimple(value, &plain);
    QString out;
    if (simple && plain && !title) {
        out = value; // what escapeText() would return
    } else {
        const QString simplified = simple ? value : withoutControls(value).simplified();
        out = title ? LatexEscaper::escapeTitle(simplified) : LatexEscaper::escapeText(simplified);
    }
    if (m_mode == NonAscii::LatexEscapes)
        out = LatexEscaper::nonAsciiToLatex(out);
    return out;
}

QString BibtexWriter::authors(const PaperRecord &paper) const
{
    // bibtex splits names on the word "and" and reads "a, b" as "Last, First":
    // a person name holding either is braced whole, like an organisation.
    static const QRegularExpression splitsBadly(QStringLiteral("(,|\\band\\b)"),
                                                QRegularExpression::CaseInsensitiveOption);
    QStringList names;
    names.reserve(paper.authors.size() + 1);
    for (const QString &author : paper.authors) {
        const QString name = text(author, false);
        if (name.isEmpty())
            continue;
        const bool mayMatch = name.contains(QLatin1Char(',')) || name.contains(QLatin1String("and"), Qt::CaseInsensitive);
        const bool whole = TextFold::isOrganisation(author) || (mayMatch && splitsBadly.match(name).hasMatch());
        names.append(whole ? QLatin1Char('{') + name + QLatin1Char('}') : name);
    }
    if (paper.authorsTruncated && !names.isEmpty())
        names.append(QStringLiteral("others"));
    return names.join(QLatin1String(" and "));
}

QString BibtexWriter::entry(const PaperRecord &paper) const
{
    if (!paper.entryType.isEmpty() && !paper.bibFields.isEmpty()) // from a .bib: written back as kept
        return BibEntryWriter::entry(paper.entryType, paper.citationKey, paper.bibFields);
    const QString key = paper.citationKey.isEmpty() ? CitationKey::base(paper) : paper.citationKey;
    QString out;
    out.reserve(256 + paper.title.size() + paper.abstract.size() * 11 / 10 + paper.authors.size() * 24);
    out.append(QLatin1String("@misc{")).append(key).append(QLatin1String(",\n"));
    const QString names = authors(paper);
    appendField(out, "author", names);
    if (names.isEmpty())
        appendField(out, "key", key); // plain.bst sorts by author, else by key
    appendField(out, "title", text(paper.title, true));
    if (paper.date.isValid()) {
        appendField(out, "year", QString::number(paper.date.year()));
        appendField(out, "month", QLatin1String(months[paper.date.month() - 1]), false);
    }
    const QString eprint = identifier(paper.arxivId);
    if (!eprint.isEmpty()) {
        appendField(out, "eprint", eprint);
        appendField(out, "archivePrefix", QStringLiteral("arXiv"));
    }
    // arXiv's own primary category once matched ("stat.ML"); else the profile's.
    appendField(out, "primaryClass", primaryClass(paper.primaryClass.isEmpty() ? paper.category : paper.primaryClass));
    appendField(out, "doi", identifier(paper.doi));
    appendField(out, "url", identifier(paper.url));
    appendField(out, "abstract", text(paper.abstract, false));
    out.append(QLatin1String("}\n"));
    return out;
}

bool BibtexWriter::write(QIODevice *device, const QVector<PaperRecord> &papers) const
{
    if (!device || !device->isWritable())
        return false;
    QByteArray chunk;
    for (int i = 0; i < papers.size(); ++i) {
        if (i > 0)
            chunk.append('\n');
        chunk.append(entry(papers.at(i)).toUtf8());
        if (chunk.size() >= 64 * 1024 || i == papers.size() - 1) {
            if (device->write(chunk) != chunk.size())
                return false;
            chunk.clear();
        }
    }
    return true;
}
