// BibPaperMapper: field by field. An entry without a title is named by its
// key (the store identifies papers by their normalised title).
#include "bibpapermapper.h"
#include "bibnames.h"
#include "latexdecoder.h"
#include "textfold.h"

#include <QRegularExpression>

namespace {

int monthNumber(const QString &month)
{
    bool ok = false;
    const int n = month.toInt(&ok);
    if (ok)
        return n >= 1 && n <= 12 ? n : 0;
    static const char *const names[] = {"jan", "feb", "mar", "apr", "may", "jun",
                                        "jul", "aug", "sep", "oct", "nov", "dec"};
    const QString lower = month.trimmed().left(3).toLower();
    for (int m = 0; m < 12; ++m)
        if (lower == QLatin1String(names[m]))
            return m + 1;
    return 0;
}

// "2020-03-15", "2020-03", "2020", "2020/2021" (biblatex ranges: the start).
QDate dateOf(const BibEntry &e)
{
    static const QRegularExpression iso(QStringLiteral("^\\s*(\\d{4})(?:-(\\d{1,2})(?:-(\\d{1,2}))?)?"));
    const QRegularExpressionMatch m = iso.match(e.value(QStringLiteral("date")));
    if (m.hasMatch()) {
        const int month = m.captured(2).isEmpty() ? 1 : m.captured(2).toInt();
        const int day = m.captured(3).isEmpty() ? 1 : m.captured(3).toInt();
        const QDate d(m.captured(1).toInt(), month, day);
        if (d.isValid())
            return d;
    }
    static const QRegularExpression year(QStringLiteral("(\\d{4})"));
    const QRegularExpressionMatch y = year.match(e.value(QStringLiteral("year")));
    if (!y.hasMatch())
        return {};
    const int month = monthNumber(e.value(QStringLiteral("month")));
    return QDate(y.captured(1).toInt(), month ? month : 1, 1);
}

QString arxivId(const BibEntry &e)
{
    static const QRegularExpression modern(QStringLiteral("(\\d{4}\\.\\d{4,5})(v\\d+)?"));
    static const QRegularExpression old(QStringLiteral("([a-z\\-]+(\\.[A-Z]{2})?/\\d{7})"));
    const QString prefix = (e.value(QStringLiteral("archiveprefix")) + e.value(QStringLiteral("eprinttype"))).toLower();
    const QString eprint = e.value(QStringLiteral("eprint")).trimmed();
    if (!eprint.isEmpty() && (prefix.contains(QLatin1String("arxiv")) || prefix.isEmpty())) {
        QRegularExpressionMatch m = modern.match(eprint);
        if (m.hasMatch())
            return m.captured(1);
        m = old.match(eprint);
        if (m.hasMatch())
            return m.captured(1);
    }
    // Google Scholar: journal = {arXiv preprint arXiv:2301.03988}
    static const QRegularExpression scholar(QStringLiteral("arXiv:(\\d{4}\\.\\d{4,5})"));
    for (const char *name : {"journal", "note", "url", "howpublished"}) {
        const QRegularExpressionMatch m = scholar.match(e.value(QLatin1String(name)));
        if (m.hasMatch())
            return m.captured(1);
    }
    return {};
}

QString primaryClass(const BibEntry &e, const QString &arxiv)
{
    for (const char *name : {"primaryclass", "eprintclass"}) {
        const QString v = e.value(QLatin1String(name)).trimmed();
        if (!v.isEmpty())
            return v;
    }
    const int slash = arxiv.indexOf(QLatin1Char('/')); // "cs.SE/0112017" or "cs/0112017"
    return slash > 0 ? arxiv.left(slash) : QString();
}

QString doiOf(const BibEntry &e)
{
    QString doi = e.value(QStringLiteral("doi")).trimmed();
    static const QRegularExpression resolver(QStringLiteral("^https?://(dx\\.)?doi\\.org/"),
                                             QRegularExpression::CaseInsensitiveOption);
    return doi.remove(resolver);
}

} // namespace

namespace BibPaperMapper {

QString slug(const QString &name)
{
    QString out;
    for (const QChar c : TextFold::toAscii(name).toLower()) {
        if (c.isLetterOrNumber())
            out.append(c);
        else if (!out.isEmpty() && !out.endsWith(QLatin1Char('-')))
            out.append(QLatin1Char('-'));
    }
    while (out.endsWith(QLatin1Char('-')))
        out.chop(1);
    return out;
}

BibPaper map(const BibEntry &e)
{
    BibPaper b;
    PaperRecord &p = b.paper;
    b.entryType = e.type;
    p.citationKey = e.key;
    p.line = e.line;
    p.title = LatexDecoder::toUnicode(e.value(QStringLiteral("title")));
    if (TextFold::normalisedTitle(p.title).isEmpty())
        p.title = e.key;
    BibNameList names = BibNames::parse(e.value(QStringLiteral("author")));
    if (names.names.isEmpty())
        names = BibNames::parse(e.value(QStringLiteral("editor")));
    p.authors = names.display();
    p.authorsTruncated = names.others;
    p.date = dateOf(e);
    p.arxivId = arxivId(e);
    p.primaryClass = primaryClass(e, p.arxivId);
    const int dot = p.primaryClass.indexOf(QLatin1Char('.'));
    p.category = dot >= 0 ? p.primaryClass.mid(dot + 1) : p.primaryClass;
    p.doi = doiOf(e);
    p.url = e.value(QStringLiteral("url")).trimmed();
    p.abstract = LatexDecoder::toUnicode(e.value(QStringLiteral("abstract")));
    for (const char *name : {"affiliation", "institution", "school"}) {
        const QString value = LatexDecoder::toUnicode(e.value(QLatin1String(name)));
        static const QRegularExpression separators(QStringLiteral("\\s*;\\s*|\\s+and\\s+"));
        for (const QString &part : value.split(separators)) {
            const QString s = slug(part);
            if (!s.isEmpty() && !p.affiliations.contains(s))
                p.affiliations.append(s);
        }
    }
    for (const char *name : {"journal", "journaltitle", "booktitle", "publisher"}) {
        b.venue = LatexDecoder::toUnicode(e.value(QLatin1String(name)));
        if (!b.venue.isEmpty())
            break;
    }
    b.fields.reserve(e.fields.size());
    for (const BibField &f : e.fields)
        b.fields.append({f.name, f.value});
    return b;
}

} // namespace BibPaperMapper
