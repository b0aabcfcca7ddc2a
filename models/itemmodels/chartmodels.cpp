#include "chartmodels.h"

#include "facetchartmodel.h"
#include "profilefiguresmodel.h"
#include "yearchartmodel.h"

ChartModels::ChartModels(AbstractPaperStore &store, FacetModel *categories, FacetModel *affiliations, QObject *parent)
    : QObject(parent),
      m_years(new YearChartModel(store, YearChartModel::Series::Categories, this)),
      m_categories(new FacetChartModel(categories, topCategories, this)),
      m_affiliations(new FacetChartModel(affiliations, topAffiliations, this)),
      m_profileYears(new YearChartModel(store, YearChartModel::Series::Profiles, this)),
      m_profiles(new ProfileFiguresModel(store, this))
{
}

void ChartModels::refresh(const PaperFilter &filter)
{
    m_filter = filter;
    m_stale = true;
    if (m_live)
        reload();
}

void ChartModels::setLive(bool live)
{
    m_live = live;
    if (m_live && m_stale)
        reload();
}

void ChartModels::reload()
{
    m_stale = false;
    m_years->refresh(m_filter);
    m_categories->rebuild();
    m_affiliations->rebuild();
    m_profileYears->refresh(m_filter);
    m_profiles->refresh(m_filter);
}

QStringList ChartModels::toggled(const QStringList &current, const QString &value, bool additive)
{
    if (additive) {
        QStringList out = current;
        if (out.contains(value))
            out.removeAll(value);
        else
            out.append(value);
        return out;
    }
    if (current.size() == 1 && current.first() == value)
        return {};
    return {value};
}
