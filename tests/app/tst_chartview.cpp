// GUI tests of the charts in the real window, offscreen: View > Charts,
// clicks on bars, slices and legend entries (the Qt Charts series' own
// signals) through to the filter, the list, the facet lists and the other
// charts; Ctrl-click; tooltips; the same colours in the charts and the list;
// the palette; File > Export Chart as PNG and SVG; readable labels and
// heights in the window a 1280x800 screen gives; the charts filling the window.
#include "categorypalette.h"
#include "chartdock.h"
#include "chartmodels.h"
#include "chartview.h"
#include "dialogs.h"
#include "facetchartmodel.h"
#include "facetmodel.h"
#include "filterpanel.h"
#include "mainwindow.h"
#include "papertablemodel.h"
#include "paperlistview.h"
#include "profilefiguresmodel.h"
#include "qtchartscanvas.h"
#include "importcontroller.h"
#include "paperdetailview.h"
#include "support/englishplurals.h"
#include "support/profilemaker.h"
#include "support/windowtesting.h"
#include "yearchartmodel.h"

#include <QAction>
#include <QBarSet>
#include <QGraphicsScene>
#include <QGraphicsSimpleTextItem>
#include <QGraphicsTextItem>
#include <QHeaderView>
#include <QAbstractBarSeries>
#include <QImage>
#include <QLegend>
#include <QLegendMarker>
#include <QPieSeries>
#include <QPieSlice>
#include <QScrollArea>
#include <QStatusBar>
#include <QTabWidget>
#include <QTableView>
#include <QtTest>

using WindowTesting::action;

namespace {
QChart *chartOf(ChartCanvas *canvas)
{
    auto *qtCharts = qobject_cast<QtChartsCanvas *>(canvas);
    return qtCharts ? qtCharts->chart() : nullptr;
}

QAbstractBarSeries *barSeries(ChartCanvas *canvas)
{
    const auto series = chartOf(canvas)->series();
    for (QAbstractSeries *s : series) {
        if (auto *bars = qobject_cast<QAbstractBarSeries *>(s))
            return bars;
    }
    return nullptr;
}

QPieSlice *slice(ChartCanvas *canvas, const QString &labelStart)
{
    const auto series = chartOf(canvas)->series();
    for (QAbstractSeries *s : series) {
        if (auto *pie = qobject_cast<QPieSeries *>(s)) {
            const auto slices = pie->slices();
            for (QPieSlice *sl : slices) {
                if (sl->label().startsWith(labelStart))
                    return sl;
            }
        }
    }
    return nullptr;
}

// What is wrong with the labels written along a bar chart's axis: each must
// be a whole year, two written ones at least as far apart as the first is
// wide, and at least `least` written. Empty when all is well.
QString labelTrouble(ChartCanvas *canvas, int bars, int least)
{
    const QStringList written = canvas->barLabels();
    if (written.size() != bars)
        return QStringLiteral("%1 labels for %2 bars").arg(written.size()).arg(bars);
    QAbstractBarSeries *series = barSeries(canvas);
    QChart *chart = chartOf(canvas);
    if (!series || !chart)
        return QStringLiteral("no bars");
    const double band = chart->mapToPosition(QPointF(1, 0), series).x() - chart->mapToPosition(QPointF(0, 0), series).x();
    QFont font = canvas->font();
    font.setPointSizeF(font.pointSizeF() * 0.95);
    const QFontMetricsF metrics(font);
    int count = 0;
    int last = -1;
    for (int i = 0; i < written.size(); ++i) {
        if (written.at(i).isEmpty())
            continue;
        ++count;
        bool ok = false;
        if (written.at(i).toInt(&ok) < 1900 || !ok)
            return QStringLiteral("not a whole year: %1").arg(written.at(i));
        if (last >= 0 && (i - last) * band < metrics.horizontalAdvance(written.at(last)))
            return QStringLiteral("%1 and %2 overlap").arg(written.at(last), written.at(i));
        last = i;
    }
    if (count < least)
        return QStringLiteral("only %1 written: %2").arg(count).arg(written.join(QLatin1Char(',')));
    return QString();
}

// A text item in the chart's scene (axis labels, legend, title) that Qt
// Charts shortened, ending in "..." or "…"; empty when there is none.
QString shortenedText(ChartCanvas *canvas)
{
    const auto items = chartOf(canvas)->scene()->items();
    for (QGraphicsItem *item : items) {
        QString text;
        if (auto *rich = dynamic_cast<QGraphicsTextItem *>(item))
            text = rich->toPlainText();
        else if (auto *simple = dynamic_cast<QGraphicsSimpleTextItem *>(item))
            text = simple->text();
        if (item->isVisible() && (text.endsWith(QLatin1String("...")) || text.endsWith(QChar(0x2026))))
            return text;
    }
    return QString();
}
} // namespace

