#include "importlookups.h"

#include "chunklookup.h"
#include "sqltextlist.h"

#include <QSqlError>
#include <QVariant>

ImportLookups::ImportLookups(QSqlDatabase db) : m_titles(db), m_keys(db), m_oneTitle(db), m_oneKey(db)
{
    m_titles.setForwardOnly(true);
    m_keys.setForwardOnly(true);
    m_titles.prepare(QStringLiteral(
        "SELECT p.norm_title, p.id, p.has_code FROM json_each(?) j JOIN papers p ON p.norm_title = j.value"));
    m_keys.prepare(QStringLiteral(
        "SELECT DISTINCT p.citation_key FROM json_each(?) j JOIN papers p ON p.citation_key = j.value"));
    m_oneTitle.prepare(QStringLiteral("SELECT norm_title, id, has_code FROM papers WHERE norm_title = ?"));
    m_oneKey.prepare(QStringLiteral("SELECT citation_key FROM papers WHERE citation_key = ?"));
}

bool ImportLookups::run(QSqlQuery &q, const QString &value)
{
    q.bindValue(0, value);
    if (q.exec())
        return true;
    m_error = q.lastError().text();
    return false;
}

bool ImportLookups::askTitles(const QStringList &normTitles)
{
    const auto fresh = [this](const QString &t) {
        if (m_askedTitles.contains(t))
            return false;
        m_askedTitles.insert(t);
        return true;
    };
    return ChunkLookup::ask(normTitles, fresh, [this](const QString &json) { return run(m_titles, json); }, m_titles,
                            [this](QSqlQuery &q) {
                                m_papers.insert(q.value(0).toString(), {q.value(1).toLongLong(), q.value(2).toBool()});
                            });
}

bool ImportLookups::askKeys(const QStringList &keys)
{
    const auto fresh = [this](const QString &k) {
        if (m_takenKeys.contains(k))
            return false;
        m_takenKeys.insert(k, false);
        return true;
    };
    return ChunkLookup::ask(keys, fresh, [this](const QString &json) { return run(m_keys, json); }, m_keys,
                            [this](QSqlQuery &q) { m_takenKeys[q.value(0).toString()] = true; });
}

bool ImportLookups::findPaper(const QString &normTitle, Paper *paper, bool *found)
{
    if (!m_askedTitles.contains(normTitle) && !m_papers.contains(normTitle)) {
        if (!run(m_oneTitle, normTitle))
            return false;
        const bool stored = m_oneTitle.next();
        if (stored)
            m_papers.insert(normTitle, {m_oneTitle.value(1).toLongLong(), m_oneTitle.value(2).toBool()});
        m_oneTitle.finish();
        m_askedTitles.insert(normTitle);
    }
    const auto it = m_papers.constFind(normTitle);
    *found = it != m_papers.constEnd();
    if (*found)
        *paper = *it;
    return true;
}

bool ImportLookups::keyTaken(const QString &key, bool *taken)
{
    const auto it = m_takenKeys.constFind(key);
    if (it != m_takenKeys.constEnd()) {
        *taken = *it;
        return true;
    }
    if (!run(m_oneKey, key))
        return false;
    *taken = m_oneKey.next();
    m_oneKey.finish();
    m_takenKeys.insert(key, *taken);
    return true;
}

void ImportLookups::added(const QString &normTitle, qint64 id, bool hasCode, const QString &key)
{
    m_papers.insert(normTitle, {id, hasCode});
    m_askedTitles.insert(normTitle);
    m_takenKeys.insert(key, true);
}

void ImportLookups::codeSet(const QString &normTitle)
{
    const auto it = m_papers.find(normTitle);
    if (it != m_papers.end())
        it->hasCode = true;
}

void ImportLookups::clear()
{
    m_papers.clear();
    m_askedTitles.clear();
    m_takenKeys.clear();
}

// ["a","b"] (sqltextlist.h).
QString ImportLookups::jsonTextArray(const QStringList &values)
{
    return sqlTextList(values);
}
