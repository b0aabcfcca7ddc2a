#include "textreport.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QStringList>

namespace TextReport {

namespace {
// The window shows these lines translated; the command line installs only
// the English translation, which holds nothing but plural forms, so it prints
// them in English with "1 paper" / "2 papers" from the same %Ln message.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(TextReport)
};
} // namespace

QString paperLine(const PaperRecord &p)
{
    return QStringLiteral("%1  %2  %3  %4  %5")
        .arg(p.date.isValid() ? p.date.toString(Qt::ISODate) : QStringLiteral("----------"),
             p.category.leftJustified(4, QLatin1Char(' ')),
             p.hasCode ? QStringLiteral("code") : QStringLiteral("    "),
             p.citationKey, p.title);
}

QString facetBlock(const QString &heading, const QVector<FacetCount> &counts)
{
    QString out = heading + QStringLiteral(":\n");
    int width = 0;
    for (const FacetCount &c : counts)
        width = qMax(width, int(c.value.size()));
    for (const FacetCount &c : counts)
        out += QStringLiteral("  %1  %2\n").arg(c.value.leftJustified(width, QLatin1Char(' '))).arg(c.count);
    return out;
}

QString importLine(const FileImportResult &r)
{
    if (!r.ok)
        return r.message;
    QStringList parts;
    const int added = r.outcome.papersAdded;
    parts << Tr::tr("%Ln papers added", nullptr, added);
    parts << Tr::tr("%Ln already known", nullptr, r.outcome.papersKnown);
    if (r.outcome.profileAdded)
        parts << Tr::tr("new profile");
    else if (r.outcome.profileUpdated)
        parts << Tr::tr("profile updated");
    else if (r.outcome.changedNothing())
        parts << Tr::tr("nothing changed");
    return Tr::tr("%1 (%2): %3").arg(r.profileName, QFileInfo(r.source).fileName(), parts.join(QStringLiteral(", ")));
}

QString importTotals(const QVector<FileImportResult> &results)
{
    int imported = 0, refused = 0, added = 0, known = 0, updated = 0;
    for (const FileImportResult &r : results) {
        if (!r.ok) {
            ++refused;
            continue;
        }
        ++imported;
        added += r.outcome.papersAdded;
        known += r.outcome.papersKnown;
        updated += r.outcome.profileUpdated ? 1 : 0;
    }
    QStringList files{Tr::tr("%Ln files imported", nullptr, imported)};
    if (refused)
        files << Tr::tr("%Ln refused", nullptr, refused);
    QStringList papers{Tr::tr("%Ln papers added", nullptr, added),
                       Tr::tr("%Ln already known", nullptr, known)};
    if (updated)
        papers << Tr::tr("%Ln profiles updated", nullptr, updated);
    return Tr::tr("%1: %2").arg(files.join(QStringLiteral(", ")), papers.join(QStringLiteral(", ")));
}

QString copyLine(int papers, int profiles, const QString &to)
{
    return Tr::tr("copied %Ln papers and %1 to %2", nullptr, papers)
        .arg(Tr::tr("%Ln profiles", nullptr, profiles), to);
}

} // namespace TextReport
