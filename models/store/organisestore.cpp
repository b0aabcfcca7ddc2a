#include "organisestore.h"

#include "paperstore.h"
#include "pgchangelog.h"
#include "pgpaperstore.h"
#include "pgsql.h"
#include "sqlidlist.h"
#include "storefault.h"
#include "tagsintransaction.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <algorithm>

namespace {
// Ids per statement while someone follows the progress (otherwise the
// whole list is one bound JSON value, sqlIdList).
constexpr qsizetype progressSlice = 1000;

void sortNames(QStringList &names)
{
    std::sort(names.begin(), names.end(), [](const QString &a, const QString &b) {
        const int c = a.compare(b, Qt::CaseInsensitive);
        return c != 0 ? c < 0 : a < b;
    });
}
} // namespace

OrganiseStore::OrganiseStore(const QSqlDatabase &db, OrganiseSql sql) : m_db(db), m_sql(sql) {}

OrganiseStore::OrganiseStore(const AbstractPaperStore &store)
{
    if (const auto *local = dynamic_cast<const PaperStore *>(&store)) {
        m_db = QSqlDatabase::database(local->connectionName(), false);
    } else if (const auto *shared = dynamic_cast<const PgPaperStore *>(&store)) {
        m_db = shared->database();
        m_sql = OrganiseSql(OrganiseSql::Dialect::Postgres);
        m_log = &PgChangeLog::record;
    }
}

QString OrganiseStore::explain(const QSqlError &error) const
{
    if (!m_sql.postgres())
        return StoreFault::explain(error.text());
    // SQLSTATE 40P01 deadlock_detected, 40001 serialization_failure.
    m_crossed = error.nativeErrorCode() == QLatin1String("40P01") || error.nativeErrorCode() == QLatin1String("40001");
    const QString text = error.databaseText().isEmpty() ? error.text() : error.databaseText().simplified();
    if (text.contains(QLatin1String("permission denied")))
        return QCoreApplication::translate("OrganiseStore", "%1 may only read this shared library: nothing changed (%2)")
            .arg(m_db.userName(), text);
    return text;
}

bool OrganiseStore::beginWrite()
{
    m_error.clear();
    m_crossed = false;
    if (!m_sql.postgres())
        return StoreFault::beginWrite(m_db, &m_error);
    if (m_db.transaction())
        return true;
    m_error = explain(m_db.lastError());
    return false;
}

bool OrganiseStore::logged(const QString &kind, int changed)
{
    if (!m_log || kind.isEmpty() || changed <= 0)
        return true;
    QString error;
    if (m_log(m_db, kind, changed, &error))
        return true;
    m_error = error.contains(QLatin1String("permission denied"))
                  ? QCoreApplication::translate("OrganiseStore", "%1 may only read this shared library: nothing"
                                                                 " changed (%2)").arg(m_db.userName(), error)
                  : error;
    return false;
}

bool OrganiseStore::commit()
{
    if (m_db.commit())
        return true;
    m_error = explain(m_db.lastError());
    return false;
}

int OrganiseStore::rollback()
{
    if (m_error.isEmpty())
        m_error = explain(m_db.lastError());
    if (!m_aborted)
        m_db.rollback();
    m_aborted = false;
    return -1;
}

void OrganiseStore::abortOnServer()
{
    // PostgreSQL refuses every statement of a transaction after a failed
    // one, QPSQL's freeing of the failed statement included: end it now,
    // while the statement is still there.
    if (m_sql.postgres() && m_db.rollback())
        m_aborted = true;
}

bool OrganiseStore::exec(const QString &sql, const QVariantList &values)
{
    QSqlQuery q(m_db);
    if (m_sql.postgres()) { // QPSQL's binding of empty texts (PgSql)
        if (PgSql::exec(q, sql, values, &m_error))
            return true;
        m_error = explain(q.lastError());
        abortOnServer();
        return false;
    }
    q.prepare(sql);
    for (int i = 0; i < values.size(); ++i)
        q.bindValue(i, values.at(i));
    if (q.exec())
        return true;
    m_error = explain(q.lastError());
    return false;
}

bool OrganiseStore::step(int done, int total)
{
    if (!m_progress || m_progress(done, total))
        return true;
    m_error = QCoreApplication::translate("OrganiseStore", "cancelled");
    return false;
}