class TestChartView : public QObject
{
    Q_OBJECT
    WindowTesting::WindowFixture m_gui;

    MainWindow *window() const { return m_gui.window(); }
    ChartView *charts() const { return window()->chartDock()->view(); }
    ChartModels *models() const { return window()->chartDock()->models(); }
    void loadBoth() { m_gui.loadBoth(); }
    void showCharts()
    {
        QAction *show = action(window(), "actionShowCharts");
        QVERIFY(!show->isChecked());
        show->trigger();
        QTRY_VERIFY(window()->chartDock()->isVisible());
        QTRY_VERIFY(models()->isLive());
    }
    // The bar index of a year in the years chart.
    int yearBar(int year) const
    {
        const YearChartModel *years = models()->years();
        for (int r = 0; r < years->rowCount(); ++r) {
            if (years->year(r) == year)
                return r;
        }
        return -1;
    }
    void clickYear(int year)
    {
        QAbstractBarSeries *series = barSeries(charts()->yearsCanvas());
        QVERIFY(series);
        const int bar = yearBar(year);
        QVERIFY(bar >= 0);
        emit series->barSets().first()->clicked(bar);
    }

private slots:
    void initTestCase()
    {
        m_gui.isolate(QStringLiteral("paperscope-charts-test"));
        QVERIFY(EnglishPlurals::install()); // as the app does at start: "1 paper", not "1 papers"
    }
    void init() { QVERIFY(m_gui.open()); }
    void cleanup() { m_gui.close(); }

    void viewMenuTogglesTheCharts()
    {
        loadBoth();
        QVERIFY(!window()->chartDock()->isVisible());
        QVERIFY(!action(window(), "actionExportChart")->isEnabled());
        // Hidden charts run no queries.
        QCOMPARE(models()->years()->rowCount(), 0);
        showCharts();
        QCOMPARE(models()->years()->yearTotal(yearBar(2023)), 2);
        QCOMPARE(charts()->yearsCanvas()->title(), QStringLiteral("Papers per year, by category"));
        QVERIFY(action(window(), "actionExportChart")->isEnabled());
        action(window(), "actionShowCharts")->trigger();
        QTRY_VERIFY(!window()->chartDock()->isVisible());
        QVERIFY(!models()->isLive());
        QVERIFY(!action(window(), "actionExportChart")->isEnabled());
    }

    void clickingAYearBarFiltersTheList()
    {
        loadBoth();
        showCharts();
        clickYear(2023);
        QCOMPARE(window()->currentFilter().years, QList<int>{2023});
        QCOMPARE(window()->paperModel()->rowCount(), 2);
        QCOMPARE(window()->statusText(), QStringLiteral("2 of 8 papers"));
        QCOMPARE(window()->facetModel(FilterPanel::Years)->checkedValues(), QStringList{QStringLiteral("2023")});
        for (int r = 0; r < window()->paperModel()->rowCount(); ++r)
            QCOMPARE(window()->paperModel()->index(r, PaperTableModel::YearColumn).data().toInt(), 2023);
        // The years chart keeps every year but fades all others.
        QVERIFY(models()->years()->isActive(yearBar(2023)));
        QVERIFY(!models()->years()->isActive(yearBar(2021)));
        // The other charts follow: 2023 has one SE and one LG paper.
        const FacetChartModel *mix = models()->categories();
        QCOMPARE(mix->rowCount(), 2);
        QCOMPARE(mix->total(), 2);
        QVERIFY(slice(charts()->categoriesCanvas(), QStringLiteral("SE 1")));
        QVERIFY(slice(charts()->categoriesCanvas(), QStringLiteral("LG 1")));
        QCOMPARE(models()->affiliations()->rowCount(), 2); // cmu, huggingface (SantaCoder)

        clickYear(2023); // again: the filter lets go of it
        QVERIFY(window()->currentFilter().years.isEmpty());
        QCOMPARE(window()->paperModel()->rowCount(), 8);
        QCOMPARE(window()->statusText(), QStringLiteral("8 papers"));
    }

