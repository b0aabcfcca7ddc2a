#pragma once
// Everything the chart view shows, as item models over one store:
// papers per year by category, the category mix, the top affiliations, and
// the ticked profiles' figures and papers per year. The category and
// affiliation charts read the window's FacetModels (the same counts as the
// filter lists and `paperscope stats`); the per-year ones run one grouped
// query each. While the charts are hidden (setLive(false)) refresh() only
// remembers the filter, so a hidden chart costs nothing.

#include "paperfilter.h"

#include <QObject>
#include <QStringList>

class FacetChartModel;
class FacetModel;
class AbstractPaperStore;
class ProfileFiguresModel;
class YearChartModel;

class ChartModels : public QObject
{
    Q_OBJECT
public:
    static constexpr int topCategories = 12;
    static constexpr int topAffiliations = 15;

    // categories and affiliations: FacetModels refreshed before refresh() is called.
    ChartModels(AbstractPaperStore &store, FacetModel *categories, FacetModel *affiliations, QObject *parent = nullptr);

    YearChartModel *years() const { return m_years; }
    FacetChartModel *categories() const { return m_categories; }
    FacetChartModel *affiliations() const { return m_affiliations; }
    YearChartModel *profileYears() const { return m_profileYears; }
    ProfileFiguresModel *profiles() const { return m_profiles; }

    void refresh(const PaperFilter &filter);
    const PaperFilter &filter() const { return m_filter; } // the scope of the charts
    void setLive(bool live);
    bool isLive() const { return m_live; }

    // What a click on a bar or slice does to the values ticked in its list:
    // a plain click selects only that value (or clears it when it was the
    // only one), an additive (Ctrl-)click adds or removes it.
    static QStringList toggled(const QStringList &current, const QString &value, bool additive);

private:
    void reload();

    YearChartModel *m_years;
    FacetChartModel *m_categories;
    FacetChartModel *m_affiliations;
    YearChartModel *m_profileYears;
    ProfileFiguresModel *m_profiles;
    PaperFilter m_filter;
    bool m_live = false;
    bool m_stale = true;
};