int OrganiseStore::perChunk(const QString &sql, const QVariantList &leading, const QVector<qint64> &ids)
{
    QSqlQuery q(m_db);
    if (!q.prepare(sql.arg(idsFromJson()))) {
        m_error = explain(q.lastError());
        abortOnServer();
        return -1;
    }
    // The whole list at once; in slices when someone follows the progress
    // (and may cancel: the caller's transaction then rolls back).
    const qsizetype slice = m_progress ? progressSlice : qMax<qsizetype>(1, ids.size());
    int changed = 0;
    for (qsizetype from = 0; from < ids.size(); from += slice) {
        const qsizetype n = qMin(slice, ids.size() - from);
        int i = 0;
        for (const QVariant &v : leading)
            q.bindValue(i++, v);
        q.bindValue(i, sqlIdList(ids.mid(from, n)));
        if (!q.exec()) {
            m_error = explain(q.lastError());
            abortOnServer();
            return -1;
        }
        changed += q.numRowsAffected();
        if (m_progress && !m_progress(int(from + n), int(ids.size()))) {
            m_error = QCoreApplication::translate("OrganiseStore", "cancelled");
            return -1;
        }
    }
    return changed;
}

QStringList OrganiseStore::normTitles(const QVector<qint64> &paperIds, QVector<qint64> *found) const
{
    QStringList titles;
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT norm_title, id FROM papers WHERE id IN (%1)").arg(idsFromJson()));
    q.bindValue(0, sqlIdList(paperIds));
    if (!q.exec()) {
        m_error = q.lastError().text();
        return titles;
    }
    while (q.next()) {
        titles << q.value(0).toString();
        if (found)
            found->append(q.value(1).toLongLong());
    }
    return titles;
}

PaperMarks OrganiseStore::marks(qint64 paperId) const
{
    return marks(QVector<qint64>{paperId}).value(paperId);
}

QHash<qint64, PaperMarks> OrganiseStore::marks(const QVector<qint64> &paperIds) const
{
    QHash<qint64, PaperMarks> out;
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    const QStringList parts = {
        QStringLiteral("SELECT p.id, 0, m.starred, m.state, m.note FROM papers p"
                       " JOIN paper_marks m ON m.norm_title = p.norm_title WHERE p.id IN (%1)"),
        QStringLiteral("SELECT p.id, 1, t.name, 0, '' FROM papers p JOIN paper_tags pt ON pt.norm_title = p.norm_title"
                       " JOIN tags t ON t.id = pt.tag_id WHERE p.id IN (%1)"),
        QStringLiteral("SELECT p.id, 2, c.name, 0, '' FROM papers p"
                       " JOIN collection_papers cp ON cp.norm_title = p.norm_title"
                       " JOIN collections c ON c.id = cp.collection_id WHERE p.id IN (%1)"),
    };
    for (qint64 id : paperIds)
        out.insert(id, PaperMarks());
    const QString list = sqlIdList(paperIds);
    for (const QString &sql : parts) {
        q.prepare(sql.arg(idsFromJson()));
        q.bindValue(0, list);
        if (!q.exec()) {
            m_error = q.lastError().text();
            return out;
        }
        while (q.next()) {
            PaperMarks &m = out[q.value(0).toLongLong()];
            switch (q.value(1).toInt()) {
            case 0:
                m.starred = q.value(2).toInt() != 0;
                m.state = q.value(3).toInt();
                m.note = q.value(4).toString();
                break;
            case 1: m.tags << q.value(2).toString(); break;
            default: m.collections << q.value(2).toString(); break;
            }
        }
    }
    for (PaperMarks &m : out) {
        sortNames(m.tags);
        sortNames(m.collections);
    }
    return out;
}

QStringList OrganiseStore::tags() const
{
    QStringList names;
    QSqlQuery q(m_db);
    if (!q.exec(QStringLiteral("SELECT name FROM tags"))) {
        m_error = q.lastError().text();
        return names;
    }
    while (q.next())
        names << q.value(0).toString();
    sortNames(names);
    return names;
}

