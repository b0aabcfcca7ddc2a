#include "profileparser.h"

#include "qtcompat.h"
#include "textfold.h"

#include <QHash>
#include <QRegularExpression>
#include <QVector>

#include <climits>
#include <cstring>
#include <utility>

// ProfileParser reads a profile file in one pass over its lines: decode the
// bytes (UTF-8 with or without BOM, UTF-16 with BOM, Latin-1 fallback), split
// on any line end with trailing blanks removed, read the header, then the
// paper blocks. Blank lines between parts are skipped wherever they occur.
// Every refusal names the first line where the expected structure fails.

namespace {

constexpr int kMaxLineLength = 100000;
constexpr int kMaxHeaderLength = 48; // "stat.MLSep 30, 2025Code" is 23
const QString kAffiliationSeparator = QStringLiteral(" \u00B7 ");
const QString kEtAl = QStringLiteral(" et al.");

// Category codes: "SE", "stat.ML", "q-bio", "cs.SE"; glued to the month in paper headers.
#define PS_CATEGORY "[A-Za-z][A-Za-z-]*(?:\\.[A-Za-z][A-Za-z-]*)?"

// Compiled once; matching is thread-safe.
struct Patterns
{
    const QRegularExpression category{QStringLiteral("^" PS_CATEGORY "$")};
    const QRegularExpression paperHeader{QStringLiteral(
        "^(" PS_CATEGORY ")(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)"
        " (\\d{1,2})(?:, (\\d{4}))?(Code)?$")};
    const QRegularExpression hIndex{QStringLiteral("^h-index(\\d{1,9})$")};
    const QRegularExpression papersStat{QStringLiteral("^(\\d{1,9})papers$")};
    const QRegularExpression citations{
        QStringLiteral("^(\\d{1,3}(?:,\\d{3}){0,2}|\\d{1,9})citations$")};
    const QRegularExpression novelty{QStringLiteral("^Novelty(\\d{1,9})%$")};
    const QRegularExpression aiScore{QStringLiteral("^AI Score(\\d{1,9})$")};
    const QRegularExpression papersHeading{QStringLiteral("^(\\d{1,9}) Papers?$")};
};
#undef PS_CATEGORY

const Patterns &re()
{
    static const Patterns patterns;
    return patterns;
}

int monthNumber(const QString &abbreviation)
{
    static const QString months = QStringLiteral("JanFebMarAprMayJunJulAugSepOctNovDec");
    return int(months.indexOf(abbreviation)) / 3 + 1;
}

// A line as it appears in a message: quoted, and elided when long.
QString quoted(const QString &line)
{
    constexpr int kMax = 40;
    const QString shown = line.size() > kMax ? line.left(kMax - 3) + QStringLiteral("...") : line;
    return QLatin1Char('\'') + shown + QLatin1Char('\'');
}

bool isPaperHeader(const QString &line, QRegularExpressionMatch *match = nullptr)
{
    if (line.isEmpty() || line.size() > kMaxHeaderLength)
        return false;
    QRegularExpressionMatch m = re().paperHeader.match(line);
    if (!m.hasMatch())
        return false;
    if (match)
        *match = m;
    return true;
}

} // namespace

QString ProfileParseResult::message(const QString &fileName) const
{
    if (errorLine > 0)
        return QStringLiteral("%1:%2: %3").arg(fileName, QString::number(errorLine), error);
    return QStringLiteral("%1: %2").arg(fileName, error);
}

// The text of the bytes, with any byte order mark removed.
static QString decodeText(const QByteArray &bytes)
{
    const auto startsWith = [&bytes](const char *bom, int n) {
        return bytes.size() >= n && memcmp(bytes.constData(), bom, size_t(n)) == 0;
    };
    QString text;
    if (startsWith("\xFF\xFE", 2) || startsWith("\xFE\xFF", 2)) {
        text = QtCompat::decodeUtf16(bytes);
    } else {
        const QByteArray body = startsWith("\xEF\xBB\xBF", 3)
            ? QByteArray::fromRawData(bytes.constData() + 3, bytes.size() - 3) // no copy
            : bytes;
        bool ok = false;
        text = QtCompat::decodeUtf8Strict(body, &ok);
        if (!ok) // explicit size: Qt 5 stops at the first NUL otherwise
            text = QString::fromLatin1(body.constData(), int(body.size()));
    }
    if (text.startsWith(QChar(0xFEFF)))
        text.remove(0, 1);
    return text;
}

