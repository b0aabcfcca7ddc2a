#include "profilegenerator.h"

#include "benchrandom.h"
#include "benchvocabulary.h"
#include "textfold.h"

#include <QDir>
#include <QFile>
#include <QSet>

#include <algorithm>

namespace V = BenchVocabulary;

namespace {

constexpr int kFormatVersion = 1;
enum Stream : quint64 { Layout = 1, Title, Paper, Abstract, Share, Profile, Extra, Date };

const QString &pick(const QStringList &list, BenchRandom &rng) { return list.at(rng.below(int(list.size()))); }
const QString &pickSkewed(const QStringList &list, BenchRandom &rng) { return list.at(rng.skewed(int(list.size()))); }

QString withThousands(int n)
{
    QString digits = QString::number(n);
    for (int i = int(digits.size()) - 3; i > 0; i -= 3)
        digits.insert(i, QLatin1Char(','));
    return digits;
}

QString personName(BenchRandom &rng)
{
    return pick(V::firstNames(), rng) + QLatin1Char(' ') + pick(V::lastNames(), rng);
}

QString systemName(BenchRandom &rng)
{
    return pick(V::namePrefixes(), rng) + pick(V::nameSuffixes(), rng);
}

} // namespace

ProfileGenerator::ProfileGenerator(int papers, quint64 seed) : m_papers(papers), m_seed(seed)
{
    layout();
}

QDateTime ProfileGenerator::savedAt()
{
    return QDateTime(QDate(2025, 12, 15), QTime(12, 0), Qt::UTC);
}

// Profiles of 60-340 home papers (about 200), owners with unique names,
// and the unique titles of every paper.
void ProfileGenerator::layout()
{
    BenchRandom rng(m_seed, Layout, 0);
    QSet<QString> names;
    m_start = {0};
    while (m_start.last() < m_papers) {
        m_start.append(qMin(m_papers, m_start.last() + rng.between(60, 340)));
        QString name;
        do {
            name = personName(rng);
            if (rng.chance(30)) // a middle initial
                name.insert(name.indexOf(QLatin1Char(' ')), QStringLiteral(" %1.").arg(QChar(ushort('A' + rng.below(26)))));
        } while (names.contains(name));
        names.insert(name);
        m_names << name;
        m_primary << pickSkewed(V::categories(), rng);
    }
    QSet<QString> seen;
    seen.reserve(m_papers);
    m_titles.reserve(m_papers);
    for (int i = 0; i < m_papers; ++i) {
        for (int attempt = 0;; ++attempt) {
            const QString title = makeTitle(i, attempt);
            const QString norm = TextFold::normalisedTitle(title);
            if (!seen.contains(norm)) {
                seen.insert(norm);
                m_titles.append(title);
                break;
            }
        }
    }
    m_entries = 0;
    for (int k = 0; k < profileCount(); ++k)
        m_entries += listedPapers(k).size();
}

int ProfileGenerator::ownerOf(int index) const
{
    return int(std::upper_bound(m_start.cbegin(), m_start.cend(), index) - m_start.cbegin()) - 1;
}

QString ProfileGenerator::makeTitle(int index, int attempt) const
{
    BenchRandom rng(m_seed, Title, quint64(index) * 64 + quint64(attempt));
    const QString name = systemName(rng);
    const QString adj = pick(V::adjectives(), rng);
    const QString method = pick(V::methods(), rng);
    const QString task = pick(V::tasks(), rng);
    const QString property = pick(V::properties(), rng);
    QString title;
    switch (rng.below(9)) {
    case 0: title = QStringLiteral("%1: %2 %3 for %4").arg(name, adj, method, task); break;
    case 1: title = QStringLiteral("%1 %2 for %3 with %4").arg(adj, method, task, pick(V::objects(), rng)); break;
    case 2: title = QStringLiteral("On the %1 of %2 in %3").arg(property, method, task); break;
    case 3: title = QStringLiteral("%1: Towards %2 %3 via %4").arg(name, adj, task, method); break;
    case 4: title = QStringLiteral("%1: A Benchmark for %2 %3").arg(name, adj, task); break;
    case 5: title = QStringLiteral("When Do %1 Fail at %2? A Study of %3").arg(method, task, property); break;
    case 6: title = QStringLiteral("%1 %2 with $O(n \\log n)$ %3").arg(adj, task, method); break;
    case 7: title = QStringLiteral("%1 Completion $\\neq$ %2: Rethinking %3").arg(task, property, method); break;
    default: title = QStringLiteral("%1: %2 Is All You Need for %3").arg(name, method, task); break;
    }
    if (attempt > 3) // the combinations run out only for huge sizes
        title += QStringLiteral(" (%1)").arg(attempt);
    return title;
}