int OrganiseStore::addTag(const QString &tag, const QVector<qint64> &paperIds)
{
    const QString name = tag.simplified();
    return inTransaction([&] {
        if (!exec(QStringLiteral("INSERT INTO tags (name) VALUES (?) ON CONFLICT DO NOTHING"), {name}))
            return -1;
        return perChunk(QStringLiteral("INSERT INTO paper_tags (norm_title, tag_id)"
                                       " SELECT p.norm_title, t.id FROM papers p, tags t"
                                       " WHERE %2 AND p.id IN (%1) ON CONFLICT DO NOTHING")
                            .replace(QLatin1String("%2"), m_sql.nameIs(QStringLiteral("t.name"))),
                        {name}, paperIds);
    }, QStringLiteral("tagged"));
}

int OrganiseStore::removeTag(const QString &tag, const QVector<qint64> &paperIds)
{
    return inTransaction([&] {
        return perChunk(QStringLiteral("DELETE FROM paper_tags WHERE tag_id = (SELECT id FROM tags WHERE %2)"
                                       " AND norm_title IN (SELECT norm_title FROM papers WHERE id IN (%1))")
                            .replace(QLatin1String("%2"), m_sql.nameIs(QStringLiteral("name"))),
                        {tag.simplified()}, paperIds);
    }, QStringLiteral("untagged"));
}

QString OrganiseStore::stamped(QString sql) const
{
    return sql.replace(QLatin1String("%S"), m_sql.stamp());
}

int OrganiseStore::setStarred(const QVector<qint64> &paperIds, bool starred)
{
    return inTransaction([&] {
        if (!starred) {
            return perChunk(stamped(QStringLiteral("UPDATE paper_marks SET starred = 0%S WHERE starred <> 0"
                                           " AND norm_title IN (SELECT norm_title FROM papers WHERE id IN (%1))")),
                            {}, paperIds);
        }
        return perChunk(stamped(QStringLiteral("INSERT INTO paper_marks (norm_title, starred)"
                                       " SELECT norm_title, 1 FROM papers WHERE id IN (%1)"
                                       " ON CONFLICT (norm_title) DO UPDATE SET starred = 1%S WHERE paper_marks.starred <> 1")),
                        {}, paperIds);
    }, starred ? QStringLiteral("starred") : QStringLiteral("unstarred"));
}

int OrganiseStore::setState(const QVector<qint64> &paperIds, int state)
{
    return inTransaction([&] {
        if (state == 0) {
            return perChunk(stamped(QStringLiteral("UPDATE paper_marks SET state = 0%S WHERE state <> 0"
                                           " AND norm_title IN (SELECT norm_title FROM papers WHERE id IN (%1))")),
                            {}, paperIds);
        }
        return perChunk(stamped(QStringLiteral("INSERT INTO paper_marks (norm_title, state)"
                                       " SELECT norm_title, CAST(? AS INTEGER) FROM papers WHERE id IN (%1)"
                                       " ON CONFLICT (norm_title) DO UPDATE SET state = excluded.state%S"
                                       " WHERE paper_marks.state <> excluded.state")),
                        {state}, paperIds);
    }, QStringLiteral("marked"));
}

int OrganiseStore::setNote(qint64 paperId, const QString &note)
{
    return inTransaction([&] {
        if (note.isEmpty()) {
            return perChunk(stamped(QStringLiteral("UPDATE paper_marks SET note = ''%S WHERE note <> ''"
                                           " AND norm_title IN (SELECT norm_title FROM papers WHERE id IN (%1))")),
                            {}, {paperId});
        }
        return perChunk(stamped(QStringLiteral("INSERT INTO paper_marks (norm_title, note)"
                                       " SELECT norm_title, CAST(? AS TEXT) FROM papers WHERE id IN (%1)"
                                       " ON CONFLICT (norm_title) DO UPDATE SET note = excluded.note%S"
                                       " WHERE paper_marks.note <> excluded.note")),
                        {note}, {paperId});
    }, QStringLiteral("noted"));
}

bool OrganiseStore::addTagsInTransaction(QSqlDatabase &db, const QString &normTitle, const QStringList &tags,
                                         QString *error)
{
    return addTagsInTransaction(db, {{normTitle, tags}}, error);
}

bool OrganiseStore::addTagsInTransaction(QSqlDatabase &db, const QVector<QPair<QString, QStringList>> &tagsByTitle,
                                         QString *error)
{
    return TagsInTransaction::add(db, tagsByTitle, error);
}
