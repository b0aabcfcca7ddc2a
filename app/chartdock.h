#pragma once
// The charts in a dock beside the list (View > Charts). Owns the chart
// models and the ChartView, keeps the models idle while the dock is hidden,
// and saves the visible charts as PNG or SVG (File > Export Chart…). On
// View > Charts Fill the Window the dock moves beside the filter panel at
// the window's full height while the list and the detail pane make room,
// and goes back when that is turned off, the charts are hidden or the
// window closes (so the window never saves that layout). The window
// connects the view's toggle signals to its filter and calls refresh()
// whenever the filter or the store changes.

#include <QDockWidget>
#include <QList>

class ChartModels;
class ChartView;
class FacetModel;
class AbstractPaperStore;
struct PaperFilter;

class ChartDock : public QDockWidget
{
    Q_OBJECT
public:
    // categories, affiliations: the window's facet models, which the
    // category and affiliation charts read.
    ChartDock(AbstractPaperStore &store, FacetModel *categories, FacetModel *affiliations, QWidget *parent = nullptr);

    ChartView *view() const { return m_view; }
    ChartModels *models() const { return m_models; }
    QAction *fillAction() const { return m_fill; }
    bool isFilling() const { return m_filling; }
    // The window's parts hidden while the charts fill the window.
    void setMakeRoom(const QList<QWidget *> &parts) { m_parts = parts; }

    void refresh(const PaperFilter &filter);

    // Asks for a file (PNG or SVG by its extension) and writes the visible
    // charts to it. Returns a line for the status bar (empty if cancelled).
    QString exportChart();
    // Writes the visible charts: SVG for *.svg, PNG otherwise.
    bool save(const QString &path, QString *error) const;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void setFilling(bool on);

    ChartModels *m_models;
    ChartView *m_view;
    QAction *m_fill;
    bool m_filling = false;
    bool m_moving = false;
    QList<QWidget *> m_parts;
    QList<QWidget *> m_hidden;        // the parts hidden to make room
    Qt::DockWidgetArea m_area = Qt::BottomDockWidgetArea; // where to go back to
    int m_size = 0;                   // and at what height (or width)
};
