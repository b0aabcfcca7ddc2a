#include "textreport.h"

#include <QFileInfo>
#include <QStringList>

namespace TextReport {

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
    parts << QStringLiteral("%1 %2 added").arg(r.outcome.papersAdded)
                 .arg(r.outcome.papersAdded == 1 ? QStringLiteral("paper") : QStringLiteral("papers"));
    parts << QStringLiteral("%1 already known").arg(r.outcome.papersKnown);
    if (r.outcome.profileAdded)
        parts << QStringLiteral("new profile");
    else if (r.outcome.profileUpdated)
        parts << QStringLiteral("profile updated");
    else if (r.outcome.changedNothing())
        parts << QStringLiteral("nothing changed");
    return QStringLiteral("%1 (%2): %3").arg(r.profileName, QFileInfo(r.source).fileName(),
                                              parts.join(QStringLiteral(", ")));
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
    QString line = QStringLiteral("%1 %2 imported").arg(imported)
                       .arg(imported == 1 ? QStringLiteral("file") : QStringLiteral("files"));
    if (refused)
        line += QStringLiteral(", %1 refused").arg(refused);
    line += QStringLiteral(": %1 %2 added, %3 already known").arg(added)
                .arg(added == 1 ? QStringLiteral("paper") : QStringLiteral("papers")).arg(known);
    if (updated)
        line += QStringLiteral(", %1 %2 updated").arg(updated)
                    .arg(updated == 1 ? QStringLiteral("profile") : QStringLiteral("profiles"));
    return line;
}

} // namespace TextReport
