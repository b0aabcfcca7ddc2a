#include "collectionstore.h"

#include "organiseindex.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <algorithm>
#include <functional>

namespace {
// What the change log says of a change to collections or saved searches.
QString changedKind()
{
    return QStringLiteral("collections");
}
} // namespace

QVariant CollectionStore::collectionId(const QString &name) const
{
    QSqlQuery q(m_store.database());
    q.prepare(QStringLiteral("SELECT id FROM collections WHERE %1").arg(m_store.sql().nameIs(QStringLiteral("name"))));
    q.bindValue(0, name.simplified());
    if (q.exec() && q.next())
        return q.value(0);
    return QVariant();
}

bool CollectionStore::hasCollection(const QString &name) const
{
    return !collectionId(name).isNull();
}

QVector<CollectionInfo> CollectionStore::collections(const QHash<QString, int> *sizes) const
{
    QVector<CollectionInfo> flat;
    QSqlQuery q(m_store.database());
    // The papers of a collection and of the ones nested in it, each once:
    // what a filter by the collection lists.
    const QString counted = sizes ? QStringLiteral("0")
                                  : QStringLiteral("(SELECT COUNT(DISTINCT p.id) FROM under u"
                                                   "  JOIN collection_papers cp ON cp.collection_id = u.id"
                                                   "  JOIN papers p ON p.norm_title = cp.norm_title WHERE u.top = c.id)");
    if (!q.exec(QStringLiteral("WITH RECURSIVE under(top, id) AS (SELECT id, id FROM collections"
                               "  UNION SELECT u.top, c.id FROM under u JOIN collections c ON c.parent_id = u.id)"
                               " SELECT c.name, COALESCE(pc.name, ''), %1"
                               " FROM collections c LEFT JOIN collections pc ON pc.id = c.parent_id").arg(counted))) {
        m_store.setError(q.lastError().text());
        return flat;
    }
    while (q.next()) {
        const QString name = q.value(0).toString();
        flat.append({name, q.value(1).toString(),
                     sizes ? sizes->value(OrganiseIndex::foldCase(name)) : q.value(2).toInt()});
    }
    std::sort(flat.begin(), flat.end(), [](const CollectionInfo &a, const CollectionInfo &b) {
        return a.name.compare(b.name, Qt::CaseInsensitive) < 0;
    });
    // Parents first: a depth-first walk from the top.
    QVector<CollectionInfo> ordered;
    std::function<void(const QString &)> walk = [&](const QString &parent) {
        for (const CollectionInfo &c : std::as_const(flat)) {
            if (c.parent.compare(parent, Qt::CaseInsensitive) == 0) {
                ordered.append(c);
                walk(c.name);
            }
        }
    };
    walk(QString());
    return ordered;
}

bool CollectionStore::createCollection(const QString &name, const QString &parent)
{
    const QString clean = name.simplified();
    QVariant parentId;
    if (!parent.isEmpty()) {
        parentId = collectionId(parent);
        if (parentId.isNull()) {
            m_store.setError(QCoreApplication::translate("CollectionStore", "there is no collection '%1'").arg(parent));
            return false;
        }
    }
    if (hasCollection(clean)) {
        m_store.setError(QCoreApplication::translate("CollectionStore", "a collection '%1' exists already").arg(clean));
        return false;
    }
    return m_store.inTransaction([&] {
        return m_store.exec(QStringLiteral("INSERT INTO collections (name, parent_id) VALUES (?, CAST(? AS BIGINT))"),
                            {clean, parentId}) ? 1 : -1;
    }, changedKind()) > 0;
}

bool CollectionStore::deleteCollection(const QString &name)
{
    if (!hasCollection(name)) {
        m_store.setError(QCoreApplication::translate("CollectionStore", "there is no collection '%1'").arg(name));
        return false;
    }
    return m_store.inTransaction([&] {
        return m_store.exec(QStringLiteral("DELETE FROM collections WHERE %1").arg(m_store.sql().nameIs(QStringLiteral("name"))),
                            {name.simplified()}) ? 1 : -1;
    }, changedKind()) > 0;
}

bool CollectionStore::renameCollection(const QString &from, const QString &to)
{
    const QString clean = to.simplified();
    if (!hasCollection(from)) {
        m_store.setError(QCoreApplication::translate("CollectionStore", "there is no collection '%1'").arg(from));
        return false;
    }
    if (clean.isEmpty() || (hasCollection(clean) && clean.compare(from.simplified(), Qt::CaseInsensitive) != 0)) {
        m_store.setError(QCoreApplication::translate("CollectionStore", "a collection '%1' exists already").arg(clean));
        return false;
    }
    return m_store.inTransaction([&] {
        return m_store.exec(QStringLiteral("UPDATE collections SET name = ? WHERE %1")
                                .arg(m_store.sql().nameIs(QStringLiteral("name"))),
                            {clean, from.simplified()}) ? 1 : -1;
    }, changedKind()) > 0;
}

int CollectionStore::addPapers(const QString &collection, const QVector<qint64> &paperIds)
{
    const QVariant id = collectionId(collection);
    if (id.isNull()) {
        m_store.setError(QCoreApplication::translate("CollectionStore", "there is no collection '%1'").arg(collection));
        return -1;
    }
    return m_store.inTransaction([&] {
        return m_store.perChunk(QStringLiteral("INSERT INTO collection_papers (collection_id, norm_title)"
                                               " SELECT CAST(? AS BIGINT), norm_title FROM papers WHERE id IN (%1)"
                                               " ON CONFLICT DO NOTHING"),
                                {id}, paperIds);
    }, QStringLiteral("collected"));
}

