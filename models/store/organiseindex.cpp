#include "organiseindex.h"

#include "organisefiltersql.h"

#include <algorithm>
#include <numeric>

using namespace IndexMask;

QString OrganiseIndex::foldCase(const QString &name)
{
    QString folded = name;
    for (QChar &c : folded) {
        if (c.unicode() >= 'A' && c.unicode() <= 'Z')
            c = QChar(c.unicode() + ('a' - 'A'));
    }
    return folded;
}

void OrganiseIndex::reset(quint32 idLimit)
{
    *this = OrganiseIndex();
    m_marks.fill(0, int(idLimit));
}

void OrganiseIndex::setMarks(quint8 mark, const QVector<quint32> &ids)
{
    for (quint32 id : ids) {
        if (qsizetype(id) < m_marks.size())
            m_marks[int(id)] |= mark;
    }
}

void OrganiseIndex::setTag(const QString &name, QVector<quint32> ids)
{
    m_tagByName.insert(foldCase(name), int(m_tagNames.size()));
    m_tagNames << name;
    m_tagPapers << std::move(ids);
}

void OrganiseIndex::setCollection(qint64 id, const QString &name, qint64 parentId, QVector<quint32> ids)
{
    m_collectionByName.insert(foldCase(name), int(m_collectionId.size()));
    m_collectionId << id;
    m_collectionParent << parentId;
    m_collectionPapers << std::move(ids);
}

// "ORDER BY name COLLATE NOCASE": the folded UTF-8 bytes.
void OrganiseIndex::finish()
{
    QVector<QByteArray> folded;
    for (const QString &name : std::as_const(m_tagNames))
        folded << foldCase(name).toUtf8();
    QVector<int> byName(m_tagNames.size());
    std::iota(byName.begin(), byName.end(), 0);
    std::sort(byName.begin(), byName.end(), [&folded](int a, int b) { return folded.at(a) < folded.at(b); });
    m_tagRank.resize(m_tagNames.size());
    for (int r = 0; r < byName.size(); ++r)
        m_tagRank[byName.at(r)] = r;
}

int OrganiseIndex::stateOf(int id) const
{
    const quint8 m = m_marks.at(id);
    return (m & Read) ? 2 : (m & Reading) ? 1 : 0;
}

QVector<int> OrganiseIndex::chosenCollections(const QStringList &names) const
{
    QVector<int> chosen;
    for (const QString &name : names) {
        const auto it = name.isNull() ? m_collectionByName.constEnd() : m_collectionByName.constFind(foldCase(name));
        if (it != m_collectionByName.constEnd() && !chosen.contains(*it))
            chosen << *it;
    }
    // The nested ones, level by level (WITH RECURSIVE in OrganiseFilterSql).
    for (int i = 0; i < chosen.size(); ++i) {
        const qint64 parent = m_collectionId.at(chosen.at(i));
        for (int c = 0; c < m_collectionParent.size(); ++c) {
            if (m_collectionParent.at(c) == parent && !chosen.contains(c))
                chosen << c;
        }
    }
    return chosen;
}

void OrganiseIndex::apply(const PaperFilter &f, Mask &mask) const
{
    if (!f.tags.isEmpty()) {
        QVector<int> chosen;
        for (const QString &tag : f.tags) {
            const QString name = tag.trimmed();
            const auto it = name.isNull() ? m_tagByName.constEnd() : m_tagByName.constFind(foldCase(name));
            if (it != m_tagByName.constEnd())
                chosen << *it;
        }
        markListed(mask, TagBit, m_tagPapers, chosen);
    }
    if (!f.collections.isEmpty())
        markListed(mask, CollectionBit, m_collectionPapers, chosenCollections(f.collections));
    bool stateOk[3] = {false, false, false};
    for (const QString &s : f.states) {
        const int code = OrganiseFilterSql::stateCode(s);
        if (code >= 0)
            stateOk[code] = true;
    }
    const bool states = !f.states.isEmpty();
    if (!states && !f.starredOnly)
        return;
    quint16 *out = mask.data();
    const int n = int(qMin(mask.size(), m_marks.size()));
    for (int id = 0; id < n; ++id) {
        if (f.starredOnly && !(m_marks.at(id) & Starred))
            out[id] |= StarBit;
        if (states && !stateOk[stateOf(id)])
            out[id] |= StateBit;
    }
}

QVector<FacetCount> OrganiseIndex::tagCounts(const Mask &mask, bool excludeOwn) const
{
    const quint16 keep = excludeOwn ? quint16(~TagBit) : quint16(0xFFFF);
    const quint16 *m = mask.constData();
    const qsizetype n = mask.size();
    QVector<int> present, counts(m_tagPapers.size(), 0);
    for (int t = 0; t < m_tagPapers.size(); ++t) {
        int c = 0;
        for (quint32 id : m_tagPapers.at(t))
            c += qsizetype(id) < n && (m[id] & keep) == 0;
        counts[t] = c;
        if (c > 0)
            present << t;
    }
    std::sort(present.begin(), present.end(), [&](int a, int b) {
        return counts.at(a) != counts.at(b) ? counts.at(a) > counts.at(b) : m_tagRank.at(a) < m_tagRank.at(b);
    });
    QVector<FacetCount> rows;
    for (int t : std::as_const(present))
        rows.append({m_tagNames.at(t), counts.at(t)});
    return rows;
}

