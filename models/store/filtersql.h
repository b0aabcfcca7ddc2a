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

    QString where;               // "1" when the filter is empty
    QVariantList values;

    static FilterSql build(const PaperFilter &filter, Skip skip = Skip::Nothing);

    // User text -> FTS5 query: every word must match, each as a prefix.
    // Returns an empty string when no searchable word is left.
    static QString ftsQuery(const QString &text);

    // "?,?,?" for n values.
    static QString placeholders(int n);

    // " ORDER BY <column> <dir>, p.id <dir>" over `papers p`: ties break by id
    // in the same direction, so DESC is exactly ASC reversed.
    static QString orderBy(PaperSort sort, Qt::SortOrder order);
};