    void ctrlClickAddsToTheSelection()
    {
        loadBoth();
        showCharts();
        clickYear(2023);
        QTest::keyPress(window()->listView()->tableView(), Qt::Key_Control, Qt::ControlModifier);
        QCOMPARE(QGuiApplication::keyboardModifiers(), Qt::KeyboardModifiers(Qt::ControlModifier));
        clickYear(2021);
        QTest::keyRelease(window()->listView()->tableView(), Qt::Key_Control, Qt::NoModifier);
        QCOMPARE(window()->currentFilter().years, (QList<int>{2023, 2021}));
        QCOMPARE(window()->paperModel()->rowCount(), 3);
        // A plain click replaces the selection.
        clickYear(2024);
        QCOMPARE(window()->currentFilter().years, QList<int>{2024});
        QCOMPARE(window()->paperModel()->rowCount(), 1);
    }

    void clickingASliceFiltersTheCategory()
    {
        loadBoth();
        showCharts();
        QPieSlice *lg = slice(charts()->categoriesCanvas(), QStringLiteral("LG"));
        QVERIFY(lg);
        QCOMPARE(lg->value(), 2.0);
        emit lg->clicked();
        QCOMPARE(window()->currentFilter().categories, QStringList{QStringLiteral("LG")});
        QCOMPARE(window()->paperModel()->rowCount(), 2);
        QCOMPARE(window()->facetModel(FilterPanel::Categories)->checkedValues(), QStringList{QStringLiteral("LG")});
        // The pie keeps the other categories, faded; the years chart shows LG only.
        QCOMPARE(models()->categories()->rowCount(), 4);
        QVERIFY(slice(charts()->categoriesCanvas(), QStringLiteral("LG"))->isExploded());
        QCOMPARE(models()->years()->columnCount(), 1);
        QCOMPARE(models()->years()->key(0), QStringLiteral("LG"));
        // No LG paper lists an affiliation.
        QCOMPARE(models()->affiliations()->rowCount(), 0);
        QCOMPARE(charts()->affiliationsCanvas()->title(), QStringLiteral("Affiliations"));
    }

    void clickingAnAffiliationBarFilters()
    {
        loadBoth();
        showCharts();
        QAbstractBarSeries *series = barSeries(charts()->affiliationsCanvas());
        QVERIFY(series);
        const FacetChartModel *affiliations = models()->affiliations();
        int cmu = -1;
        for (int r = 0; r < affiliations->rowCount(); ++r) {
            if (affiliations->index(r, 0).data(FacetChartModel::ValueRole).toString() == QStringLiteral("cmu"))
                cmu = r;
        }
        QVERIFY(cmu >= 0);
        // Horizontal bars are drawn bottom-up: the canvas maps the slot back.
        const int slot = affiliations->rowCount() - 1 - cmu;
        QCOMPARE(series->barSets().first()->at(slot), 2.0);
        emit series->barSets().first()->clicked(slot);
        QCOMPARE(window()->currentFilter().affiliations, QStringList{QStringLiteral("cmu")});
        QCOMPARE(window()->paperModel()->rowCount(), 2);
        QCOMPARE(charts()->affiliationsCanvas()->toolTip(0, cmu).section(QLatin1Char('\n'), 0, 0),
                 QStringLiteral("cmu: 2 papers"));
    }

