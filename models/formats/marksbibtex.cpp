#include "marksbibtex.h"

#include "latexdecoder.h"
#include "latexescaper.h"

#include <QRegularExpression>

namespace MarksBibtex {

namespace {

QString escaped(const QString &text, bool latexEscapes)
{
    const QString out = LatexEscaper::escapeText(text.simplified());
    return latexEscapes ? LatexEscaper::nonAsciiToLatex(out) : out;
}

QRegularExpression fieldPattern(const QString &name)
{
    QRegularExpression re(QStringLiteral("^[ \\t]*%1[ \\t]*=[ \\t]*[{\"](.*)[}\"][ \\t]*,?[ \\t]*$")
                              .arg(QRegularExpression::escape(name)),
                          QRegularExpression::CaseInsensitiveOption | QRegularExpression::MultilineOption);
    re.optimize();
    return re;
}

// The line "  name = {value}," (or "value" in quotes) of a field, if the entry has one.
// The three fields written here are compiled once (compiling a pattern per
// entry was most of an export's time when many papers have tags).
QRegularExpressionMatch findField(const QString &entry, const QString &name)
{
    static const QRegularExpression keywords = fieldPattern(QStringLiteral("keywords"));
    static const QRegularExpression note = fieldPattern(QStringLiteral("note"));
    static const QRegularExpression annote = fieldPattern(QStringLiteral("annote"));
    if (name == QLatin1String("keywords"))
        return keywords.match(entry);
    if (name == QLatin1String("note"))
        return note.match(entry);
    if (name == QLatin1String("annote"))
        return annote.match(entry);
    return fieldPattern(name).match(entry);
}

QString setField(const QString &entry, const QString &name, const QString &value)
{
    // The entry's own style: BibtexWriter ends every field with a comma,
    // BibEntryWriter (a .bib entry written back) all but the last; kept, so
    // that exporting an export gives the same bytes.
    const auto line = [&](bool comma) {
        return QStringLiteral("  %1 = {%2}").arg(name, value) + (comma ? QStringLiteral(",") : QString());
    };
    const QRegularExpressionMatch m = findField(entry, name);
    QString out = entry;
    if (m.hasMatch())
        return out.replace(m.capturedStart(0), m.capturedLength(0),
                           line(m.captured(0).trimmed().endsWith(QLatin1Char(','))));
    // A new last field, before the closing brace (the field before it gets its comma).
    const int close = int(out.lastIndexOf(QLatin1Char('}')));
    if (close < 0)
        return out;
    QString head = out.left(close);
    while (!head.isEmpty() && head.at(head.size() - 1).isSpace())
        head.chop(1);
    const bool trailingCommas = head.endsWith(QLatin1Char(','));
    if (!trailingCommas)
        head.append(QLatin1Char(','));
    out = head + QLatin1Char('\n') + line(trailingCommas) + QLatin1Char('\n') + out.mid(close);
    return out;
}

} // namespace

QStringList splitKeywords(const QString &value)
{
    QStringList words;
    static const QRegularExpression separators(QStringLiteral("[,;]"));
    for (const QString &w : value.split(separators)) {
        const QString t = w.simplified();
        if (!t.isEmpty())
            words << t;
    }
    return words;
}

QString apply(const QString &entry, const PaperMarks &marks, NoteField noteField, bool latexEscapes)
{
    QString out = entry;
    if (!marks.tags.isEmpty()) {
        const QRegularExpressionMatch existing = findField(out, QStringLiteral("keywords"));
        QStringList words = existing.hasMatch() ? splitKeywords(existing.captured(1)) : QStringList();
        const int had = int(words.size());
        for (const QString &tag : marks.tags) {
            const QString word = escaped(tag, latexEscapes);
            bool known = false;
            for (const QString &w : std::as_const(words)) // as written, or as read ({\"u} is ü)
                known = known || w.compare(word, Qt::CaseInsensitive) == 0
                    || LatexDecoder::toUnicode(w).compare(tag.simplified(), Qt::CaseInsensitive) == 0;
            if (!known)
                words << word;
        }
        // Keywords that already hold every tag stay as the user wrote them.
        if (words.size() > had || !existing.hasMatch())
            out = setField(out, QStringLiteral("keywords"), words.join(QStringLiteral(", ")));
    }
    if (noteField != NoteField::None && !marks.note.trimmed().isEmpty()) {
        out = setField(out, noteField == NoteField::Note ? QStringLiteral("note") : QStringLiteral("annote"),
                       escaped(marks.note, latexEscapes));
    }
    return out;
}

} // namespace MarksBibtex