int CollectionStore::removePapers(const QString &collection, const QVector<qint64> &paperIds)
{
    const QVariant id = collectionId(collection);
    if (id.isNull()) {
        m_store.setError(QCoreApplication::translate("CollectionStore", "there is no collection '%1'").arg(collection));
        return -1;
    }
    return m_store.inTransaction([&] {
        return m_store.perChunk(QStringLiteral("DELETE FROM collection_papers WHERE collection_id = ?"
                                               " AND norm_title IN (SELECT norm_title FROM papers WHERE id IN (%1))"),
                                {id}, paperIds);
    }, QStringLiteral("uncollected"));
}

QStringList CollectionStore::savedSearches() const
{
    QStringList names;
    QSqlQuery q(m_store.database());
    if (!q.exec(QStringLiteral("SELECT name FROM saved_searches"))) {
        m_store.setError(q.lastError().text());
        return names;
    }
    while (q.next())
        names << q.value(0).toString();
    // By name, ignoring case, the same on every backend.
    std::sort(names.begin(), names.end(), [](const QString &a, const QString &b) {
        const int c = a.compare(b, Qt::CaseInsensitive);
        return c != 0 ? c < 0 : a < b;
    });
    return names;
}

bool CollectionStore::saveSearch(const QString &name, const PaperFilter &filter)
{
    const QByteArray json = QJsonDocument(QJsonObject::fromVariantMap(filter.toVariantMap())).toJson(QJsonDocument::Compact);
    return m_store.inTransaction([&] {
        return m_store.exec(QStringLiteral("INSERT INTO saved_searches (name, filter) VALUES (?, ?)"
                                           " ON CONFLICT %1 DO UPDATE SET filter = excluded.filter")
                                .arg(m_store.sql().nameKey()),
                            {name.simplified(), QString::fromUtf8(json)}) ? 1 : -1;
    }, changedKind()) > 0;
}

bool CollectionStore::deleteSavedSearch(const QString &name)
{
    PaperFilter unused;
    if (!savedSearch(name, &unused)) {
        m_store.setError(QCoreApplication::translate("CollectionStore", "there is no saved search '%1'").arg(name));
        return false;
    }
    return m_store.inTransaction([&] {
        return m_store.exec(QStringLiteral("DELETE FROM saved_searches WHERE %1").arg(m_store.sql().nameIs(QStringLiteral("name"))),
                            {name.simplified()}) ? 1 : -1;
    }, changedKind()) > 0;
}

bool CollectionStore::savedSearch(const QString &name, PaperFilter *filter) const
{
    QSqlQuery q(m_store.database());
    q.prepare(QStringLiteral("SELECT filter FROM saved_searches WHERE %1").arg(m_store.sql().nameIs(QStringLiteral("name"))));
    q.bindValue(0, name.simplified());
    if (!q.exec() || !q.next())
        return false;
    *filter = PaperFilter::fromVariantMap(
        QJsonDocument::fromJson(q.value(0).toString().toUtf8()).object().toVariantMap());
    return true;
}

CollectionsBackup CollectionStore::backup() const
{
    CollectionsBackup b;
    QSqlQuery q(m_store.database());
    q.setForwardOnly(true);
    // Parents first: a parent's id is smaller unless re-parented, which nothing does.
    if (q.exec(QStringLiteral("SELECT id, name, COALESCE(parent_id, 0) FROM collections ORDER BY id"))) {
        while (q.next())
            b.collections.append({q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toLongLong()});
    }
    if (q.exec(QStringLiteral("SELECT collection_id, norm_title FROM collection_papers"))) {
        while (q.next())
            b.members.append({q.value(0).toLongLong(), q.value(1).toString()});
    }
    if (q.exec(QStringLiteral("SELECT name, filter FROM saved_searches"))) {
        while (q.next())
            b.searches.append({q.value(0).toString(), q.value(1).toString()});
    }
    return b;
}

bool CollectionStore::restore(const CollectionsBackup &b)
{
    return m_store.inTransaction([&] {
        if (!m_store.exec(QStringLiteral("DELETE FROM collection_papers"), {})
            || !m_store.exec(QStringLiteral("DELETE FROM collections"), {})
            || !m_store.exec(QStringLiteral("DELETE FROM saved_searches"), {}))
            return -1;
        // The very ids (members and children name them); PostgreSQL's
        // identity then moves past them.
        const QString overriding = m_store.sql().postgres() ? QStringLiteral(" OVERRIDING SYSTEM VALUE") : QString();
        for (const CollectionsBackup::Row &c : b.collections) {
            if (!m_store.exec(QStringLiteral("INSERT INTO collections (id, name, parent_id)%1 VALUES (?, ?, CAST(? AS BIGINT))")
                                  .arg(overriding),
                              {c.id, c.name, c.parentId ? QVariant(c.parentId) : QVariant()}))
                return -1;
        }
        if (m_store.sql().postgres() && !b.collections.isEmpty()
            && !m_store.exec(QStringLiteral("SELECT setval(pg_get_serial_sequence('collections', 'id'),"
                                            " (SELECT max(id) FROM collections))"), {}))
            return -1;
        for (const CollectionsBackup::Member &m : b.members) {
            if (!m_store.exec(QStringLiteral("INSERT INTO collection_papers (collection_id, norm_title) VALUES (?, ?)"),
                              {m.collectionId, m.normTitle}))
                return -1;
        }
        for (const CollectionsBackup::Search &s : b.searches) {
            if (!m_store.exec(QStringLiteral("INSERT INTO saved_searches (name, filter) VALUES (?, ?)"),
                              {s.name, s.filter}))
                return -1;
        }
        return 1;
    }, changedKind()) > 0;
}
