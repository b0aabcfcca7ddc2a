#pragma once
// The few pieces of SQL in which the organise tables (tags, marks,
// collections, saved searches) differ between the local SQLite store and a
// shared library on PostgreSQL; everything else OrganiseStore,
// CollectionStore, OrganiseSnapshots and OrganiseCounts write once for both
// (ON CONFLICT DO NOTHING, CAST(? AS ...), WITH RECURSIVE work in both).
// Lists (ids, titles, rows) are always ONE bound JSON text value.

#include "filtersql.h"

#include <QString>

class OrganiseSql
{
public:
    using Dialect = FilterSql::Dialect;
    explicit OrganiseSql(Dialect dialect = Dialect::Sqlite) : m_dialect(dialect) {}

    Dialect dialect() const { return m_dialect; }
    bool postgres() const { return m_dialect == Dialect::Postgres; }

    // A sub-select of the ids of a JSON array bound at its "?".
    QString idSet() const
    {
        return postgres() ? QStringLiteral("SELECT value::bigint FROM json_array_elements_text(?::json)")
                          : QStringLiteral("SELECT value FROM json_each(?)");
    }
    // A sub-select of the texts of a JSON array bound at its "?".
    QString textSet() const
    {
        return postgres() ? QStringLiteral("SELECT value FROM json_array_elements_text(?::json)")
                          : QStringLiteral("SELECT value FROM json_each(?)");
    }
    // The rows of a JSON array of arrays bound at its "?", as `j`; field()
    // reads one element of a row (type: the SQL type wanted, PostgreSQL's
    // JSON gives text).
    QString rows() const
    {
        return postgres() ? QStringLiteral("json_array_elements(?::json) j") : QStringLiteral("json_each(?) j");
    }
    QString field(int i, const QString &type = QStringLiteral("text")) const
    {
        return postgres() ? QStringLiteral("CAST(j.value->>%1 AS %2)").arg(i).arg(type)
                          : QStringLiteral("json_extract(j.value, '$[%1]')").arg(i);
    }
    // "column = ?" ignoring case (SQLite's name columns are NOCASE; on
    // PostgreSQL names are unique by lower(name)).
    QString nameIs(const QString &column) const
    {
        return QStringLiteral("%1 = %2").arg(FilterSql::caseless(column, m_dialect), FilterSql::caselessPlaceholders(1, m_dialect));
    }
    // Appended to an UPDATE's SET of paper_marks: on a shared library the
    // row says who changed it last, and when (PgSchema's changed_by, changed_at).
    QString stamp() const
    {
        return postgres() ? QStringLiteral(", changed_by = current_user, changed_at = now()") : QString();
    }
    // The conflict target of a table unique by name.
    QString nameKey() const { return postgres() ? QStringLiteral("(lower(name))") : QStringLiteral("(name)"); }

private:
    Dialect m_dialect;
};