// NUL characters anywhere, or more than 1% other control characters.
static bool looksBinary(const QString &text)
{
    qsizetype controls = 0;
    for (const QChar c : text) {
        const ushort u = c.unicode();
        if (u == 0)
            return true;
        if ((u < 0x20 && u != '\t' && u != '\n' && u != '\r' && u != '\f') || u == 0x7F)
            ++controls;
    }
    return controls > 8 && controls * 100 > text.size();
}

// Lines split on LF, CRLF or a lone CR, trailing spaces and tabs removed.
// Stops (and sets *tooLong to the 1-based line) at a line over the limit.
static QVector<QString> splitLines(const QString &text, int maxLines, int *tooLong)
{
    QVector<QString> lines;
    const QChar *data = text.constData();
    const qsizetype n = text.size();
    qsizetype start = 0;
    while (start < n && lines.size() < maxLines) {
        qsizetype end = start;
        while (end < n && data[end] != QLatin1Char('\n') && data[end] != QLatin1Char('\r'))
            ++end;
        qsizetype trimmed = end;
        while (trimmed > start && (data[trimmed - 1] == QLatin1Char(' ')
                                   || data[trimmed - 1] == QLatin1Char('\t')))
            --trimmed;
        if (trimmed - start > kMaxLineLength) {
            if (tooLong)
                *tooLong = int(lines.size()) + 1;
            return lines;
        }
        lines.append(QString(data + start, int(trimmed - start)));
        if (end < n && data[end] == QLatin1Char('\r') && end + 1 < n && data[end + 1] == QLatin1Char('\n'))
            ++end;
        start = end + 1;
    }
    return lines;
}

// The latest year that does not put month/day after savedOn (leap years
// only for Feb 29); an invalid date when savedOn is invalid.
static QDate resolveYearless(int month, int day, const QDate &savedOn)
{
    if (!savedOn.isValid())
        return QDate();
    for (int year = savedOn.year(); year > savedOn.year() - 9; --year) {
        const QDate date(year, month, day);
        if (date.isValid() && date <= savedOn)
            return date;
    }
    return QDate();
}

namespace {

// The cursor over the lines, and the refusal that ends the parse.
struct Reader
{
    const QVector<QString> &lines;
    ProfileParseResult &result;
    int next = 0; // index of the next unread line

    // Index of the next non-blank line (or lines.size()); moves past it.
    int nextNonBlank()
    {
        while (next < lines.size() && lines.at(next).isEmpty())
            ++next;
        return next < lines.size() ? next++ : int(lines.size());
    }
    bool atEnd() const { return next >= lines.size(); }
    void skipBlank()
    {
        while (next < lines.size() && lines.at(next).isEmpty())
            ++next;
    }
    bool fail(int index, const QString &reason)
    {
        result.ok = false;
        result.errorLine = qMax(1, qMin(index + 1, int(lines.size())));
        result.error = reason;
        return false;
    }
    // The next non-blank line must match re; returns its first capture.
    bool expect(const QRegularExpression &re, const QString &what, QString *capture)
    {
        const int i = nextNonBlank();
        if (i >= lines.size())
            return fail(i, ProfileParser::tr("expected %1, found the end of the file").arg(what));
        const QRegularExpressionMatch m = re.match(lines.at(i));
        if (!m.hasMatch())
            return fail(i, ProfileParser::tr("expected %1, found %2").arg(what, quoted(lines.at(i))));
        if (capture)
            *capture = m.captured(re.captureCount() > 0 ? 1 : 0);
        return true;
    }
    // Like expect(), but leaves the line unread when it does not match.
    bool optional(const QRegularExpression &re, QString *capture)
    {
        skipBlank();
        if (atEnd())
            return false;
        const QRegularExpressionMatch m = re.match(lines.at(next));
        if (!m.hasMatch())
            return false;
        *capture = m.captured(1);
        ++next;
        return true;
    }
};

} // namespace