QString ProfileGenerator::fill(const QString &pattern, BenchRandom &rng) const
{
    QString out;
    out.reserve(pattern.size() + 80);
    for (int i = 0; i < pattern.size(); ++i) {
        if (pattern.at(i) != QLatin1Char('{') || i + 2 >= pattern.size() || pattern.at(i + 2) != QLatin1Char('}')) {
            out.append(pattern.at(i));
            continue;
        }
        switch (pattern.at(i + 1).toLatin1()) {
        case 'm': out += pick(V::methods(), rng).toLower(); break;
        case 't': out += pick(V::tasks(), rng).toLower(); break;
        case 'o': out += pick(V::objects(), rng); break;
        case 'd': out += pick(V::datasets(), rng); break;
        case 'x': out += pick(V::metrics(), rng); break;
        case 'n': out += QString::number(rng.between(2, 95)); break;
        case 'p': out += pick(V::properties(), rng).toLower(); break;
        case 'N': out += systemName(rng); break;
        case 'a': out += pick(V::adjectives(), rng).toLower(); break;
        }
        i += 2;
    }
    return out;
}

QString ProfileGenerator::makeAbstract(int index) const
{
    BenchRandom rng(m_seed, Abstract, quint64(index));
    const int target = rng.between(300, 1500);
    const QStringList &sentences = V::abstractSentences();
    QString text;
    // About 20 papers carry the rare term, whatever the size.
    if (BenchRandom::mix(m_seed ^ (quint64(index) * 0x2545F4914F6CDD1DULL)) % quint64(m_papers) < 20)
        text = QStringLiteral("We revisit %1 constraints in %2. ").arg(V::rareTerm(), pick(V::tasks(), rng).toLower());
    while (true) {
        const QString sentence = fill(pick(sentences, rng), rng);
        if (text.size() + sentence.size() + 1 > 1500 && text.size() >= 300)
            break;
        if (!text.isEmpty())
            text += QLatin1Char(' ');
        text += sentence;
        if (text.size() >= target)
            break;
    }
    return text.left(1500);
}

