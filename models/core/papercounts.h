#pragma once
// Plain values of counting and sorting papers: the sort keys of the list,
// the facets of the filter panel, and the counts per value (and per year)
// that stores hand to the filter lists, the charts and `stats --json`.

#include <QString>

enum class PaperSort { Title, FirstAuthor, Year, Category, Affiliations, Code, Date };
enum class Facet { Category, Year, Affiliation, Profile };
// Facets of .bib papers: the entry type ("article") and the venue (journal,
// booktitle or publisher). Papers from profiles have neither and are not counted.
enum class BibFacet { EntryType, Venue };

struct FacetCount
{
    QString value;
    int count = 0;
};

// Papers of one year under one key (a category or a profile name), for the charts.
struct YearCount
{
    int year = 0;
    QString key;
    int count = 0;
};
