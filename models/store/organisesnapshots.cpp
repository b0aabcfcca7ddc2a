#include "organisesnapshots.h"

#include "filtersql.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace {
constexpr int chunkSize = 100; // as OrganiseStore: a list of placeholders costs the square of its length
} // namespace

OrganiseSnapshot OrganiseSnapshots::take(const QVector<qint64> &paperIds) const
{
    OrganiseSnapshot snap;
    snap.normTitles = m_store.normTitles(paperIds);
    QSqlQuery q(m_store.database());
    q.setForwardOnly(true);
    const QStringList sqls = {
        QStringLiteral("SELECT norm_title, starred, state, note FROM paper_marks WHERE norm_title IN (%1)"),
        QStringLiteral("SELECT pt.norm_title, t.name FROM paper_tags pt JOIN tags t ON t.id = pt.tag_id"
                       " WHERE pt.norm_title IN (%1)"),
        QStringLiteral("SELECT cp.norm_title, c.name FROM collection_papers cp"
                       " JOIN collections c ON c.id = cp.collection_id WHERE cp.norm_title IN (%1)"),
    };
    for (int from = 0; from < snap.normTitles.size(); from += chunkSize) {
        const int n = int(qMin<qsizetype>(chunkSize, snap.normTitles.size() - from));
        for (int kind = 0; kind < sqls.size(); ++kind) {
            q.prepare(sqls.at(kind).arg(FilterSql::placeholders(n)));
            for (int k = 0; k < n; ++k)
                q.bindValue(k, snap.normTitles.at(from + k));
            if (!q.exec()) {
                m_store.setError(q.lastError().text());
                return OrganiseSnapshot();
            }
            while (q.next()) {
                if (kind == 0)
                    snap.marks.append({q.value(0).toString(), q.value(1).toInt() != 0, q.value(2).toInt(),
                                       q.value(3).toString()});
                else
                    (kind == 1 ? snap.tags : snap.collections).append({q.value(0).toString(), q.value(1).toString()});
            }
        }
    }
    return snap;
}

bool OrganiseSnapshots::restore(const OrganiseSnapshot &snap)
{
    return m_store.inTransaction([&] {
        for (const QString &title : snap.normTitles) {
            for (const QString &table : {QStringLiteral("paper_marks"), QStringLiteral("paper_tags"),
                                         QStringLiteral("collection_papers")}) {
                if (!m_store.exec(QStringLiteral("DELETE FROM %1 WHERE norm_title = ?").arg(table), {title}))
                    return -1;
            }
        }
        for (const OrganiseSnapshot::Marks &m : snap.marks) {
            if (!m_store.exec(QStringLiteral("INSERT INTO paper_marks (norm_title, starred, state, note)"
                                             " VALUES (?, ?, ?, ?)"),
                              {m.normTitle, m.starred ? 1 : 0, m.state, m.note}))
                return -1;
        }
        for (const OrganiseSnapshot::Link &t : snap.tags) {
            if (!m_store.exec(QStringLiteral("INSERT OR IGNORE INTO tags (name) VALUES (?)"), {t.name})
                || !m_store.exec(QStringLiteral("INSERT OR IGNORE INTO paper_tags (norm_title, tag_id)"
                                                " SELECT ?, id FROM tags WHERE name = ?"),
                                 {t.normTitle, t.name}))
                return -1;
        }
        for (const OrganiseSnapshot::Link &c : snap.collections) {
            // A collection deleted since stays deleted.
            if (!m_store.exec(QStringLiteral("INSERT OR IGNORE INTO collection_papers (collection_id, norm_title)"
                                             " SELECT id, ? FROM collections WHERE name = ?"),
                              {c.normTitle, c.name}))
                return -1;
        }
        return int(snap.normTitles.size());
    }) >= 0;
}
