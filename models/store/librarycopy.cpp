#include "librarycopy.h"

#include <QHash>

LibraryCopy::Result LibraryCopy::run(const AbstractPaperStore &from, AbstractPaperStore &to)
{
    Result result;
    if (to.isReadOnly()) {
        result.error = tr("%1 is read-only").arg(to.path());
        return result;
    }
    if (to.paperCount() > 0 || !to.profiles().isEmpty()) {
        result.error = tr("%1 is not empty: copy into a new library").arg(to.path());
        return result;
    }
    RemovedPapers all; // what restore() puts back exactly: rows, ids, keys, links
    all.profiles = from.profiles();
    QHash<QString, qint64> profileIds;
    for (const ProfileRecord &p : std::as_const(all.profiles))
        profileIds.insert(p.name, p.id);
    constexpr int window = 2000;
    for (int offset = 0;; offset += window) {
        QVector<PaperRecord> rows = from.papers(PaperFilter(), PaperSort::Date, Qt::AscendingOrder, offset, window);
        from.fillProfiles(rows);
        for (const PaperRecord &p : std::as_const(rows)) {
            for (const QString &name : p.profiles)
                all.links.append({profileIds.value(name), p.id});
        }
        all.papers += rows;
        if (rows.size() < window)
            break;
    }
    if (!from.lastError().isEmpty()) {
        result.error = tr("cannot read %1: %2").arg(from.path(), from.lastError());
        return result;
    }
    if (!to.restore(all)) {
        result.error = tr("cannot write %1, nothing was copied: %2").arg(to.path(), to.lastError());
        return result;
    }
    const QStringList preambles = from.bibPreambles();
    if (!preambles.isEmpty()) {
        // Carried by a .bib file's profile again (no papers: it changes nothing else).
        ProfileRecord carrier;
        for (const ProfileRecord &p : std::as_const(all.profiles)) {
            if (carrier.name.isEmpty() || p.sourceFile.endsWith(QLatin1String(".bib"), Qt::CaseInsensitive))
                carrier = p;
        }
        carrier.papers.clear();
        carrier.bibPreambles = preambles;
        const ImportOutcome outcome = to.importProfile(carrier);
        if (!outcome.ok) {
            result.error = tr("the papers were copied, the @preamble values not: %1").arg(outcome.error);
            return result;
        }
    }
    result.ok = true;
    result.papers = int(all.papers.size());
    result.profiles = int(all.profiles.size());
    return result;
}
