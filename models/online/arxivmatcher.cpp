#include "arxivmatcher.h"

#include "textfold.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QUrlQuery>

namespace ArxivMatcher {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ArxivMatcher)
};
} // namespace

namespace {

QString foldedFamilyName(const QString &author)
{
    QString out;
    for (const QChar c : TextFold::toAscii(TextFold::familyName(author))) {
        if (c.isLetterOrNumber())
            out.append(c.toLower());
    }
    return out;
}

} // namespace

QUrl requestUrl(const QUrl &api, const QString &title)
{
    static const QRegularExpression word(QStringLiteral("[A-Za-z0-9]+(?:'[A-Za-z0-9]+)*"));
    QStringList words;
    auto it = word.globalMatch(TextFold::toAscii(title));
    while (it.hasNext())
        words << it.next().captured(0);
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("search_query"),
                       QStringLiteral("ti:\"%1\"").arg(words.join(QLatin1Char(' '))));
    query.addQueryItem(QStringLiteral("start"), QStringLiteral("0"));
    query.addQueryItem(QStringLiteral("max_results"), QString::number(maxResults));
    QUrl url = api;
    url.setQuery(query);
    return url;
}

ArxivMatch match(const PaperRecord &paper, const QVector<ArxivEntry> &entries)
{
    ArxivMatch result;
    if (entries.isEmpty()) {
        result.reason = Tr::tr("no result");
        return result;
    }
    const QString title = TextFold::normalisedTitle(paper.title);
    const QString author = paper.authors.isEmpty() ? QString() : foldedFamilyName(paper.authors.first());
    const int year = paper.date.isValid() ? paper.date.year() : 0;
    QVector<ArxivEntry> accepted;
    QString firstRefusal;
    for (const ArxivEntry &e : entries) {
        if (TextFold::normalisedTitle(e.title) != title)
            continue;
        QString refusal;
        const QString theirAuthor = e.authors.isEmpty() ? QString() : foldedFamilyName(e.authors.first());
        if (!author.isEmpty() && theirAuthor != author) {
            refusal = Tr::tr("%1 has this title but its first author is %2, not %3")
                          .arg(e.id, e.authors.isEmpty() ? Tr::tr("missing") : TextFold::familyName(e.authors.first()),
                               TextFold::familyName(paper.authors.first()));
        } else if (year > 0 && (!e.published.isValid() || qAbs(e.published.year() - year) > 1)) {
            refusal = Tr::tr("%1 has this title but is from %2, not %3±1")
                          .arg(e.id, e.published.isValid() ? QString::number(e.published.year())
                                                           : Tr::tr("an unknown year"))
                          .arg(year);
        }
        if (!refusal.isEmpty()) {
            if (firstRefusal.isEmpty())
                firstRefusal = refusal;
            continue;
        }
        bool known = false;
        for (const ArxivEntry &a : accepted)
            known = known || a.id == e.id;
        if (!known)
            accepted << e;
    }
    if (accepted.size() == 1) {
        result.outcome = ArxivMatch::Outcome::Matched;
        result.entry = accepted.first();
        return result;
    }
    if (accepted.size() > 1) {
        result.outcome = ArxivMatch::Outcome::Ambiguous;
        for (const ArxivEntry &a : accepted)
            result.candidates << a.id;
        result.reason = Tr::tr("%n candidates: %1", nullptr, int(accepted.size()))
                            .arg(result.candidates.join(QStringLiteral(", ")));
        return result;
    }
    result.reason = firstRefusal.isEmpty()
        ? Tr::tr("none of the %n results has this title", nullptr, int(entries.size()))
        : firstRefusal;
    return result;
}

} // namespace ArxivMatcher
