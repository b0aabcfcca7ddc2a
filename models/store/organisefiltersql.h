#pragma once
// The organise terms of a PaperFilter (tags, star, reading states,
// collections with the ones nested in them, citation keys) as SQL
// conditions over `papers p`, for FilterSql (which adds the saved searches
// itself, so that this one needs no FilterSql). User data is keyed by
// the paper's normalised title, so it outlives a removal and a re-import.

#include "paperfilter.h"

#include <QStringList>
#include <QVariantList>

class OrganiseFilterSql
{
public:
    // Appends one condition per term to parts and its values to values;
    // postgres: names compared through lower() (SQLite's columns are NOCASE).
    static void append(const PaperFilter &filter, QStringList *parts, QVariantList *values, bool postgres = false);

    // "unread" 0, "reading" 1, "read" 2; -1 for anything else.
    static int stateCode(const QString &state);
    static QString stateName(int code);
};