    void legendEntryTogglesItsCategory()
    {
        loadBoth();
        showCharts();
        QAbstractBarSeries *series = barSeries(charts()->yearsCanvas());
        const auto markers = chartOf(charts()->yearsCanvas())->legend()->markers(series);
        QCOMPARE(markers.size(), 4); // SE, LG, AI, CL
        emit markers.at(1)->clicked();
        QCOMPARE(window()->currentFilter().categories, QStringList{QStringLiteral("LG")});
        QCOMPARE(window()->paperModel()->rowCount(), 2);
    }

    void filterPanelDrivesTheCharts()
    {
        loadBoth();
        showCharts();
        FacetModel *categories = window()->facetModel(FilterPanel::Categories);
        for (int r = 0; r < categories->rowCount(); ++r) {
            if (categories->index(r, 0).data(FacetModel::ValueRole).toString() == QStringLiteral("SE"))
                categories->setData(categories->index(r, 0), Qt::Checked, Qt::CheckStateRole);
        }
        QCOMPARE(models()->years()->columnCount(), 1);
        QAbstractBarSeries *series = barSeries(charts()->yearsCanvas());
        QCOMPARE(series->barSets().size(), 1);
        QCOMPARE(series->barSets().first()->label(), QStringLiteral("SE"));
        action(window(), "actionClearFilters")->trigger();
        QCOMPARE(barSeries(charts()->yearsCanvas())->barSets().size(), 4);
    }

    void tooltipsGiveExactCounts()
    {
        loadBoth();
        showCharts();
        const QString se2023 = charts()->yearsCanvas()->toolTip(0, yearBar(2023));
        QVERIFY2(se2023.startsWith(QStringLiteral("SE in 2023: 1 paper of 2")), qPrintable(se2023));
        QPieSlice *se = slice(charts()->categoriesCanvas(), QStringLiteral("SE"));
        const int index = int(se->series()->slices().indexOf(se));
        QVERIFY(charts()->categoriesCanvas()->toolTip(0, index).startsWith(QStringLiteral("SE: 4 papers (50%)")));
    }

    void categoryColoursMatchInChartsAndList()
    {
        loadBoth();
        showCharts();
        const QColor se = CategoryPalette::color(QStringLiteral("SE"));
        QAbstractBarSeries *series = barSeries(charts()->yearsCanvas());
        QCOMPARE(series->barSets().first()->label(), QStringLiteral("SE"));
        QCOMPARE(series->barSets().first()->color(), se);
        QCOMPARE(slice(charts()->categoriesCanvas(), QStringLiteral("SE"))->color(), se);

        // The list paints an SE chip in exactly that colour.
        QTableView *table = window()->listView()->tableView();
        int row = -1;
        for (int r = 0; r < window()->paperModel()->rowCount() && row < 0; ++r) {
            if (window()->paperModel()->index(r, PaperTableModel::CategoryColumn).data().toString() == QStringLiteral("SE"))
                row = r;
        }
        QVERIFY(row >= 0);
        table->clearSelection();
        table->scrollTo(window()->paperModel()->index(row, PaperTableModel::CategoryColumn));
        const QRect cell = table->visualRect(window()->paperModel()->index(row, PaperTableModel::CategoryColumn));
        const QImage image = table->viewport()->grab(cell).toImage();
        bool found = false;
        for (int y = 0; y < image.height() && !found; ++y)
            for (int x = 0; x < image.width() && !found; ++x)
                found = image.pixelColor(x, y).rgb() == se.rgb();
        QVERIFY2(found, "no pixel in the SE colour in the list's category cell");
    }

    void profilesSideBySide()
    {
        loadBoth();
        showCharts();
        QCOMPARE(models()->profiles()->rowCount(), 0);
        FacetModel *profiles = window()->facetModel(FilterPanel::Profiles);
        for (int r = 0; r < profiles->rowCount(); ++r)
            profiles->setData(profiles->index(r, 0), Qt::Checked, Qt::CheckStateRole);
        QCOMPARE(models()->profiles()->rowCount(), 2);
        QCOMPARE(charts()->profileTable()->model()->rowCount(), 2);
        QCOMPARE(charts()->profileYearsCanvas()->title(), QStringLiteral("Papers per year, by profile"));
        QCOMPARE(barSeries(charts()->profileYearsCanvas())->barSets().size(), 2);
        charts()->setCurrentPage(ChartView::Page::Profiles);
        QCOMPARE(charts()->findChild<QTabWidget *>()->tabText(1), QStringLiteral("Profiles (2)"));
        // A bar of the profile chart toggles its year, too.
        const int bar = [&] {
            for (int r = 0; r < models()->profileYears()->rowCount(); ++r)
                if (models()->profileYears()->year(r) == 2021)
                    return r;
            return -1;
        }();
        emit barSeries(charts()->profileYearsCanvas())->barSets().first()->clicked(bar);
        QCOMPARE(window()->currentFilter().years, QList<int>{2021});
        QCOMPARE(window()->paperModel()->rowCount(), 1);
    }

