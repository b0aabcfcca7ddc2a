#include "tagsintransaction.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace {

// Each paper (a normalised title or an id, bound as the link's first value) and its tags.
template<typename Key>
bool addTags(QSqlDatabase &db, const QString &linkSql, const QVector<QPair<Key, QStringList>> &tagsByPaper, QString *error)
{
    QSqlQuery tag(db), link(db); // prepared once for the whole file
    tag.prepare(QStringLiteral("INSERT OR IGNORE INTO tags (name) VALUES (?)"));
    link.prepare(linkSql);
    for (const auto &paper : tagsByPaper) {
        for (const QString &raw : paper.second) {
            const QString name = raw.simplified();
            if (name.isEmpty())
                continue;
            tag.bindValue(0, name);
            link.bindValue(0, paper.first);
            link.bindValue(1, name);
            if (!tag.exec() || !link.exec()) {
                *error = (tag.lastError().isValid() ? tag.lastError() : link.lastError()).text();
                return false;
            }
        }
    }
    return true;
}

} // namespace

namespace TagsInTransaction {

bool add(QSqlDatabase &db, const QVector<QPair<QString, QStringList>> &tagsByTitle, QString *error)
{
    return addTags(db, QStringLiteral("INSERT OR IGNORE INTO paper_tags (norm_title, tag_id)"
                                      " SELECT ?, id FROM tags WHERE name = ?"), tagsByTitle, error);
}

bool addToPapers(QSqlDatabase &db, const QVector<QPair<qint64, QStringList>> &tagsById, QString *error)
{
    return addTags(db, QStringLiteral("INSERT OR IGNORE INTO paper_tags (norm_title, tag_id)"
                                      " SELECT p.norm_title, t.id FROM papers p, tags t WHERE p.id = ? AND t.name = ?"), tagsById, error);
}

} // namespace TagsInTransaction
