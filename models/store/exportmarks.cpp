#include "exportmarks.h"

#include "sqlidlist.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <algorithm>

namespace ExportMarks {

QHash<qint64, PaperMarks> read(const QSqlDatabase &db, const QVector<qint64> &ids, QString *error)
{
    QHash<qint64, PaperMarks> out;
    if (ids.isEmpty())
        return out;
    // A store nobody has tagged or written a note in (most of them) has
    // nothing to add: two one-row probes instead of the window's join, which
    // was about 3 us a paper of a large export's reading thread.
    QSqlQuery probe(db);
    if (!probe.exec(QStringLiteral("SELECT EXISTS (SELECT 1 FROM paper_tags) OR EXISTS (SELECT 1 FROM paper_marks)"))) {
        *error = probe.lastError().text();
        return out;
    }
    if (probe.next() && !probe.value(0).toBool())
        return out;
    // Kind 0: the note; kind 1: a tag. Marks are kept per normalised title,
    // so the window's ids go through papers to reach them.
    QSqlQuery q(db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral(
        "WITH w(id) AS (%1),"
        " p AS (SELECT papers.id, papers.norm_title FROM w JOIN papers ON papers.id = w.id)"
        " SELECT p.id, 0, m.note FROM p JOIN paper_marks m ON m.norm_title = p.norm_title WHERE m.note <> ''"
        " UNION ALL"
        " SELECT p.id, 1, t.name FROM p JOIN paper_tags pt ON pt.norm_title = p.norm_title"
        " JOIN tags t ON t.id = pt.tag_id")
                  .arg(db.driverName() == QLatin1String("QPSQL") // a shared library (PgPaperStore)
                           ? QStringLiteral("SELECT value::bigint FROM json_array_elements_text(?::json)")
                           : QStringLiteral("SELECT value FROM json_each(?)")));
    q.addBindValue(sqlIdList(ids));
    if (!q.exec()) {
        *error = q.lastError().text();
        return out;
    }
    while (q.next()) {
        PaperMarks &m = out[q.value(0).toLongLong()];
        if (q.value(1).toInt() == 0)
            m.note = q.value(2).toString();
        else
            m.tags << q.value(2).toString();
    }
    for (PaperMarks &m : out) {
        std::sort(m.tags.begin(), m.tags.end(), [](const QString &a, const QString &b) {
            const int c = a.compare(b, Qt::CaseInsensitive);
            return c != 0 ? c < 0 : a < b;
        });
    }
    return out;
}

} // namespace ExportMarks
