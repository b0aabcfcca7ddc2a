// BibtexWriter: PaperRecord -> BibTeX entry text.
//
// The entry shape was chosen from what the real tools say: @misc is what
// arXiv preprints are in both worlds, biber's datamodel accepts every field
// written here without a warning (it maps primaryClass -> eprintclass and
// archivePrefix -> eprinttype itself), and plain.bst reads the same entry
// without a warning (it ignores the fields it does not know). Text goes
// through LatexEscaper; identifiers (doi, url, eprint) are written verbatim,
// only with braces percent-encoded because a lone brace ends an entry.
// A large export writes a million entries: they are appended to one buffer
// a window at a time, with no list or string per field in between.
#include "bibtexwriter.h"
#include "bibentrywriter.h"
#include "bibtexfieldtext.h"

#include "citationkey.h"
#include "latexescaper.h"
#include "textfold.h"

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

// "SE" -> "cs.SE"; a category with its archive ("stat.ML") stays as it is.
QString primaryClass(const QString &category)
{
    const QString c = BibtexFieldText::identifier(category);
    if (c.isEmpty() || c.contains(QLatin1Char('.')))
        return c;
    return QStringLiteral("cs.") + c;
}

// Room for one entry of the paper, about.
qsizetype entrySize(const PaperRecord &paper)
{
    return 256 + paper.title.size() + paper.abstract.size() * 11 / 10 + paper.authors.size() * 24;
}

} // namespace

QString BibtexWriter::text(const QString &value, bool title) const
{
    bool plain = false;
    const bool simple = BibtexFieldText::isSimple(value, &plain);
    QString out;
    if (simple && plain && !title) {
        out = value; // what escapeText() would return
    } else {
        const QString simplified = simple ? value : BibtexFieldText::withoutControls(value).simplified();
        out = title ? LatexEscaper::escapeTitle(simplified) : LatexEscaper::escapeText(simplified);
    }
    if (m_mode == NonAscii::LatexEscapes)
        out = LatexEscaper::nonAsciiToLatex(out);
    return out;
}

void BibtexWriter::appendAuthors(QString &out, const PaperRecord &paper) const
{
    // bibtex splits names on the word "and" and reads "a, b" as "Last, First":
    // a person name holding either is braced whole, like an organisation.
    bool any = false;
    for (const QString &author : paper.authors) {
        const QString name = text(author, false);
        if (name.isEmpty())
            continue;
        if (any)
            out.append(QLatin1String(" and "));
        any = true;
        if (TextFold::isOrganisation(author) || BibtexFieldText::splitsBadly(name))
            out.append(QLatin1Char('{')).append(name).append(QLatin1Char('}'));
        else
            out.append(name);
    }
    if (paper.authorsTruncated && any)
        out.append(QLatin1String(" and others"));
}

QString BibtexWriter::entry(const PaperRecord &paper) const
{
    QString out;
    out.reserve(entrySize(paper));
    appendEntry(out, paper);
    return out;
}

void BibtexWriter::appendEntry(QString &out, const PaperRecord &paper) const
{
    if (!paper.entryType.isEmpty() && !paper.bibFields.isEmpty()) { // from a .bib: written back as kept
        out.append(BibEntryWriter::entry(paper.entryType, paper.citationKey, paper.bibFields));
        return;
    }
    const QString key = paper.citationKey.isEmpty() ? CitationKey::base(paper) : paper.citationKey;
    out.append(QLatin1String("@misc{")).append(key).append(QLatin1String(",\n"));
    const qsizetype field = out.size();
    out.append(QLatin1String("  author = {"));
    const qsizetype names = out.size();
    appendAuthors(out, paper);
    if (out.size() > names) {
        out.append(QLatin1String("},\n"));
    } else {
        out.truncate(field);
        appendField(out, "key", key); // plain.bst sorts by author, else by key
    }
    appendField(out, "title", text(paper.title, true));
    if (paper.date.isValid()) {
        appendField(out, "year", QString::number(paper.date.year()));
        appendField(out, "month", QLatin1String(months[paper.date.month() - 1]), false);
    }
    const QString eprint = BibtexFieldText::identifier(paper.arxivId);
    if (!eprint.isEmpty()) {
        appendField(out, "eprint", eprint);
        appendField(out, "archivePrefix", QStringLiteral("arXiv"));
    }
    // arXiv's own primary category once matched ("stat.ML"); else the profile's.
    appendField(out, "primaryClass", primaryClass(paper.primaryClass.isEmpty() ? paper.category : paper.primaryClass));
    appendField(out, "doi", BibtexFieldText::identifier(paper.doi));
    appendField(out, "url", BibtexFieldText::identifier(paper.url));
    appendField(out, "abstract", text(paper.abstract, false));
    out.append(QLatin1String("}\n"));
}

QByteArray BibtexWriter::utf8(const QVector<PaperRecord> &papers) const
{
    qsizetype size = 0;
    for (const PaperRecord &paper : papers)
        size += entrySize(paper) + 1;
    QString out;
    out.reserve(size);
    for (int i = 0; i < papers.size(); ++i) {
        if (i > 0)
            out.append(QLatin1Char('\n'));
        appendEntry(out, papers.at(i));
    }
    return out.toUtf8();
}

bool BibtexWriter::write(QIODevice *device, const QVector<PaperRecord> &papers) const
{
    if (!device || !device->isWritable())
        return false;
    QString chunk;
    for (int i = 0; i < papers.size(); ++i) {
        if (i > 0)
            chunk.append(QLatin1Char('\n'));
        appendEntry(chunk, papers.at(i));
        if (chunk.size() >= 32 * 1024 || i == papers.size() - 1) {
            const QByteArray bytes = chunk.toUtf8();
            if (device->write(bytes) != bytes.size())
                return false;
            chunk.resize(0);
        }
    }
    return true;
}
