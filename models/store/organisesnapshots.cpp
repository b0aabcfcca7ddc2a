#include "organisesnapshots.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace {

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
    // The papers of a snapshot: their normalised titles, bound as one JSON array.
    const QString ofTitles = QLatin1Char('(') + m_store.sql().textSet() + QLatin1Char(')');
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
    const OrganiseSql &sql = m_store.sql();
    const auto field = [&sql](int i, const QString &type = QStringLiteral("TEXT")) { return sql.field(i, type); };
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
            if (!m_store.exec(QStringLiteral("DELETE FROM %1 WHERE norm_title IN (%2)").arg(table, sql.textSet()),
                              {titles})
                || !step())
                return -1;
        }
        const bool ok =
            m_store.exec(QStringLiteral("INSERT INTO paper_marks (norm_title, starred, state, note)"
                                        " SELECT %1, %2, %3, %4 FROM %5 WHERE true")
                             .arg(field(0), field(1, QStringLiteral("INTEGER")), field(2, QStringLiteral("INTEGER")),
                                  field(3), sql.rows()),
                         {jsonText(marks)})
            && step()
            && m_store.exec(QStringLiteral("INSERT INTO tags (name) SELECT DISTINCT %1 FROM %2 WHERE true"
                                           " ON CONFLICT DO NOTHING")
                                .arg(field(1), sql.rows()),
                            {tags})
            && step()
            && m_store.exec(QStringLiteral("INSERT INTO paper_tags (norm_title, tag_id)"
                                           " SELECT %1, t.id FROM %3 JOIN tags t ON %4 = %5 WHERE true"
                                           " ON CONFLICT DO NOTHING")
                                .arg(field(0), sql.rows(), FilterSql::caseless(QStringLiteral("t.name"), sql.dialect()),
                                     FilterSql::caseless(field(1), sql.dialect())),
                            {tags})
            && step()
            // A collection deleted since stays deleted.
            && m_store.exec(QStringLiteral("INSERT INTO collection_papers (collection_id, norm_title)"
                                           " SELECT c.id, %1 FROM %3 JOIN collections c ON %4 = %5 WHERE true"
                                           " ON CONFLICT DO NOTHING")
                                .arg(field(0), sql.rows(), FilterSql::caseless(QStringLiteral("c.name"), sql.dialect()),
                                     FilterSql::caseless(field(1), sql.dialect())),
                            {jsonLinks(snap.collections)})
            && step();
        return ok ? int(snap.normTitles.size()) : -1;
    }, QStringLiteral("organised")) >= 0;
}

OrganiseSnapshot OrganiseSnapshots::resolved(const OrganiseSnapshot &snap) const
{
    OrganiseSnapshot now = snap;
    now.normTitles.clear();
    now.paperIds.clear();
    QSqlQuery q(m_store.database());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT norm_title, id FROM papers WHERE norm_title IN (%1)").arg(m_store.sql().textSet()));
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
