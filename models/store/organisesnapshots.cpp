#include "organisesnapshots.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace {

// The papers of a snapshot: their normalised titles, bound as one JSON array.
const QString ofTitles = QStringLiteral("(SELECT value FROM json_each(?))");

QString jsonText(const QJsonArray &array)
{
    return QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Compact));
}

QString jsonLinks(const QVector<OrganiseSnapshot::Link> &links)
{
    QJsonArray rows;
    for (const OrganiseSnapshot::Link &l : links)
        rows.append(QJsonArray{l.normTitle, l.name});
    return jsonText(rows);
}

} // namespace

OrganiseSnapshot OrganiseSnapshots::take(const QVector<qint64> &paperIds) const
{
    OrganiseSnapshot snap;
    snap.normTitles = m_store.normTitles(paperIds, &snap.paperIds);
    QSqlQuery q(m_store.database());
    q.setForwardOnly(true);
    const QStringList sqls = {
        QStringLiteral("SELECT norm_title, starred, state, note FROM paper_marks WHERE norm_title IN %1"),
        QStringLiteral("SELECT pt.norm_title, t.name FROM paper_tags pt JOIN tags t ON t.id = pt.tag_id"
                       " WHERE pt.norm_title IN %1"),
        QStringLiteral("SELECT cp.norm_title, c.name FROM collection_papers cp"
                       " JOIN collections c ON c.id = cp.collection_id WHERE cp.norm_title IN %1"),
    };
    if (snap.normTitles.isEmpty())
        return snap;
    // The titles read once (a new connection reads each paper's row from disk).
    const QString titles = jsonText(QJsonArray::fromStringList(snap.normTitles));
    for (int kind = 0; kind < sqls.size(); ++kind) {
        q.prepare(sqls.at(kind).arg(ofTitles));
        q.bindValue(0, titles);
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
    return snap;
}

// Each table in one statement: the titles, marks and links go in as bound JSON arrays.
bool OrganiseSnapshots::restore(const OrganiseSnapshot &snap)
{
    const auto field = [](int i) { return QStringLiteral("json_extract(j.value, '$[%1]')").arg(i); };
    QJsonArray marks;
    for (const OrganiseSnapshot::Marks &m : snap.marks)
        marks.append(QJsonArray{m.normTitle, m.starred ? 1 : 0, m.state, m.note});
    const QString titles = jsonText(QJsonArray::fromStringList(snap.normTitles));
    const QString tags = jsonLinks(snap.tags);
    const int steps = 7;
    int done = 0;
    const auto step = [&] { return m_store.step(++done, steps); };
    return m_store.inTransaction([&] {
        for (const QString &table : {QStringLiteral("paper_marks"), QStringLiteral("paper_tags"),
                                     QStringLiteral("collection_papers")}) {
            if (!m_store.exec(QStringLiteral("DELETE FROM %1 WHERE norm_title IN (SELECT value FROM json_each(?))")
                                  .arg(table),
                              {titles})
                || !step())
                return -1;
        }
        const bool ok =
            m_store.exec(QStringLiteral("INSERT INTO paper_marks (norm_title, starred, state, note)"
                                        " SELECT %1, %2, %3, %4 FROM json_each(?) j")
                             .arg(field(0), field(1), field(2), field(3)),
                         {jsonText(marks)})
            && step()
            && m_store.exec(QStringLiteral("INSERT OR IGNORE INTO tags (name) SELECT DISTINCT %1 FROM json_each(?) j")
                                .arg(field(1)),
                            {tags})
            && step()
            && m_store.exec(QStringLiteral("INSERT OR IGNORE INTO paper_tags (norm_title, tag_id)"
                                           " SELECT %1, t.id FROM json_each(?) j JOIN tags t ON t.name = %2")
                                .arg(field(0), field(1)),
                            {tags})
            && step()
            // A collection deleted since stays deleted.
            && m_store.exec(QStringLiteral("INSERT OR IGNORE INTO collection_papers (collection_id, norm_title)"
                                           " SELECT c.id, %1 FROM json_each(?) j JOIN collections c ON c.name = %2")
                                .arg(field(0), field(1)),
                            {jsonLinks(snap.collections)})
            && step();
        return ok ? int(snap.normTitles.size()) : -1;
    }) >= 0;
}

OrganiseSnapshot OrganiseSnapshots::resolved(const OrganiseSnapshot &snap) const
{
    OrganiseSnapshot now = snap;
    now.normTitles.clear();
    now.paperIds.clear();
    QSqlQuery q(m_store.database());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT norm_title, id FROM papers WHERE norm_title IN %1").arg(ofTitles));
    q.bindValue(0, jsonText(QJsonArray::fromStringList(snap.normTitles)));
    if (!q.exec()) {
        m_store.setError(q.lastError().text());
        return OrganiseSnapshot();
    }
    while (q.next()) {
        now.normTitles << q.value(0).toString();
        now.paperIds << q.value(1).toLongLong();
    }
    return now;
}
