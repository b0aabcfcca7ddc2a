#include "tagsintransaction.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace TagsInTransaction {

bool add(QSqlDatabase &db, const QVector<QPair<QString, QStringList>> &tagsByTitle, QString *error)
{
    QSqlQuery tag(db), link(db); // prepared once for the whole file
    tag.prepare(QStringLiteral("INSERT OR IGNORE INTO tags (name) VALUES (?)"));
    link.prepare(QStringLiteral("INSERT OR IGNORE INTO paper_tags (norm_title, tag_id)"
                                " SELECT ?, id FROM tags WHERE name = ?"));
    for (const auto &paper : tagsByTitle) {
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

} // namespace TagsInTransaction
