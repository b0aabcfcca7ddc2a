#pragma once
// The grouped counts behind the charts that the facet counts do not cover:
// papers per (year, category) and per (profile, year) under a filter. Part
// of the store (PaperStore hands it its connection): each answer is one
// GROUP BY over indexed columns with every value bound, never a loop over
// paper rows, so a chart refresh stays fast with a million papers.

#include "papercounts.h"
#include "paperfilter.h"

#include <QSqlDatabase>
#include <QStringList>
#include <QVector>

class StoreCounts
{
public:
    explicit StoreCounts(const QSqlDatabase &db) : m_db(db) {}

    // Papers with a year, per (year, category), ordered by year then category.
    QVector<YearCount> yearCategory(const PaperFilter &filter, QString *error) const;
    // Papers with a year of each named profile, per (year, profile).
    QVector<YearCount> profileYear(const PaperFilter &filter, const QStringList &profiles, QString *error) const;
    // .bib papers per entry type or venue (venues case-insensitive), most first;
    // papers without one (from profiles) are not counted.
    QVector<FacetCount> bibFacet(BibFacet facet, const PaperFilter &filter, bool excludeOwnFacet,
                                 QString *error) const;

private:
    QVector<YearCount> run(const QString &sql, const QVariantList &values, QString *error) const;

    QSqlDatabase m_db;
};
