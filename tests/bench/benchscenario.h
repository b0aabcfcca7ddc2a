#pragma once
// What the benchmark does in the window, and the plain SQL each step is
// compared with: the filter changes (category, year range, affiliation),
// the searches (rare, common, prefix), the sorts (every column, and one
// under a filter), and jumping to the end of the list. The window probe
// runs the PaperFilter / column side; the floor runs the SQL side.

#include "paperfilter.h"
#include "paperstore.h"

#include <QString>
#include <QVariantList>
#include <QVector>

struct FloorCondition
{
    QString sql;                 // over `papers`, e.g. "category = ?"
    QVariantList values;
    int facet = -1;              // the Facet it belongs to (skipped for that facet's counts), -1: none
};

struct FilterCase
{
    QString key;                 // "category", "search.rare", ...
    QString label;               // for the table
    PaperFilter filter;
    QVector<FloorCondition> floor;
};

struct SortCase
{
    QString key;
    QString label;
    int column = 0;              // PaperTableModel column
    Qt::SortOrder order = Qt::AscendingOrder;
    PaperFilter filter;          // usually empty
    QString floorOrderBy;        // e.g. "title COLLATE NOCASE, id"
    QVector<FloorCondition> floor;
};

namespace BenchScenario {

QVector<FilterCase> filters();
QVector<SortCase> sorts();

// The columns every list query reads (the same as the store's rows).
QString floorColumns();
// WHERE over papers from conditions, leaving out those of skipFacet.
QString floorWhere(const QVector<FloorCondition> &conditions, int skipFacet, QVariantList *values);
// The plain SQL for one facet's counts under conditions.
QString floorFacetSql(Facet facet, const QVector<FloorCondition> &conditions, QVariantList *values);

} // namespace BenchScenario
