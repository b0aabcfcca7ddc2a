#include "organisefiltersql.h"

#include "sqlplaceholders.h"

int OrganiseFilterSql::stateCode(const QString &state)
{
    if (state == QStringLiteral("unread"))
        return 0;
    if (state == QStringLiteral("reading"))
        return 1;
    if (state == QStringLiteral("read"))
        return 2;
    return -1;
}

QString OrganiseFilterSql::stateName(int code)
{
    switch (code) {
    case 1: return QStringLiteral("reading");
    case 2: return QStringLiteral("read");
    default: return QStringLiteral("unread");
    }
}

void OrganiseFilterSql::append(const PaperFilter &f, QStringList *parts, QVariantList *values, bool postgres)
{
    const auto names = [postgres](const QString &column, int n) {
        if (!postgres)
            return QStringLiteral("%1 IN (%2)").arg(column, sqlPlaceholders(n));
        QStringList marks;
        for (int i = 0; i < n; ++i)
            marks << QStringLiteral("lower(?)");
        return QStringLiteral("lower(%1) IN (%2)").arg(column, marks.join(QLatin1Char(',')));
    };
    if (!f.tags.isEmpty()) {
        *parts << QStringLiteral("p.norm_title IN (SELECT pt.norm_title FROM paper_tags pt"
                                 " JOIN tags t ON t.id = pt.tag_id WHERE %1)")
                      .arg(names(QStringLiteral("t.name"), int(f.tags.size())));
        for (const QString &t : f.tags)
            *values << t.trimmed();
    }
    if (f.starredOnly)
        *parts << QStringLiteral("p.norm_title IN (SELECT norm_title FROM paper_marks WHERE starred = 1)");
    if (!f.states.isEmpty()) {
        *parts << QStringLiteral("COALESCE((SELECT m.state FROM paper_marks m WHERE m.norm_title = p.norm_title), 0)"
                                 " IN (%1)").arg(sqlPlaceholders(int(f.states.size())));
        for (const QString &s : f.states)
            *values << stateCode(s);
    }
    if (!f.collections.isEmpty()) {
        *parts << QStringLiteral("p.norm_title IN (WITH RECURSIVE chosen(id) AS ("
                                 "SELECT id FROM collections WHERE %1"
                                 " UNION SELECT c.id FROM collections c JOIN chosen ON c.parent_id = chosen.id)"
                                 " SELECT cp.norm_title FROM collection_papers cp"
                                 " WHERE cp.collection_id IN (SELECT id FROM chosen))")
                      .arg(names(QStringLiteral("name"), int(f.collections.size())));
        for (const QString &c : f.collections)
            *values << c;
    }
    if (!f.keys.isEmpty()) {
        *parts << QStringLiteral("p.citation_key IN (%1)").arg(sqlPlaceholders(int(f.keys.size())));
        for (const QString &k : f.keys)
            *values << k;
    }
}
