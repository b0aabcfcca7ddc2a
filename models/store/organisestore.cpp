#include "organisestore.h"

#include "paperstore.h"
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

OrganiseStore::OrganiseStore(const QSqlDatabase &db) : m_db(db) {}

OrganiseStore::OrganiseStore(const PaperStore &store)
    : m_db(QSqlDatabase::database(store.connectionName(), false))
{
}

bool OrganiseStore::beginWrite()
{
    m_error.clear();
    return StoreFault::beginWrite(m_db, &m_error);
}

bool OrganiseStore::commit()
{
    if (m_db.commit())
        return true;
    m_error = StoreFault::explain(m_db.lastError().text());
    return false;
}

int OrganiseStore::rollback()
{
    if (m_error.isEmpty())
        m_error = StoreFault::explain(m_db.lastError().text());
    m_db.rollback();
    return -1;
}

bool OrganiseStore::exec(const QString &sql, const QVariantList &values)
{
    QSqlQuery q(m_db);
    q.prepare(sql);
    for (int i = 0; i < values.size(); ++i)
        q.bindValue(i, values.at(i));
    if (q.exec())
        return true;
    m_error = StoreFault::explain(q.lastError().text());
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
        m_error = q.lastError().text();
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
            m_error = StoreFault::explain(q.lastError().text());
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
        if (!exec(QStringLiteral("INSERT OR IGNORE INTO tags (name) VALUES (?)"), {name}))
            return -1;
        return perChunk(QStringLiteral("INSERT OR IGNORE INTO paper_tags (norm_title, tag_id)"
                                       " SELECT p.norm_title, t.id FROM papers p, tags t"
                                       " WHERE t.name = ? AND p.id IN (%1)"),
                        {name}, paperIds);
    });
}

int OrganiseStore::removeTag(const QString &tag, const QVector<qint64> &paperIds)
{
    return inTransaction([&] {
        return perChunk(QStringLiteral("DELETE FROM paper_tags WHERE tag_id = (SELECT id FROM tags WHERE name = ?)"
                                       " AND norm_title IN (SELECT norm_title FROM papers WHERE id IN (%1))"),
                        {tag.simplified()}, paperIds);
    });
}

int OrganiseStore::setStarred(const QVector<qint64> &paperIds, bool starred)
{
    return inTransaction([&] {
        if (!starred) {
            return perChunk(QStringLiteral("UPDATE paper_marks SET starred = 0 WHERE starred <> 0"
                                           " AND norm_title IN (SELECT norm_title FROM papers WHERE id IN (%1))"),
                            {}, paperIds);
        }
        return perChunk(QStringLiteral("INSERT INTO paper_marks (norm_title, starred)"
                                       " SELECT norm_title, 1 FROM papers WHERE id IN (%1)"
                                       " ON CONFLICT (norm_title) DO UPDATE SET starred = 1 WHERE starred <> 1"),
                        {}, paperIds);
    });
}

int OrganiseStore::setState(const QVector<qint64> &paperIds, int state)
{
    return inTransaction([&] {
        if (state == 0) {
            return perChunk(QStringLiteral("UPDATE paper_marks SET state = 0 WHERE state <> 0"
                                           " AND norm_title IN (SELECT norm_title FROM papers WHERE id IN (%1))"),
                            {}, paperIds);
        }
        return perChunk(QStringLiteral("INSERT INTO paper_marks (norm_title, state)"
                                       " SELECT norm_title, ? FROM papers WHERE id IN (%1)"
                                       " ON CONFLICT (norm_title) DO UPDATE SET state = excluded.state"
                                       " WHERE state <> excluded.state"),
                        {state}, paperIds);
    });
}

int OrganiseStore::setNote(qint64 paperId, const QString &note)
{
    return inTransaction([&] {
        if (note.isEmpty()) {
            return perChunk(QStringLiteral("UPDATE paper_marks SET note = '' WHERE note <> ''"
                                           " AND norm_title IN (SELECT norm_title FROM papers WHERE id IN (%1))"),
                            {}, {paperId});
        }
        return perChunk(QStringLiteral("INSERT INTO paper_marks (norm_title, note)"
                                       " SELECT norm_title, ? FROM papers WHERE id IN (%1)"
                                       " ON CONFLICT (norm_title) DO UPDATE SET note = excluded.note"
                                       " WHERE note <> excluded.note"),
                        {note}, {paperId});
    });
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