    void chartsFollowThePalette()
    {
        loadBoth();
        showCharts();
        QPalette dark = window()->palette();
        dark.setColor(QPalette::Base, QColor(0x20, 0x22, 0x25));
        dark.setColor(QPalette::Window, QColor(0x2b, 0x2d, 0x30));
        dark.setColor(QPalette::Text, QColor(0xe8, 0xe8, 0xe8));
        dark.setColor(QPalette::WindowText, QColor(0xe8, 0xe8, 0xe8));
        window()->setPalette(dark);
        QTRY_COMPARE(charts()->yearsCanvas()->backgroundColor(), QColor(0x20, 0x22, 0x25));
        QCOMPARE(charts()->categoriesCanvas()->backgroundColor(), QColor(0x20, 0x22, 0x25));
        QCOMPARE(chartOf(charts()->yearsCanvas())->titleBrush().color(), QColor(0xe8, 0xe8, 0xe8));
    }

    void exportPngAndSvg()
    {
        loadBoth();
        showCharts();
        const QString png = m_gui.filePath(QStringLiteral("charts.png"));
        Dialogs::setNextSaveFileName(png);
        action(window(), "actionExportChart")->trigger();
        QImage image;
        QVERIFY(image.load(png));
        // The whole page, also where it scrolls in a low dock.
        const auto *page = qobject_cast<QScrollArea *>(charts()->findChild<QTabWidget *>()->currentWidget());
        QVERIFY(page);
        QCOMPARE(image.size(), page->widget()->size() * 2);

        const QString svg = m_gui.filePath(QStringLiteral("charts.svg"));
        Dialogs::setNextSaveFileName(svg);
        action(window(), "actionExportChart")->trigger();
        QFile file(svg);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray text = file.readAll();
        QVERIFY(text.contains("<svg"));
        QVERIFY(text.contains("</svg>"));
        QCOMPARE(window()->statusBar()->currentMessage(), QStringLiteral("Saved the charts to charts.svg"));
        if (qEnvironmentVariableIsSet("PAPERSCOPE_KEEP_EXPORT")) // to look at the files by hand
            QFile::copy(svg, qEnvironmentVariable("PAPERSCOPE_KEEP_EXPORT"));
    }
    // A window of the size a 1280x800 screen gives (1152x720) over papers
    // from 1990 to 2026: each year label written is whole, none is closer
    // to the next than its width, every fifth year at least is written, and
    // no text Qt Charts draws is shortened to "...".
    void yearLabelsStayWholeAt1280x800()
    {
        QVector<ProfileMaker::Paper> papers;
        const char *categories[] = {"SE", "LG", "CL", "AI"};
        for (int year = 1990; year <= 2026; ++year) {
            ProfileMaker::Paper paper;
            paper.title = QStringLiteral("Paper of %1").arg(year);
            paper.header = QStringLiteral("%1Mar 3, %2").arg(QLatin1String(categories[year % 4])).arg(year);
            papers << paper;
        }
        const QString path = m_gui.filePath(QStringLiteral("years-%1.txt").arg(m_gui.count()));
        QVERIFY(ProfileMaker::write(path, QStringLiteral("Yara Years"), papers));
        WindowTesting::dropFiles(window(), {path});
        QTRY_COMPARE(window()->paperModel()->rowCount(), 37);
        window()->resize(1152, 720);
        showCharts();
        QTRY_COMPARE(models()->years()->rowCount(), 37);
        ChartCanvas *canvas = charts()->yearsCanvas();
        QTRY_COMPARE(labelTrouble(canvas, 37, 37 / 5), QString());
        QCOMPARE(shortenedText(canvas), QString());
    }