// One paper block as it appears in a profile: the header line, the title,
// the authors with their affiliations, the abstract.
QString ProfileGenerator::paperBlock(int index, int profile) const
{
    BenchRandom rng(m_seed, Paper, quint64(index));
    const int owner = ownerOf(index);
    const QString category = rng.chance(60) ? m_primary.at(owner) : pickSkewed(V::categories(), rng);
    const QDate date = dateOf(index);
    const int year = date.year();
    const int month = date.month();
    const int day = date.day();
    const bool hasCode = rng.chance(35);
    static const char *const months[] = {"Jan", "Feb", "Mar", "Apr", "May", "Jun",
                                         "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};
    QString header = category + QLatin1String(months[month - 1]) + QLatin1Char(' ') + QString::number(day);
    if (year != 2025 || rng.chance(50))
        header += QStringLiteral(", %1").arg(year);
    if (hasCode)
        header += QStringLiteral("Code");

    const int shape = rng.below(100);
    const int count = shape < 5 ? 1 : shape < 15 ? 2 : 3;
    QStringList authors;
    for (int a = 0; a < count; ++a)
        authors << personName(rng);
    if (rng.chance(4))
        authors[0] = pick(V::organisations(), rng);
    authors[rng.below(count)] = m_names.at(owner);
    authors.removeDuplicates();
    QString line = authors.join(QStringLiteral(", "));
    if (shape >= 85)
        line += QStringLiteral(" et al.");

    const int affShape = rng.below(100);
    const int affCount = affShape < 10 ? 0 : affShape < 50 ? 1 : affShape < 85 ? 2 : 3;
    QStringList affs;
    for (int a = 0; a < affCount; ++a)
        affs << pickSkewed(V::affiliations(), rng);
    if (profile != owner) {
        BenchRandom extra(m_seed, Extra, quint64(index) * 100003 + quint64(profile));
        if (extra.chance(30))
            affs << pickSkewed(V::affiliations(), extra);
    }
    affs.removeDuplicates();
    if (!affs.isEmpty())
        line += QStringLiteral(" \u00B7 ") + affs.join(QStringLiteral(", "));

    return header + QStringLiteral("\n") + m_titles.at(index) + QStringLiteral("\n\n") + line
        + QStringLiteral("\n\n") + makeAbstract(index) + QStringLiteral("\n\n");
}

// Skewed towards recent years; never after savedAt().
QDate ProfileGenerator::dateOf(int index) const
{
    BenchRandom rng(m_seed, Date, quint64(index));
    const int year = 2025 - rng.skewed(16);
    const int month = rng.between(1, 12);
    return QDate(year, month, rng.between(1, month == 12 && year == 2025 ? 15 : 28));
}

// A profile's home papers plus about 20% shared from the profiles before it.
QVector<int> ProfileGenerator::listedPapers(int profile) const
{
    QVector<int> listed;
    for (int i = m_start.at(profile); i < m_start.at(profile + 1); ++i)
        listed << i;
    if (profile == 0)
        return listed;
    BenchRandom rng(m_seed, Share, quint64(profile));
    const int shared = int(listed.size()) / 5;
    const int from = m_start.at(qMax(0, profile - 20));
    const int to = m_start.at(profile);
    QSet<int> taken;
    for (int s = 0; s < shared && taken.size() < to - from; ++s) {
        const int index = from + rng.below(to - from);
        if (!taken.contains(index)) {
            taken.insert(index);
            listed << index;
        }
    }
    return listed;
}

QByteArray ProfileGenerator::profileFile(int profile) const
{
    QVector<int> listed = listedPapers(profile);
    // Newest first, like the profile pages.
    QVector<QPair<QString, QDate>> blocks;
    blocks.reserve(listed.size());
    for (int index : std::as_const(listed))
        blocks.append({paperBlock(index, profile), dateOf(index)});
    std::stable_sort(blocks.begin(), blocks.end(), [](const auto &a, const auto &b) { return a.second > b.second; });

    BenchRandom rng(m_seed, Profile, quint64(profile));
    QString text = m_names.at(profile) + QStringLiteral("\n\n") + m_primary.at(profile) + QLatin1Char('\n');
    text += QStringLiteral("h-index%1\n%2papers\n%3citations\n")
                .arg(rng.between(3, 140)).arg(listed.size()).arg(withThousands(rng.between(10, 250000)));
    if (rng.chance(80))
        text += QStringLiteral("Novelty%1%\n").arg(rng.between(5, 95));
    if (rng.chance(80))
        text += QStringLiteral("AI Score%1\n").arg(rng.between(5, 99));
    text += QStringLiteral("\n%1 Papers\n\n").arg(listed.size());
    for (const auto &block : std::as_const(blocks))
        text += block.first;
    if (profile % 20 == 7)
        text.replace(QLatin1Char('\n'), QStringLiteral("\r\n"));
    QByteArray bytes = text.toUtf8();
    if (profile % 50 == 3)
        bytes.prepend("\xEF\xBB\xBF");
    return bytes;
}

QStringList ProfileGenerator::files(const QString &dir)
{
    QStringList names = QDir(dir).entryList({QStringLiteral("profile-*.txt")}, QDir::Files, QDir::Name);
    for (QString &name : names)
        name = QDir(dir).filePath(name);
    return names;
}

bool ProfileGenerator::generate(const QString &dir, QString *error)
{
    const QString stamp = QStringLiteral("format=%1 papers=%2 seed=%3 files=%4 entries=%5\n")
                              .arg(kFormatVersion).arg(m_papers).arg(m_seed).arg(profileCount()).arg(m_entries);
    QFile stampFile(QDir(dir).filePath(QStringLiteral("generated.stamp")));
    if (stampFile.open(QIODevice::ReadOnly) && QString::fromUtf8(stampFile.readAll()) == stamp
        && files(dir).size() == profileCount())
        return true;
    stampFile.close();
    QDir(dir).removeRecursively();
    if (!QDir().mkpath(dir)) {
        *error = QStringLiteral("cannot create %1").arg(dir);
        return false;
    }
    for (int k = 0; k < profileCount(); ++k) {
        QFile file(QDir(dir).filePath(QStringLiteral("profile-%1.txt").arg(k, 5, 10, QLatin1Char('0'))));
        if (!file.open(QIODevice::WriteOnly) || file.write(profileFile(k)) < 0 || !file.flush()
            || !file.setFileTime(savedAt(), QFileDevice::FileModificationTime)) {
            *error = QStringLiteral("cannot write %1: %2").arg(file.fileName(), file.errorString());
            return false;
        }
    }
    if (!stampFile.open(QIODevice::WriteOnly) || stampFile.write(stamp.toUtf8()) < 0) {
        *error = QStringLiteral("cannot write %1").arg(stampFile.fileName());
        return false;
    }
    return true;
}
