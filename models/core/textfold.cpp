#include "textfold.h"

#include <QHash>
#include <QSet>
#include <QStringList>

#include <cstring>

namespace TextFold {

namespace {
// Letters whose decomposition has no ASCII base but an obvious ASCII spelling.
const QHash<QChar, QString> &specialLetters()
{
    static const QHash<QChar, QString> special = {
        {QChar(0x00DF), QStringLiteral("ss")}, {QChar(0x00F8), QStringLiteral("o")},
        {QChar(0x00D8), QStringLiteral("O")},  {QChar(0x00E6), QStringLiteral("ae")},
        {QChar(0x00C6), QStringLiteral("AE")}, {QChar(0x0153), QStringLiteral("oe")},
        {QChar(0x0152), QStringLiteral("OE")}, {QChar(0x0142), QStringLiteral("l")},
        {QChar(0x0141), QStringLiteral("L")},  {QChar(0x0131), QStringLiteral("i")},
        {QChar(0x00F0), QStringLiteral("d")},  {QChar(0x00FE), QStringLiteral("th")},
    };
    return special;
}
} // namespace

QString toAscii(const QString &text)
{
    const QHash<QChar, QString> &special = specialLetters();
    QString out;
    out.reserve(text.size());
    const QString decomposed = text.normalized(QString::NormalizationForm_KD);
    for (const QChar c : decomposed) {
        if (c.unicode() < 0x80)
            out.append(c);
        else if (const auto it = special.constFind(c); it != special.constEnd())
            out.append(*it);
        // combining marks and everything else without an ASCII base are dropped
    }
    return out;
}

QString normalisedTitle(const QString &title)
{
    const QHash<QChar, QString> &special = specialLetters();
    QString out;
    out.reserve(title.size());
    bool pendingSpace = false;
    const auto letter = [&](QChar c) {
        if (pendingSpace && !out.isEmpty())
            out.append(QLatin1Char(' '));
        pendingSpace = false;
        out.append(c.toLower());
    };
    for (const QChar c : title.normalized(QString::NormalizationForm_KD)) {
        if (c == QLatin1Char('\''))
            continue; // "don't" and "dont" are the same title
        if (c.unicode() < 0x80) {
            if (c.isLetterOrNumber())
                letter(c);
            else
                pendingSpace = true;
        } else if (const auto it = special.constFind(c); it != special.constEnd()) {
            for (const QChar a : *it)
                letter(a);
        } else if (c.isLetterOrNumber() && !c.isMark()) {
            letter(c); // Arabic, Chinese, Greek...: the letter itself (folded to ASCII, it would vanish)
        }
        // other non-ASCII characters (accents, joiners, dashes, curly quotes) are dropped, as before
    }
    return out;
}

bool isOrganisation(const QString &author)
{
    // The words are the runs of ASCII letters, digits and '_' of the author
    // lower-cased (what "\\w" is to QRegularExpression without Unicode
    // properties). This runs for every author of every exported entry, so it
    // folds as it goes instead of building a lower-case copy: of all
    // non-ASCII characters only two lower-case to ASCII ones in Qt 5 and 6,
    // U+212A KELVIN SIGN to "k" and U+0130 (I with a dot) to "i" + U+0307,
    // which ends the word.
    static const char *const words[] = {
        "team", "group", "consortium", "collaboration", "project", "lab", "labs", "laboratory",
        "institute", "university", "committee", "initiative", "foundation", "community", "council",
        "association", "society", "centre", "center", "inc", "ltd", "corporation", "contributors",
        "authors",
    };
    constexpr int longest = 13; // "collaboration"
    const auto isWord = [&](const char *word, int size) {
        for (const char *w : words) {
            if (int(qstrlen(w)) == size && std::memcmp(w, word, size_t(size)) == 0)
                return true;
        }
        return false;
    };
    char word[longest];
    int size = 0; // letters of the current word; past `longest` it cannot be one
    const auto endWord = [&] {
        const bool found = size > 0 && size <= longest && isWord(word, size);
        size = 0;
        return found;
    };
    for (const QChar c : author) {
        const ushort u = c.unicode();
        char folded = 0;
        if ((u >= 'a' && u <= 'z') || (u >= '0' && u <= '9') || u == '_')
            folded = char(u);
        else if (u >= 'A' && u <= 'Z')
            folded = char(u - 'A' + 'a');
        else if (u == 0x212A)
            folded = 'k';
        if (folded) {
            if (size < longest)
                word[size] = folded;
            ++size;
            continue;
        }
        if (u == 0x0130) { // "i" + U+0307: a one-letter word's end
            if (size < longest)
                word[size] = 'i';
            ++size;
        }
        if (endWord())
            return true;
    }
    return endWord();
}

QString searchText(const QString &text)
{
    const QString decomposed = text.normalized(QString::NormalizationForm_KD);
    QString out;
    out.reserve(decomposed.size());
    bool space = true;
    for (const QChar c : decomposed) {
        if (c.category() == QChar::Mark_NonSpacing)
            continue;
        if (c.isLetterOrNumber()) {
            out += c.toLower();
            space = false;
        } else if (!space) {
            out += QLatin1Char(' ');
            space = true;
        }
    }
    if (out.endsWith(QLatin1Char(' ')))
        out.chop(1);
    return out;
}

QString familyName(const QString &author)
{
    const QStringList parts = author.simplified().split(QLatin1Char(' '), Qt::SkipEmptyParts);
    if (parts.isEmpty())
        return QString();
    if (isOrganisation(author))
        return parts.first();
    // "Jr." and roman numerals are suffixes, not family names.
    static const QSet<QString> suffixes = {QStringLiteral("jr"), QStringLiteral("jr."),
                                           QStringLiteral("sr."), QStringLiteral("ii"),
                                           QStringLiteral("iii"), QStringLiteral("iv")};
    int i = parts.size() - 1;
    while (i > 0 && suffixes.contains(parts.at(i).toLower()))
        --i;
    return parts.at(i);
}

} // namespace TextFold