    // Six profiles ticked in that window: the profile chart keeps a
    // readable height (its page scrolls instead), its year labels whole.
    void profileChartKeepsItsHeightAt1280x800()
    {
        QStringList paths;
        for (int p = 0; p < 6; ++p) {
            QVector<ProfileMaker::Paper> papers;
            for (int year = 2015; year <= 2026; ++year) {
                ProfileMaker::Paper paper;
                paper.title = QStringLiteral("Profile %1 paper of %2").arg(p).arg(year);
                paper.header = QStringLiteral("LGJun 1, %1").arg(year);
                papers << paper;
            }
            paths << m_gui.filePath(QStringLiteral("profile%1-%2.txt").arg(p).arg(m_gui.count()));
            QVERIFY(ProfileMaker::write(paths.last(), QStringLiteral("Researcher Number %1").arg(p), papers));
        }
        WindowTesting::dropFiles(window(), paths);
        QTRY_COMPARE(window()->paperModel()->rowCount(), 72);
        QTRY_VERIFY(!window()->importController()->isBusy());
        window()->resize(1152, 720);
        showCharts();
        FacetModel *profiles = window()->facetModel(FilterPanel::Profiles);
        for (int r = 0; r < profiles->rowCount(); ++r)
            profiles->setData(profiles->index(r, 0), Qt::Checked, Qt::CheckStateRole);
        QTRY_COMPARE(models()->profiles()->rowCount(), 6);
        charts()->setCurrentPage(ChartView::Page::Profiles);
        ChartCanvas *canvas = charts()->profileYearsCanvas();
        QTRY_VERIFY2(canvas->height() >= ChartView::minimumChartHeight, qPrintable(QString::number(canvas->height())));
        // Every profile's row of figures is on show.
        QTableView *table = charts()->profileTable();
        QVERIFY(table->viewport()->height() >= 6 * table->verticalHeader()->defaultSectionSize());
        QTRY_COMPARE(labelTrouble(canvas, 12, 12 / 2), QString());
        QCOMPARE(shortenedText(canvas), QString()); // the legend's names too
    }

    // View > Charts Fill the Window: the charts beside the filter panel at
    // the window's height, the list and the detail pane out of the way;
    // hiding the charts (Ctrl+3) brings the usual layout back.
    void chartsCanFillTheWindow()
    {
        loadBoth();
        window()->resize(1152, 720);
        showCharts();
        QAction *fill = action(window(), "actionChartsFillWindow");
        fill->trigger();
        QVERIFY(fill->isChecked());
        QTRY_VERIFY(!window()->listView()->isVisible());
        QVERIFY(!window()->detailView()->isVisible());
        QVERIFY(window()->filterPanel()->isVisible());
        QVERIFY(models()->isLive());
        QTRY_VERIFY2(window()->chartDock()->height() > window()->height() * 3 / 4,
                     qPrintable(QString::number(window()->chartDock()->height())));
        QTRY_VERIFY(window()->chartDock()->width() > window()->width() / 2);
        QVERIFY(action(window(), "actionExportChart")->isEnabled());

        action(window(), "actionShowCharts")->trigger();
        QTRY_VERIFY(window()->listView()->isVisible());
        QVERIFY(window()->detailView()->isVisible());
        QVERIFY(!fill->isChecked());
        QCOMPARE(window()->dockWidgetArea(window()->chartDock()), Qt::BottomDockWidgetArea);
    }

    void importWhileShownRefreshesTheCharts()
    {
        showCharts();
        QCOMPARE(charts()->yearsCanvas()->title(), QStringLiteral("Papers per year, by category"));
        QCOMPARE(models()->years()->rowCount(), 0);
        loadBoth();
        QTRY_COMPARE(models()->categories()->total(), 8);
        int sum = 0;
        for (int r = 0; r < models()->years()->rowCount(); ++r)
            sum += models()->years()->yearTotal(r);
        QCOMPARE(sum, 8);
    }
};

QTEST_MAIN(TestChartView)
#include "tst_chartview.moc"
