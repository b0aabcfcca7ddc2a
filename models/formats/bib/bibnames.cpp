// BibNames: splitting follows bibtex's rules. "and" splits only at brace
// depth 0 and between white space; words split at white space and '~' at
// depth 0; a word is "von" when its first letter at depth 0 is lower case
// (a {\command} first counts by the letter it makes).
#include "bibnames.h"
#include "latexdecoder.h"

#include <utility>

namespace {

struct Word
{
    QString text;
    bool lower = false;
    bool caseless = false; // no letter decides (e.g. "{FAIR CodeGen team}" counts as upper)
};

// Case of a word: its first letter at depth 0; a brace group starting with
// a backslash ("{\"u}ber") counts by its first letter after the command.
void classify(Word *w)
{
    const QString &t = w->text;
    int depth = 0;
    for (int i = 0; i < t.size(); ++i) {
        const QChar c = t.at(i);
        if (c == QLatin1Char('{')) {
            if (depth == 0 && i + 1 < t.size() && t.at(i + 1) == QLatin1Char('\\')) {
                const QString decoded = LatexDecoder::toUnicode(t.mid(i));
                for (const QChar d : decoded)
                    if (d.isLetter()) {
                        w->lower = d.isLower();
                        return;
                    }
            }
            ++depth;
        } else if (c == QLatin1Char('}')) {
            --depth;
        } else if (depth == 0 && c.isLetter()) {
            w->lower = c.isLower();
            return;
        }
    }
    w->caseless = true;
}

// Splits at depth-0 separators; `sep` decides which characters separate.
template <typename Sep>
QStringList splitTop(const QString &s, Sep sep)
{
    QStringList out;
    int depth = 0, start = 0;
    for (int i = 0; i < s.size(); ++i) {
        const QChar c = s.at(i);
        if (c == QLatin1Char('{'))
            ++depth;
        else if (c == QLatin1Char('}'))
            depth = qMax(0, depth - 1);
        else if (depth == 0 && sep(c)) {
            out.append(s.mid(start, i - start).trimmed());
            start = i + 1;
        }
    }
    out.append(s.mid(start).trimmed());
    return out;
}

QVector<Word> words(const QString &part)
{
    QVector<Word> out;
    const QStringList texts = splitTop(part, [](QChar c) { return c.isSpace() || c == QLatin1Char('~'); });
    for (const QString &t : texts)
        if (!t.isEmpty()) {
            Word w{t};
            classify(&w);
            out.append(w);
        }
    return out;
}

QString join(const QVector<Word> &ws, int from, int to)
{
    QStringList parts;
    for (int i = qMax(from, 0); i < to && i < ws.size(); ++i)
        parts.append(ws.at(i).text);
    return parts.join(QLatin1Char(' '));
}

// "von Last": von is the longest run that starts with a lower-case word
// and ends with the last lower-case word before the final word.
void vonLast(const QVector<Word> &ws, int from, BibName *name)
{
    int lastLower = -1;
    for (int i = from; i < ws.size() - 1; ++i)
        if (ws.at(i).lower)
            lastLower = i;
    const bool startsLower = from < ws.size() - 1 && ws.at(from).lower;
    if (startsLower && lastLower >= from) {
        name->von = join(ws, from, lastLower + 1);
        name->last = join(ws, lastLower + 1, ws.size());
    } else {
        name->last = join(ws, from, ws.size());
    }
}

} // namespace

QString BibName::display() const
{
    QStringList parts;
    for (const QString &p : {first, von, last})
        if (!p.isEmpty())
            parts.append(p);
    QString out = LatexDecoder::toUnicode(parts.join(QLatin1Char(' ')));
    if (!jr.isEmpty())
        out += QLatin1Char(' ') + LatexDecoder::toUnicode(jr); // no comma: the store joins names with ", "
    return out;
}

QStringList BibNameList::display() const
{
    QStringList out;
    for (const BibName &n : names)
        out.append(n.display());
    return out;
}

namespace BibNames {

BibName parseName(const QString &text)
{
    BibName name;
    const QStringList parts = splitTop(text, [](QChar c) { return c == QLatin1Char(','); });
    if (parts.size() == 1) {
        const QVector<Word> ws = words(parts.at(0));
        if (ws.isEmpty())
            return name;
        // First: the words before the first lower-case one (never the last word).
        int firstEnd = 0;
        while (firstEnd < ws.size() - 1 && !ws.at(firstEnd).lower)
            ++firstEnd;
        name.first = join(ws, 0, firstEnd);
        vonLast(ws, firstEnd, &name);
        return name;
    }
    vonLast(words(parts.at(0)), 0, &name);
    if (parts.size() == 2) {
        name.first = parts.at(1);
    } else {
        name.jr = parts.at(1);
        name.first = parts.mid(2).join(QStringLiteral(", "));
    }
    return name;
}

BibNameList parse(const QString &value)
{
    BibNameList list;
    // Split at " and " (any case) at depth 0.
    QStringList names;
    int depth = 0, start = 0;
    const QString &s = value;
    for (int i = 0; i < s.size(); ++i) {
        const QChar c = s.at(i);
        if (c == QLatin1Char('{'))
            ++depth;
        else if (c == QLatin1Char('}'))
            depth = qMax(0, depth - 1);
        else if (depth == 0 && c.isSpace() && i + 4 < s.size() && s.mid(i + 1, 3).compare(QLatin1String("and"), Qt::CaseInsensitive) == 0
                 && s.at(i + 4).isSpace()) {
            names.append(s.mid(start, i - start).trimmed());
            start = i + 5;
            i += 4;
        }
    }
    names.append(s.mid(start).trimmed());
    for (const QString &n : std::as_const(names)) {
        if (n.isEmpty())
            continue;
        if (n.compare(QLatin1String("others"), Qt::CaseInsensitive) == 0) {
            list.others = true;
            continue;
        }
        list.names.append(parseName(n));
    }
    return list;
}

} // namespace BibNames
