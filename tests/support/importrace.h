#pragma once
// Test support for two imports into one store at once (issue 16): folders
// of generated profile files, and what a `paperscope import` run reported
// (the profiles it says it imported, the files it refused, the totals, its
// notices that it waits for the store). Header-only, Qt Core only.

#include "profilemaker.h"

#include <QDir>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QString>

namespace ImportRace {

// The paper every profile of every folder lists.
inline QString sharedTitle() { return QStringLiteral("The paper everybody lists"); }

// files profile files "<tag> Person k" in folder, each with papers papers
// of its own and sharedTitle(); false when a file cannot be written.
inline bool writeProfiles(const QString &folder, const QString &tag, int files, int papers)
{
    if (!QDir().mkpath(folder))
        return false;
    for (int i = 0; i < files; ++i) {
        const QString name = QStringLiteral("%1 Person %2").arg(tag).arg(i, 3, 10, QLatin1Char('0'));
        QVector<ProfileMaker::Paper> list = ProfileMaker::numbered(name + QStringLiteral(" paper"), papers);
        // Authors of their own: papers of one first author and year share a
        // citation key's stem, and each such paper tries the taken suffixes.
        for (ProfileMaker::Paper &p : list)
            p.authors = QStringLiteral("Ann %1%2, Bo Builder · test-lab").arg(tag).arg(i);
        list.append({sharedTitle()});
        if (!ProfileMaker::write(QStringLiteral("%1/p%2.txt").arg(folder).arg(i, 3, 10, QLatin1Char('0')), name, list))
            return false;
    }
    return true;
}

inline QSet<QString> withPrefix(const QStringList &names, const QString &prefix)
{
    QSet<QString> out;
    for (const QString &n : names) {
        if (n.startsWith(prefix))
            out.insert(n);
    }
    return out;
}

// The number before what in a totals line ("300 files imported: ..."), -1 if none.
inline int figure(const QString &totals, const QString &what)
{
    const QRegularExpression re(QStringLiteral("([\\d,.]+) ") + QRegularExpression::escape(what));
    const QRegularExpressionMatch m = re.match(totals);
    return m.hasMatch() ? m.captured(1).remove(QLatin1Char(',')).remove(QLatin1Char('.')).toInt() : -1;
}

// What a finished `paperscope import` process reported.
struct CliReport
{
    int exitCode = -1;
    QSet<QString> imported;   // profile names reported imported
    int refused = 0;          // lines on stderr that name a file
    int waitNotices = 0;      // lines on stderr that say it waits for the store
    QString err;
    QString totals;
};

inline CliReport cliReport(QProcess &p)
{
    CliReport r;
    r.exitCode = p.exitCode();
    r.err = QString::fromUtf8(p.readAllStandardError());
    static const QRegularExpression line(QStringLiteral("^(.+) \\(p\\d+\\.txt\\): [\\d,.]+ papers added"));
    const QStringList lines = QString::fromUtf8(p.readAllStandardOutput()).split(QLatin1Char('\n'));
    for (const QString &l : lines) {
        const QRegularExpressionMatch m = line.match(l);
        if (m.hasMatch())
            r.imported.insert(m.captured(1));
        else if (!l.trimmed().isEmpty())
            r.totals = l;
    }
    for (const QString &l : r.err.split(QLatin1Char('\n'))) {
        if (l.contains(QStringLiteral(".txt")))
            ++r.refused;
        else if (l.contains(QStringLiteral("waiting")))
            ++r.waitNotices;
    }
    return r;
}

} // namespace ImportRace
