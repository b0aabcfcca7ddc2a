#pragma once
// What the user narrowed the paper list down to. The same value drives the
// list, the facet counts, the charts, the command line and the exports:
// OR within one list (categories, affiliations, profiles), AND across them.

#include <QString>
#include <QStringList>
#include <QVariantMap>

struct PaperFilter
{
    QStringList categories;      // e.g. "SE", "LG"
    int yearFrom = 0;            // 0: open
    int yearTo = 0;              // 0: open
    QList<int> years;            // ticked years (OR'd), on top of the range
    QStringList affiliations;    // slugs
    QStringList profiles;        // profile names
    QStringList entryTypes;      // .bib entry types, lower-case ("article")
    QStringList venues;          // .bib venues (journal, booktitle or publisher), any case
    QString text;                // free text, matched with FTS5 (prefix)
    bool hasCodeOnly = false;
    bool hasArxivOnly = false;
    // What the user decided (the organise issue): OR within each list.
    QStringList tags;            // any of these tags (case-insensitive)
    bool starredOnly = false;
    QStringList states;          // reading states: "unread", "reading", "read"
    QStringList collections;     // in any of these collections (or one nested in them)
    QStringList keys;            // citation keys
    QList<QVariantMap> also;     // further filters (toVariantMap()) every paper must match too: saved searches

    bool isEmpty() const
    {
        return categories.isEmpty() && yearFrom == 0 && yearTo == 0 && years.isEmpty() && affiliations.isEmpty()
            && profiles.isEmpty() && text.trimmed().isEmpty() && !hasCodeOnly && !hasArxivOnly
            && !hasOrganiseTerms();
    }
    // Terms the in-memory index does not hold (SQL answers them): what the
    // user decided, and the .bib entry types and venues.
    bool hasOrganiseTerms() const
    {
        return !tags.isEmpty() || starredOnly || !states.isEmpty() || !collections.isEmpty() || !keys.isEmpty()
            || !also.isEmpty() || !entryTypes.isEmpty() || !venues.isEmpty();
    }
    bool operator==(const PaperFilter &o) const
    {
        return categories == o.categories && yearFrom == o.yearFrom && yearTo == o.yearTo && years == o.years
            && affiliations == o.affiliations && profiles == o.profiles && entryTypes == o.entryTypes
            && venues == o.venues && text == o.text
            && hasCodeOnly == o.hasCodeOnly && hasArxivOnly == o.hasArxivOnly && tags == o.tags
            && starredOnly == o.starredOnly && states == o.states && collections == o.collections
            && keys == o.keys && also == o.also;
    }
    bool operator!=(const PaperFilter &o) const { return !(*this == o); }

    // "2023" or "2021-2024"; returns false (and leaves the filter alone) on junk.
    bool setYearRange(const QString &spec);

    // For QSettings: the last filter is restored on the next start.
    QVariantMap toVariantMap() const;
    static PaperFilter fromVariantMap(const QVariantMap &map);
};
