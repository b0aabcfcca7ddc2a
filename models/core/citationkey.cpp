#include "citationkey.h"

#include "paperrecord.h"
#include "textfold.h"

#include <QRegularExpression>
#include <QSet>

namespace {

QString lettersAndDigits(const QString &s)
{
    QString out;
    for (const QChar c : TextFold::toAscii(s)) {
        if (c.isLetterOrNumber())
            out.append(c.toLower());
    }
    return out;
}

QString firstSignificantWord(const QString &title)
{
    static const QSet<QString> stop = {
        QStringLiteral("a"), QStringLiteral("an"), QStringLiteral("the"), QStringLiteral("on"),
        QStringLiteral("of"), QStringLiteral("for"), QStringLiteral("in"), QStringLiteral("to"),
        QStringLiteral("and"), QStringLiteral("with"), QStringLiteral("at"), QStringLiteral("by"),
        QStringLiteral("from"), QStringLiteral("is"), QStringLiteral("are"), QStringLiteral("do"),
        QStringLiteral("does"), QStringLiteral("how"), QStringLiteral("what"), QStringLiteral("why"),
        QStringLiteral("when"), QStringLiteral("can"), QStringLiteral("towards"), QStringLiteral("toward"),
    };
    // Math and LaTeX commands are not words.
    static const QRegularExpression math(QStringLiteral("\\$[^$]*\\$"));
    static const QRegularExpression command(QStringLiteral("\\\\[A-Za-z]+"));
    QString plain = title;
    if (plain.contains(QLatin1Char('$')))
        plain.remove(math);
    if (plain.contains(QLatin1Char('\\')))
        plain.remove(command);
    // Words are what lies between spaces and  - : / , . ; ! ? ( ) [ ] { } "
    // (read one at a time: the first significant one is usually the first).
    static const QString separators = QStringLiteral("-:/,.;!?()[]{}\"");
    const auto separator = [](QChar c) { return c.isSpace() || separators.contains(c); };
    const qsizetype size = plain.size();
    for (qsizetype i = 0; i < size;) {
        while (i < size && separator(plain.at(i)))
            ++i;
        const qsizetype start = i;
        while (i < size && !separator(plain.at(i)))
            ++i;
        if (i == start)
            break;
        const QString w = lettersAndDigits(plain.mid(start, i - start));
        if (!w.isEmpty() && !stop.contains(w))
            return w;
    }
    return QString();
}

} // namespace

namespace CitationKey {

QString base(const PaperRecord &paper)
{
    QString name = paper.authors.isEmpty() ? QString() : lettersAndDigits(TextFold::familyName(paper.authors.first()));
    if (name.isEmpty())
        name = QStringLiteral("anon");
    const QString year = paper.date.isValid() ? QString::number(paper.date.year()) : QString();
    return name + year + firstSignificantWord(paper.title);
}

QString citeCommand(const QStringList &keys)
{
    return QStringLiteral("\\cite{%1}").arg(keys.join(QLatin1Char(',')));
}

QString withSuffix(const QString &base, int n)
{
    QString suffix;
    while (n > 0) {
        --n;
        suffix.prepend(QChar(QLatin1Char('a').unicode() + n % 26));
        n /= 26;
    }
    return base + suffix;
}

} // namespace CitationKey
