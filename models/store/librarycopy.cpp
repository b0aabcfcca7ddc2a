#include "librarycopy.h"

#include "collectionstore.h"
#include "organisesnapshots.h"
#include "organisestore.h"

#include <QHash>
#include <QSet>

bool LibraryCopy::copyUserData(const AbstractPaperStore &from, AbstractPaperStore &to, const QVector<qint64> &ids,
                               QString *error)
{
    OrganiseStore source(from);
    OrganiseStore target(to);
    // Collections (with their nesting and ids) and saved searches first:
    // the papers' memberships name them.
    const CollectionsBackup collections = CollectionStore(source).backup();
    const OrganiseSnapshot decided = OrganiseSnapshots(source).take(ids);
    const QStringList tags = source.tags();
    if (!source.error().isEmpty()) {
        *error = tr("cannot read what users decided in %1: %2").arg(from.path(), source.error());
        return false;
    }
    bool ok = CollectionStore(target).restore(collections) && OrganiseSnapshots(target).restore(decided);
    // Tags no paper has (any more) are kept too: the window offers them.
    QSet<QString> used;
    for (const OrganiseSnapshot::Link &l : decided.tags)
        used.insert(l.name.toCaseFolded());
    for (const QString &tag : tags) {
        if (ok && !used.contains(tag.toCaseFolded()))
            ok = target.addTag(tag, {}) >= 0;
    }
    if (!ok)
        *error = tr("the papers were copied, not all user data (tags, marks, notes, collections, saved searches): %1")
                     .arg(target.error());
    return ok;
}

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
    QVector<qint64> ids;
    ids.reserve(all.papers.size());
    for (const PaperRecord &p : std::as_const(all.papers))
        ids << p.id;
    if (!copyUserData(from, to, ids, &result.error))
        return result;
    result.ok = true;
    result.papers = int(all.papers.size());
    result.profiles = int(all.profiles.size());
    return result;
}
