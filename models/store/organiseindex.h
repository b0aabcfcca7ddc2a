#pragma once
// The part of the in-memory index (PaperIndex) that holds what a user
// decided: per paper id its star and reading state, the papers of every
// tag and of every collection (with its parent, for the nested ones).
// Answers the tag, star, state and collection conditions of a filter and
// the Organise panel's counts the way OrganiseFilterSql and OrganiseCounts
// do in SQL: tag and collection names compare as SQLite's NOCASE (ASCII
// letters folded), a collection includes the ones nested in it, a paper
// without marks is unread. Immutable once loaded, like PaperIndex, except
// in a copy that replacePapers() brings up to date after a change of marks.

#include "indexmask.h"
#include "papercounts.h"
#include "papermarks.h"
#include "paperfilter.h"

#include <QHash>
#include <QStringList>

class OrganiseIndex
{
public:
    enum Mark : quint8 { Starred = 1, Reading = 2, Read = 4 };

    void reset(quint32 idLimit);
    void setMarks(quint8 mark, const QVector<quint32> &ids);
    void setTag(const QString &name, QVector<quint32> ids);
    void setCollection(qint64 id, const QString &name, qint64 parentId, QVector<quint32> ids);
    void finish(); // ranks the tag names as the SQL sorts them
    // The snapshot's papers (by paperIds) get exactly its star, state, tags
    // and memberships, as a fresh load after the change would give them.
    // False, with the index half changed, when it names a paper beyond the
    // index or a collection it does not know (the caller reads it again).
    bool replacePapers(const OrganiseSnapshot &snapshot);

    // The filter's tag, star, state and collection conditions into mask.
    void apply(const PaperFilter &filter, IndexMask::Mask &mask) const;
    // OrganiseCounts' rows; with excludeOwn the facet's own bit is ignored.
    QVector<FacetCount> tagCounts(const IndexMask::Mask &mask, bool excludeOwn) const;
    QVector<FacetCount> stateCounts(const IndexMask::Mask &mask, bool excludeOwn) const; // unread, reading, read
    int starredCount(const IndexMask::Mask &mask, bool excludeOwn) const;
    // Per collection (by folded name) its papers and those of the ones
    // nested in it, each once: what a filter by it lists.
    QHash<QString, int> collectionSizes() const;

    static QString foldCase(const QString &name); // SQLite's NOCASE: ASCII letters only

private:
    int stateOf(int id) const;
    QVector<int> chosenCollections(const QStringList &names) const; // with the nested ones
    static void dropCovered(QVector<QVector<quint32>> &lists, const QVector<bool> &covered);

    QVector<quint8> m_marks; // by id: Mark bits
    QStringList m_tagNames;
    QHash<QString, int> m_tagByName; // folded
    QVector<QVector<quint32>> m_tagPapers;
    QVector<int> m_tagRank; // by tag: place in NOCASE order
    QHash<QString, int> m_collectionByName; // folded
    QVector<qint64> m_collectionId, m_collectionParent;
    QVector<QVector<quint32>> m_collectionPapers;
};