static void splitAuthors(const QString &line, PaperRecord *paper)
{
    QString names = line;
    const auto dot = line.lastIndexOf(kAffiliationSeparator);
    if (dot >= 0) {
        names = line.left(dot);
        const QStringList slugs = line.mid(dot + kAffiliationSeparator.size())
                                      .split(QLatin1Char(','), Qt::SkipEmptyParts);
        for (const QString &slug : slugs) {
            const QString s = slug.trimmed();
            if (!s.isEmpty() && !paper->affiliations.contains(s))
                paper->affiliations.append(s);
        }
    }
    names = names.trimmed();
    if (names.endsWith(kEtAl)) {
        paper->authorsTruncated = true;
        names.chop(kEtAl.size());
    }
    for (const QString &name : names.split(QStringLiteral(", "), Qt::SkipEmptyParts)) {
        const QString author = name.trimmed();
        if (!author.isEmpty())
            paper->authors.append(author);
    }
}

ProfileParseResult ProfileParser::parse(const QByteArray &bytes, const QDate &savedOn)
{
    ProfileParseResult result;
    const auto failWhole = [&result](const QString &reason) {
        result.errorLine = 0;
        result.error = reason;
        return result;
    };
    if (bytes.isEmpty())
        return failWhole(tr("the file is empty"));
    const QString text = decodeText(bytes);
    if (looksBinary(text))
        return failWhole(tr("binary data, not a profile file"));
    int tooLong = 0;
    const QVector<QString> lines = splitLines(text, INT_MAX, &tooLong);
    if (tooLong > 0) {
        result.errorLine = tooLong;
        result.error = tr("line longer than %L1 characters, not a profile file").arg(kMaxLineLength);
        return result;
    }
    Reader in{lines, result};
    in.skipBlank();
    if (in.atEnd())
        return failWhole(tr("the file is empty"));

    // Header.
    ProfileRecord &profile = result.profile;
    const int nameLine = in.nextNonBlank();
    profile.name = lines.at(nameLine).trimmed();
    if (profile.name.isEmpty() || profile.name.size() > 200) {
        in.fail(nameLine, tr("expected a researcher's name, found %1")
                              .arg(quoted(profile.name)));
        return result;
    }
    QString value;
    if (!in.expect(re().category, tr("a category code such as 'SE'"), &profile.primaryCategory))
        return result;
    //: The file holds "h-index" literally, followed by a number.
    if (!in.expect(re().hIndex, tr("'h-index<number>'"), &value))
        return result;
    profile.hIndex = value.toInt();
    //: The file holds a number followed by "papers" literally.
    if (!in.expect(re().papersStat, tr("'<number>papers'"), &value))
        return result;
    profile.paperCount = value.toInt();
    //: The file holds a number followed by "citations" literally.
    if (!in.expect(re().citations, tr("'<number>citations'"), &value))
        return result;
    profile.citations = value.remove(QLatin1Char(',')).toInt();
    if (in.optional(re().novelty, &value))
        profile.novelty = value.toInt();
    if (in.optional(re().aiScore, &value))
        profile.aiScore = value.toInt();
    //: The file holds a number followed by " Papers" literally.
    if (!in.expect(re().papersHeading, tr("'<number> Papers'"), &value))
        return result;
    const int headingLine = in.next - 1;
    const int listed = value.toInt();

    // Paper blocks.
    QHash<QString, int> byTitle; // normalised title -> index in profile.papers
    while (true) {
        const int h = in.nextNonBlank();
        if (h >= lines.size())
            break;
        QRegularExpressionMatch m;
        if (!isPaperHeader(lines.at(h), &m)) {
            in.fail(h, tr("expected a paper header such as 'SEJan 9, 2023', found %1")
                           .arg(quoted(lines.at(h))));
            return result;
        }
        PaperRecord paper;
        paper.line = h + 1;
        paper.category = m.captured(1);
        paper.hasCode = m.capturedLength(5) > 0;
        const int month = monthNumber(m.captured(2));
        const int day = m.captured(3).toInt();
        if (m.capturedLength(4) > 0) {
            paper.date = QDate(m.captured(4).toInt(), month, day);
            if (!paper.date.isValid()) {
                in.fail(h, tr("impossible date '%1 %2, %3'")
                               .arg(m.captured(2), m.captured(3), m.captured(4)));
                return result;
            }
        } else {
            if (!QDate::isValid(2000, month, day)) { // 2000 is a leap year
                in.fail(h, tr("impossible date '%1 %2'").arg(m.captured(2), m.captured(3)));
                return result;
            }
            paper.date = resolveYearless(month, day, savedOn);
        }

        const int t = in.nextNonBlank();
        if (t >= lines.size()) {
            in.fail(h, tr("paper block ends before its authors"));
            return result;
        }
        if (isPaperHeader(lines.at(t))) {
            in.fail(t, tr("expected a paper title, found %1").arg(quoted(lines.at(t))));
            return result;
        }
        paper.title = lines.at(t).trimmed();
        if (TextFold::normalisedTitle(paper.title).isEmpty()) { // nothing would identify the paper
            in.fail(t, tr("expected a paper title with a letter or a digit, found %1")
                           .arg(quoted(paper.title)));
            return result;
        }

        const int a = in.nextNonBlank();
        if (a >= lines.size()) {
            in.fail(h, tr("paper block ends before its authors"));
            return result;
        }
        if (isPaperHeader(lines.at(a))) {
            in.fail(a, tr("expected the authors of the paper on line %1, found %2")
                           .arg(QString::number(paper.line), quoted(lines.at(a))));
            return result;
        }
        splitAuthors(lines.at(a), &paper);

        // The abstract: one paragraph, absent when the next block or EOF follows.
        in.skipBlank();
        QStringList paragraph;
        while (!in.atEnd() && !lines.at(in.next).isEmpty() && !isPaperHeader(lines.at(in.next)))
            paragraph.append(lines.at(in.next++).trimmed());
        paper.abstract = paragraph.size() == 1 ? paragraph.first()
                                               : paragraph.join(QLatin1Char(' '));

        const QString key = TextFold::normalisedTitle(paper.title);
        const auto seen = byTitle.constFind(key);
        if (key.isEmpty() || seen == byTitle.constEnd()) {
            if (!key.isEmpty())
                byTitle.insert(key, int(profile.papers.size()));
            profile.papers.append(std::move(paper));
        } else {
            PaperRecord &first = profile.papers[*seen];
            first.hasCode = first.hasCode || paper.hasCode;
            for (const QString &slug : std::as_const(paper.affiliations)) {
                if (!first.affiliations.contains(slug))
                    first.affiliations.append(slug);
            }
        }
    }
    if (profile.papers.isEmpty() && listed != 0) {
        in.fail(headingLine, tr("the file says %1 but lists no paper")
                                 .arg(lines.at(headingLine)));
        return result;
    }
    result.ok = true;
    return result;
}

bool ProfileParser::looksLikeProfile(const QByteArray &bytes)
{
    const QString text = decodeText(bytes.left(4096));
    const QVector<QString> lines = splitLines(text, 64, nullptr);
    bool hIndex = false;
    bool papers = false;
    int nonEmpty = 0;
    for (const QString &line : lines) {
        if (line.isEmpty())
            continue;
        if (++nonEmpty > 10)
            break;
        const QString l = line.trimmed();
        hIndex = hIndex || re().hIndex.match(l).hasMatch();
        papers = papers || re().papersStat.match(l).hasMatch();
    }
    return hIndex && papers;
}
