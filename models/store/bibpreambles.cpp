#include "bibpreambles.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace BibPreambles {

QStringList read(const QSqlDatabase &db, QString *error)
{
    QStringList values;
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT value FROM bib_preambles ORDER BY id"))) {
        *error = q.lastError().text();
        return values;
    }
    while (q.next())
        values << q.value(0).toString();
    return values;
}

} // namespace BibPreambles
