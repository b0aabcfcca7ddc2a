#pragma once
// The charts beside the paper list. An overview page (papers per year
// stacked by category, the category mix, the top affiliations) and a
// profile page (the ticked profiles' figures and papers per year, side by
// side). Shows the ChartModels it is given, redrawing a chart when its model
// resets, and reports a click on a bar, slice or legend entry as a request to
// toggle that year, category or affiliation (additive with Ctrl or Shift);
// it never changes the filter itself. Draws through ChartCanvas only, so it
// does not know which chart library is in use.

#include <QWidget>

class ChartCanvas;
class ChartModels;
class QAction;
class QLabel;
class QScrollArea;
class QStackedWidget;
class QTabWidget;
class QTableView;

class ChartView : public QWidget
{
    Q_OBJECT
public:
    enum class Page { Overview, Profiles };
    enum class Format { Png, Svg };

    explicit ChartView(ChartModels *models, QWidget *parent = nullptr);

    ChartCanvas *yearsCanvas() const { return m_years; }
    ChartCanvas *categoriesCanvas() const { return m_categories; }
    ChartCanvas *affiliationsCanvas() const { return m_affiliations; }
    ChartCanvas *profileYearsCanvas() const { return m_profileYears; }
    QTableView *profileTable() const { return m_profileTable; }

    // A button for the action beside the page tabs.
    void addCornerAction(QAction *action);

    Page currentPage() const;
    void setCurrentPage(Page page);

    // Two fifths of the screen's height (at least 330 px) when first shown.
    QSize sizeHint() const override;
    // Below these a chart stops shrinking and its page scrolls instead.
    static constexpr int minimumChartWidth = 220;
    static constexpr int minimumChartHeight = 230;

    // The visible page as a PNG (twice its size on screen) or an SVG
    // document; empty when the page has no size (hidden).
    QByteArray render(Format format) const;

signals:
    void yearToggled(int year, bool additive);
    void categoryToggled(const QString &category, bool additive);
    void affiliationToggled(const QString &affiliation, bool additive);

protected:
    void changeEvent(QEvent *event) override;

private:
    QWidget *buildProfilePage();
    void fitProfileTable(int rows);
    static QScrollArea *scrolling(QWidget *page, const QSize &minimum);
    QString scoped(const QString &title) const;
    void showYears();
    void showCategories();
    void showAffiliations();
    void showProfiles();
    static bool additive();

    ChartModels *m_models;
    QTabWidget *m_tabs;
    ChartCanvas *m_years;
    ChartCanvas *m_categories;
    ChartCanvas *m_affiliations;
    ChartCanvas *m_profileYears;
    QTableView *m_profileTable = nullptr;
    QStackedWidget *m_profileStack = nullptr;
    QLabel *m_profileHint = nullptr;
};
