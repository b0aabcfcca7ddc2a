#pragma once
// The charts in a dock beside the list (View > Charts). Owns the chart
// models and the ChartView, keeps the models idle while the dock is hidden,
// and saves the visible charts as PNG or SVG (File > Export Chart…). The
// window connects the view's toggle signals to its filter and calls
// refresh() whenever the filter or the store changes.

#include <QDockWidget>

class ChartModels;
class ChartView;
class FacetModel;
class PaperStore;
struct PaperFilter;

class ChartDock : public QDockWidget
{
    Q_OBJECT
public:
    // categories, affiliations: the window's facet models, which the
    // category and affiliation charts read.
    ChartDock(PaperStore &store, FacetModel *categories, FacetModel *affiliations, QWidget *parent = nullptr);

    ChartView *view() const { return m_view; }
    ChartModels *models() const { return m_models; }

    void refresh(const PaperFilter &filter);

    // Asks for a file (PNG or SVG by its extension) and writes the visible
    // charts to it. Returns a line for the status bar (empty if cancelled).
    QString exportChart();
    // Writes the visible charts: SVG for *.svg, PNG otherwise.
    bool save(const QString &path, QString *error) const;

private:
    ChartModels *m_models;
    ChartView *m_view;
};