QVector<FacetCount> OrganiseIndex::stateCounts(const Mask &mask, bool excludeOwn) const
{
    const quint16 keep = excludeOwn ? quint16(~StateBit) : quint16(0xFFFF);
    int byState[3] = {0, 0, 0};
    const quint16 *m = mask.constData();
    const int n = int(qMin(mask.size(), m_marks.size()));
    for (int id = 0; id < n; ++id) {
        if ((m[id] & keep) == 0)
            ++byState[stateOf(id)];
    }
    QVector<FacetCount> rows;
    for (int s = 0; s < 3; ++s)
        rows.append({OrganiseFilterSql::stateName(s), byState[s]});
    return rows;
}

int OrganiseIndex::starredCount(const Mask &mask, bool excludeOwn) const
{
    const quint16 keep = excludeOwn ? quint16(~StarBit) : quint16(0xFFFF);
    const quint16 *m = mask.constData();
    const int n = int(qMin(mask.size(), m_marks.size()));
    int count = 0;
    for (int id = 0; id < n; ++id)
        count += (m[id] & keep) == 0 && (m_marks.at(id) & Starred);
    return count;
}

QHash<QString, int> OrganiseIndex::collectionSizes() const
{
    QHash<QString, int> sizes;
    QVector<quint32> seen(m_marks.size(), 0); // the round that counted an id
    quint32 round = 0;
    for (auto it = m_collectionByName.cbegin(); it != m_collectionByName.cend(); ++it) {
        ++round;
        int n = 0;
        for (int c : chosenCollections(QStringList{it.key()})) {
            for (quint32 id : m_collectionPapers.at(c)) {
                if (qsizetype(id) < seen.size() && seen.at(int(id)) != round) {
                    seen[int(id)] = round;
                    ++n;
                }
            }
        }
        sizes.insert(it.key(), n);
    }
    return sizes;
}

// The papers of a snapshot get exactly its marks, tags and memberships, as
// a fresh load of the store after the change would give them.
bool OrganiseIndex::replacePapers(const OrganiseSnapshot &snap)
{
    if (snap.paperIds.size() != snap.normTitles.size())
        return false;
    const qsizetype limit = m_marks.size();
    QHash<QString, quint32> idOf;
    idOf.reserve(snap.normTitles.size());
    QVector<bool> covered(limit, false);
    for (qsizetype i = 0; i < snap.paperIds.size(); ++i) {
        const qint64 id = snap.paperIds.at(i);
        if (id < 0 || id >= limit)
            return false; // a paper the index does not know: read it again
        covered[id] = true;
        idOf.insert(snap.normTitles.at(i), quint32(id));
    }
    // Every collection named must be known (one created since is read again).
    for (const OrganiseSnapshot::Link &link : snap.collections) {
        if (idOf.contains(link.normTitle) && !m_collectionByName.contains(foldCase(link.name)))
            return false;
    }
    for (quint32 id : std::as_const(idOf))
        m_marks[int(id)] = 0;
    for (const OrganiseSnapshot::Marks &m : snap.marks) {
        const auto it = idOf.constFind(m.normTitle);
        if (it != idOf.constEnd())
            m_marks[int(*it)] = quint8((m.starred ? Starred : 0) | (m.state == 1 ? Reading : m.state == 2 ? Read : 0));
    }
    dropCovered(m_tagPapers, covered);
    dropCovered(m_collectionPapers, covered);
    bool newTags = false;
    for (const OrganiseSnapshot::Link &link : snap.tags) {
        const auto id = idOf.constFind(link.normTitle);
        if (id == idOf.constEnd())
            continue;
        const QString folded = foldCase(link.name);
        auto tag = m_tagByName.constFind(folded);
        if (tag == m_tagByName.constEnd()) {
            setTag(link.name, {});
            tag = m_tagByName.constFind(folded);
            newTags = true;
        }
        m_tagPapers[*tag].append(*id);
    }
    for (const OrganiseSnapshot::Link &link : snap.collections) {
        const auto id = idOf.constFind(link.normTitle);
        if (id != idOf.constEnd())
            m_collectionPapers[m_collectionByName.value(foldCase(link.name))].append(*id);
    }
    if (newTags)
        finish();
    return true;
}

// Takes the covered ids out of the lists that hold any (the others stay shared).
void OrganiseIndex::dropCovered(QVector<QVector<quint32>> &lists, const QVector<bool> &covered)
{
    const qsizetype n = covered.size();
    const auto isCovered = [&](quint32 id) { return qsizetype(id) < n && covered.at(int(id)); };
    for (int i = 0; i < lists.size(); ++i) {
        const QVector<quint32> &list = std::as_const(lists).at(i);
        if (std::any_of(list.cbegin(), list.cend(), isCovered)) {
            QVector<quint32> &l = lists[i];
            l.erase(std::remove_if(l.begin(), l.end(), isCovered), l.end());
        }
    }
}
