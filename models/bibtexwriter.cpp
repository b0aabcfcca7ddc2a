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

#include "citationkey.h"
#include "latexescaper.h"
#include "textfold.h"

#include <QRegularExpression>

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

// doi, url and eprint: one line, no white space, no braces (percent-encoded).
QString identifier(const QString &value)
{
    QString out = value.simplified();
    out.replace(QLatin1Char(' '), QLatin1String("%20"));
    out.replace(QLatin1Char('{'), QLatin1String("%7B"));
    out.replace(QLatin1Char('}'), QLatin1String("%7D"));
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
    const QString simple = value.simplified();
    QString out = title ? LatexEscaper::escapeTitle(simple) : LatexEscaper::escapeText(simple);
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
        const bool whole = TextFold::isOrganisation(author) || splitsBadly.match(name).hasMatch();
        names.append(whole ? QLatin1Char('{') + name + QLatin1Char('}') : name);
    }
    if (paper.authorsTruncated && !names.isEmpty())
        names.append(QStringLiteral("others"));
    return names.join(QLatin1String(" and "));
}

QString BibtexWriter::entry(const PaperRecord &paper) const
{
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
    appendField(out, "primaryClass", primaryClass(paper.category));
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
