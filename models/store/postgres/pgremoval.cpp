#include "pgremoval.h"

#include "paperrows.h"
#include "pgchangelog.h"
#include "pgimport.h"
#include "pgsql.h"
#include "textfold.h"

#include <QCoreApplication>
#include <QSqlQuery>

bool PgRemoval::begin()
{
    m_error.clear();
    if (m_db.transaction())
        return true;
    m_error = m_db.lastError().text();
    return false;
}

bool PgRemoval::finish(bool ok)
{
    if (ok && m_db.commit())
        return true;
    if (m_error.isEmpty())
        m_error = m_db.lastError().text();
    m_db.rollback();
    return false;
}

bool PgRemoval::take(const QVector<qint64> &ids, RemovedPapers *removed)
{
    const PaperRows rows(m_db);
    removed->papers = rows.byIds(ids);
    rows.fillProfiles(removed->papers);
    if (!rows.error().isEmpty()) {
        m_error = rows.error();
        return false;
    }
    QSqlQuery q(m_db);
    if (!PgSql::exec(q, QStringLiteral("SELECT profile_id, paper_id FROM profile_papers WHERE paper_id IN %1"
                                       " ORDER BY profile_id, paper_id").arg(PgSql::idSet()),
                     {PgSql::idList(ids)}, &m_error))
        return false;
    while (q.next())
        removed->links.append({q.value(0).toLongLong(), q.value(1).toLongLong()});
    return PgSql::exec(q, QStringLiteral("DELETE FROM papers WHERE id IN %1").arg(PgSql::idSet()),
                       {PgSql::idList(ids)}, &m_error);
}

RemovedPapers PgRemoval::removePapers(const QVector<qint64> &ids)
{
    RemovedPapers removed;
    if (!begin())
        return removed;
    const bool ok = take(ids, &removed)
                    && PgChangeLog::record(m_db, QStringLiteral("removed"), int(removed.papers.size()), &m_error);
    if (!finish(ok))
        return RemovedPapers();
    return removed;
}

RemovedPapers PgRemoval::removeProfile(const QString &name)
{
    RemovedPapers removed;
    if (!begin())
        return removed;
    const PaperRows rows(m_db);
    for (const ProfileRecord &p : rows.profiles()) {
        if (p.name == name)
            removed.profiles.append(p);
    }
    if (removed.profiles.isEmpty()) {
        m_error = QCoreApplication::translate("StoreRemoval", "there is no profile named %1").arg(name);
        finish(false);
        return RemovedPapers();
    }
    const qint64 profileId = removed.profiles.first().id;
    QSqlQuery q(m_db);
    QVector<qint64> alone;
    bool ok = PgSql::exec(q, QStringLiteral("SELECT pp.paper_id FROM profile_papers pp WHERE pp.profile_id = ?"
                                            " AND NOT EXISTS (SELECT 1 FROM profile_papers o WHERE o.paper_id = pp.paper_id"
                                            " AND o.profile_id <> pp.profile_id) ORDER BY pp.paper_id"),
                          {profileId}, &m_error);
    while (ok && q.next())
        alone << q.value(0).toLongLong();
    RemovedPapers papers;
    ok = ok && take(alone, &papers);
    if (ok) { // the profile's links to papers that stay
        ok = PgSql::exec(q, QStringLiteral("SELECT profile_id, paper_id FROM profile_papers WHERE profile_id = ?"
                                           " ORDER BY paper_id"),
                         {profileId}, &m_error);
        while (ok && q.next())
            papers.links.append({q.value(0).toLongLong(), q.value(1).toLongLong()});
    }
    ok = ok && PgSql::exec(q, QStringLiteral("DELETE FROM profiles WHERE id = ?"), {profileId}, &m_error)
         && PgChangeLog::record(m_db, QStringLiteral("removed"), int(papers.papers.size()), &m_error);
    if (!finish(ok))
        return RemovedPapers();
    removed.papers = papers.papers;
    removed.links = papers.links;
    return removed;
}

bool PgRemoval::putBack(const RemovedPapers &removed)
{
    QSqlQuery q(m_db);
    for (const ProfileRecord &p : removed.profiles) {
        if (!PgSql::exec(q, QStringLiteral("INSERT INTO profiles (id, name, primary_category, h_index, paper_count,"
                                           " citations, novelty, ai_score, source_file, saved_at, imported_at)"
                                           " OVERRIDING SYSTEM VALUE VALUES (?,?,?,?,?,?,?,?,?,?,?)"),
                         {p.id, p.name, p.primaryCategory, p.hIndex, p.paperCount, p.citations,
                          p.novelty < 0 ? QVariant() : QVariant(p.novelty), p.aiScore < 0 ? QVariant() : QVariant(p.aiScore),
                          p.sourceFile,
                          p.savedAt.isValid() ? QVariant(p.savedAt.toUTC().toString(Qt::ISODate)) : QVariant(),
                          p.importedAt.toUTC().toString(Qt::ISODate)},
                         &m_error))
            return false;
    }
    PgImport insert(m_db);
    for (const PaperRecord &paper : removed.papers) {
        qint64 id = paper.id;
        if (!insert.insertPaper(paper, TextFold::normalisedTitle(paper.title), paper.citationKey, &id)) {
            m_error = insert.error();
            return false;
        }
    }
    for (const auto &link : removed.links) {
        if (!PgSql::exec(q, QStringLiteral("INSERT INTO profile_papers (profile_id, paper_id) VALUES (?, ?)"
                                           " ON CONFLICT DO NOTHING"),
                         {link.first, link.second}, &m_error))
            return false;
    }
    // Ids given explicitly do not move the identity sequences: the next new
    // row must come after every id there is (a copied library's too).
    for (const char *table : {"papers", "profiles"}) {
        const QString name = QString::fromLatin1(table);
        if (!PgSql::exec(q, QStringLiteral("SELECT setval(pg_get_serial_sequence(?, 'id'),"
                                           " GREATEST((SELECT max(id) FROM %1), 1))").arg(name),
                         {name}, &m_error))
            return false;
    }
    return true;
}

bool PgRemoval::restore(const RemovedPapers &removed)
{
    return begin()
           && finish(putBack(removed)
                     && PgChangeLog::record(m_db, QStringLiteral("restored"), int(removed.papers.size()), &m_error));
}
