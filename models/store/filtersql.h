#pragma once
// Turns a PaperFilter into a SQL WHERE clause over `papers p` plus the values
// to bind to it, in order. Part of the store: nothing outside models/ sees it.

#include "papercounts.h"
#include "paperfilter.h"

#include <QString>
#include <QVariantList>

struct FilterSql
{
    enum class Skip { Nothing, Categories, Years, Affiliations, Profiles, EntryTypes, Venues };
    // The SQLite store (case-insensitive columns, FTS5) or a shared library
    // on PostgreSQL (lower() on both sides, tsvector search: PgSchema).
    enum class Dialect { Sqlite, Postgres };

    QString where;               // "1" when the filter is empty
    QVariantList values;

    static FilterSql build(const PaperFilter &filter, Skip skip = Skip::Nothing, Dialect dialect = Dialect::Sqlite);

    // User text -> FTS5 query: every word must match, each as a prefix.
    // Returns an empty string when no searchable word is left.
    static QString ftsQuery(const QString &text);
    // The same words for PostgreSQL's to_tsquery('simple', ...): folded as
    // PgSearchText folds the papers' text, each a prefix, all required.
    static QString tsQuery(const QString &text);
    // "column" where the column's collation ignores case (SQLite), else
    // "lower(column)"; and the placeholder to compare it with.
    static QString caseless(const QString &column, Dialect dialect);
    static QString caselessPlaceholders(int n, Dialect dialect);

    // "?,?,?" for n values.
    static QString placeholders(int n);

    // " ORDER BY <column> <dir>, p.id <dir>" over `papers p`: ties break by id
    // in the same direction, so DESC is exactly ASC reversed.
    static QString orderBy(PaperSort sort, Qt::SortOrder order, Dialect dialect = Dialect::Sqlite);
};
