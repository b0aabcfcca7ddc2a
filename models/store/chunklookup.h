#pragma once
// An import's look-up of a chunk's titles or keys in ONE statement, the
// values bound as one JSON text list (sqltextlist.h): only the values that
// fresh() lets through (it marks them asked) are sent, run() executes the
// backend's statement with them, and row() reads each answer from q.
// ImportLookups (SQLite) and PgImport (PostgreSQL) ask this way.

#include "sqltextlist.h"

#include <QSqlQuery>
#include <QStringList>

namespace ChunkLookup {

template <typename Fresh, typename Run, typename Row>
bool ask(const QStringList &values, Fresh fresh, Run run, QSqlQuery &q, Row row)
{
    QStringList asked;
    for (const QString &v : values) {
        if (fresh(v))
            asked << v;
    }
    if (asked.isEmpty())
        return true;
    if (!run(sqlTextList(asked)))
        return false;
    while (q.next())
        row(q);
    q.finish();
    return true;
}

} // namespace ChunkLookup
