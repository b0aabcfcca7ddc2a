// Tests for the counts behind every chart, models only, over the two
// fixture profiles (8 papers): the store's grouped queries, YearChartModel
// (by category and by profile), FacetChartModel (top N + "other"),
// ProfileFiguresModel, ChartModels (live/hidden, click toggling), with and
// without filters, and that `paperscope stats` reports the same counts.
// Every model sits in a QAbstractItemModelTester.
#include "categorypalette.h"
#include "chartmodels.h"
#include "facetchartmodel.h"
#include "facetmodel.h"
#include "paperstore.h"
#include "profilefiguresmodel.h"
#include "profileimporter.h"
#include "support/englishplurals.h"
#include "yearchartmodel.h"

#include <QAbstractItemModelTester>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QtTest>

#include <memory>

namespace {
QString fixture(const char *name)
{
    return QStringLiteral(PAPERSCOPE_TEST_DATA "/") + QLatin1String(name);
}

const QString ada = QStringLiteral("Ada Lovecode");
const QString grace = QStringLiteral("Grace Hopscotch");

// "year:key" -> count, for comparing grouped answers in one go.
QMap<QString, int> asMap(const QVector<YearCount> &counts)
{
    QMap<QString, int> m;
    for (const YearCount &c : counts)
        m.insert(QStringLiteral("%1:%2").arg(c.year).arg(c.key), c.count);
    return m;
}

QMap<QString, int> asMap(const QVector<FacetCount> &counts)
{
    QMap<QString, int> m;
    for (const FacetCount &c : counts)
        m.insert(c.value, c.count);
    return m;
}

// The model's cells as "year:key" -> count, zeros left out.
QMap<QString, int> cells(const YearChartModel &model)
{
    QMap<QString, int> m;
    for (int r = 0; r < model.rowCount(); ++r)
        for (int c = 0; c < model.columnCount(); ++c)
            if (model.count(r, c) > 0)
                m.insert(QStringLiteral("%1:%2").arg(model.year(r)).arg(model.key(c)), model.count(r, c));
    return m;
}

QStringList columns(const QAbstractItemModel &model)
{
    QStringList out;
    for (int c = 0; c < model.columnCount(); ++c)
        out << model.headerData(c, Qt::Horizontal).toString();
    return out;
}

QStringList rows(const QAbstractItemModel &model, int role = Qt::DisplayRole)
{
    QStringList out;
    for (int r = 0; r < model.rowCount(); ++r)
        out << QStringLiteral("%1=%2").arg(model.index(r, 0).data(role).toString(),
                                           model.index(r, 0).data(FacetChartModel::CountRole).toString());
    return out;
}

std::unique_ptr<QAbstractItemModelTester> tester(QAbstractItemModel *model)
{
    return std::make_unique<QAbstractItemModelTester>(model, QAbstractItemModelTester::FailureReportingMode::QtTest);
}
} // namespace

class TestChartData : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;
    QString m_dbPath;
    PaperStore m_store;
    int m_slopYear = 0; // "SEMar 25" has no year: it depends on the fixture's file date

private slots:
    void initTestCase()
    {
        QVERIFY(EnglishPlurals::install()); // tool tips say "1 paper", as in the app
        m_dbPath = m_dir.filePath(QStringLiteral("charts.sqlite"));
        QVERIFY2(m_store.open(m_dbPath), qPrintable(m_store.lastError()));
        ProfileImporter importer(m_store);
        QVERIFY(importer.importFile(fixture("profile-ada-lovecode.txt")).ok);
        QVERIFY(importer.importFile(fixture("profile-grace-hopscotch.txt")).ok);
        QCOMPARE(m_store.paperCount(), 8);
        PaperFilter slop;
        slop.text = QStringLiteral("SlopCodeBench");
        const QVector<PaperRecord> found = m_store.papers(slop, PaperSort::Date, Qt::AscendingOrder, 0, 10);
        QCOMPARE(found.size(), 1);
        m_slopYear = found.first().date.year();
        QVERIFY(m_slopYear >= 2025);
    }

    void yearCategoryCounts()
    {
        QMap<QString, int> expected = {
            {QStringLiteral("2021:LG"), 1}, {QStringLiteral("2023:LG"), 1}, {QStringLiteral("2023:SE"), 1},
            {QStringLiteral("2024:SE"), 1}, {QStringLiteral("2025:AI"), 1}, {QStringLiteral("2025:CL"), 1},
            {QStringLiteral("2025:SE"), 1}};
        expected[QStringLiteral("%1:SE").arg(m_slopYear)] += 1;
        QCOMPARE(asMap(m_store.yearCategoryCounts({})), expected);

        PaperFilter cmu;
        cmu.affiliations = QStringList{QStringLiteral("cmu")};
        QCOMPARE(asMap(m_store.yearCategoryCounts(cmu)),
                 (QMap<QString, int>{{QStringLiteral("2023:SE"), 1}, {QStringLiteral("2025:CL"), 1}}));

        PaperFilter code;
        code.hasCodeOnly = true;
        QMap<QString, int> withCode = {{QStringLiteral("2023:LG"), 1}, {QStringLiteral("2023:SE"), 1}};
        withCode[QStringLiteral("%1:SE").arg(m_slopYear)] += 1;
        QCOMPARE(asMap(m_store.yearCategoryCounts(code)), withCode);

        PaperFilter nothing;
        nothing.text = QStringLiteral("'); DROP TABLE papers;--");
        QVERIFY(m_store.yearCategoryCounts(nothing).isEmpty());
        QCOMPARE(m_store.paperCount(), 8);
    }

    void profileYearCounts()
    {
        QMap<QString, int> expected = {
            {QStringLiteral("2023:Ada Lovecode"), 1}, {QStringLiteral("2024:Ada Lovecode"), 1},
            {QStringLiteral("2025:Ada Lovecode"), 2}, {QStringLiteral("2021:Grace Hopscotch"), 1},
            {QStringLiteral("2023:Grace Hopscotch"), 1}, {QStringLiteral("2024:Grace Hopscotch"), 1},
            {QStringLiteral("2025:Grace Hopscotch"), 1}};
        expected[QStringLiteral("%1:Ada Lovecode").arg(m_slopYear)] += 1;
        QCOMPARE(asMap(m_store.profileYearCounts({}, {ada, grace})), expected);
        QVERIFY(m_store.profileYearCounts({}, {}).isEmpty());
        QVERIFY(m_store.profileYearCounts({}, {QStringLiteral("Nobody")}).isEmpty());

        PaperFilter se;
        se.categories = QStringList{QStringLiteral("SE")};
        const auto bySe = asMap(m_store.profileYearCounts(se, {grace}));
        QCOMPARE(bySe, (QMap<QString, int>{{QStringLiteral("2024:Grace Hopscotch"), 1}})); // CRUXEval
    }

    void yearChartByCategory()
    {
        YearChartModel model(m_store, YearChartModel::Series::Categories);
        const auto t = tester(&model);
        model.refresh({});
        // Every year from the first to the last, gaps (2022) included.
        QCOMPARE(model.rowCount(), m_slopYear - 2021 + 1);
        QCOMPARE(model.year(0), 2021);
        QCOMPARE(model.yearTotal(1), 0);
        // Most papers first, ties by name.
        QCOMPARE(columns(model), (QStringList{QStringLiteral("SE"), QStringLiteral("LG"), QStringLiteral("AI"),
                                              QStringLiteral("CL")}));
        QCOMPARE(model.headerData(0, Qt::Horizontal, YearChartModel::ColorRole).value<QColor>(),
                 CategoryPalette::color(QStringLiteral("SE")));
        const QModelIndex se2023 = model.index(2023 - 2021, 0);
        QCOMPARE(se2023.data(YearChartModel::CountRole).toInt(), 1);
        QCOMPARE(se2023.data(Qt::ToolTipRole).toString(), QStringLiteral("SE in 2023: 1 paper of 2"));
        QCOMPARE(model.headerData(2025 - 2021, Qt::Vertical, YearChartModel::TotalRole).toInt(),
                 m_slopYear == 2025 ? 4 : 3);

        // The bars are what `stats` counts: per year and per category.
        const auto years = asMap(m_store.facetCounts(Facet::Year, {}));
        const auto categories = asMap(m_store.facetCounts(Facet::Category, {}));
        int sum = 0;
        for (int r = 0; r < model.rowCount(); ++r) {
            QCOMPARE(model.yearTotal(r), years.value(QString::number(model.year(r))));
            QVERIFY(model.isActive(r));
            sum += model.yearTotal(r);
        }
        QCOMPARE(sum, 8);
        for (int c = 0; c < model.columnCount(); ++c)
            QCOMPARE(model.keyTotal(c), categories.value(model.key(c)));

        // A year selection fades the other years but keeps them (and their counts).
        PaperFilter f;
        f.years = {2023};
        model.refresh(f);
        QCOMPARE(model.rowCount(), m_slopYear - 2021 + 1);
        for (int r = 0; r < model.rowCount(); ++r)
            QCOMPARE(model.headerData(r, Qt::Vertical, YearChartModel::ActiveRole).toBool(), model.year(r) == 2023);
        QCOMPARE(model.yearTotal(0), 1);

        // Other facets narrow the bars.
        PaperFilter lg;
        lg.categories = QStringList{QStringLiteral("LG")};
        model.refresh(lg);
        QCOMPARE(columns(model), QStringList{QStringLiteral("LG")});
        QCOMPARE(cells(model), (QMap<QString, int>{{QStringLiteral("2021:LG"), 1}, {QStringLiteral("2023:LG"), 1}}));
        QCOMPARE(model.rowCount(), 3); // 2021, 2022, 2023

        PaperFilter none;
        none.text = QStringLiteral("zebra");
        model.refresh(none);
        QCOMPARE(model.rowCount(), 0);
        QCOMPARE(model.columnCount(), 0);
    }

    void yearChartByProfile()
    {
        YearChartModel model(m_store, YearChartModel::Series::Profiles);
        const auto t = tester(&model);
        model.refresh({});
        QCOMPARE(model.columnCount(), 0); // no profile ticked, nothing to compare

        PaperFilter f;
        f.profiles = QStringList{grace, ada};
        model.refresh(f);
        QCOMPARE(columns(model), (QStringList{grace, ada})); // in the order they were ticked
        QCOMPARE(model.keyTotal(0), 4);
        QCOMPARE(model.keyTotal(1), 5);
        QCOMPARE(model.count(2021 - 2021, 0), 1);
        QCOMPARE(model.count(2021 - 2021, 1), 0);
        QCOMPARE(model.count(2025 - 2021, 1), m_slopYear == 2025 ? 3 : 2);
        QCOMPARE(model.headerData(0, Qt::Horizontal, YearChartModel::ColorRole).value<QColor>(),
                 CategoryPalette::seriesColor(0));
        QCOMPARE(model.headerData(1, Qt::Horizontal, YearChartModel::ColorRole).value<QColor>(),
                 CategoryPalette::seriesColor(1));

        f.categories = QStringList{QStringLiteral("LG")};
        f.years = {2021};
        model.refresh(f);
        QCOMPARE(cells(model), (QMap<QString, int>{{QStringLiteral("2021:Grace Hopscotch"), 1},
                                                   {QStringLiteral("2023:Grace Hopscotch"), 1}}));
        QCOMPARE(model.keyTotal(1), 0); // Ada has no LG paper but keeps her column
        QVERIFY(model.isActive(0));
        QVERIFY(!model.isActive(2));
    }

    void facetChartTopAndOther()
    {
        FacetModel categories(m_store, Facet::Category);
        categories.refresh({});
        FacetChartModel all(&categories, 0);
        FacetChartModel top2(&categories, 2);
        const auto t1 = tester(&all);
        const auto t2 = tester(&top2);
        QCOMPARE(rows(all), (QStringList{QStringLiteral("SE=4"), QStringLiteral("LG=2"), QStringLiteral("AI=1"),
                                         QStringLiteral("CL=1")}));
        QCOMPARE(all.total(), 8);
        QCOMPARE(rows(top2), (QStringList{QStringLiteral("SE=4"), QStringLiteral("LG=2"), QStringLiteral("other=2")}));
        QCOMPARE(top2.otherValues(), 2);
        const QModelIndex other = top2.index(2, 0);
        QVERIFY(other.data(FacetChartModel::OtherRole).toBool());
        QCOMPARE(other.data(FacetChartModel::ColorRole).value<QColor>(), CategoryPalette::otherColor());
        QCOMPARE(other.data(Qt::ToolTipRole).toString(), QStringLiteral("2 more categories: 2 papers (25%)"));
        QCOMPARE(top2.index(0, 0).data(Qt::ToolTipRole).toString(), QStringLiteral("SE: 4 papers (50%)"));
        QCOMPARE(top2.index(0, 0).data(FacetChartModel::ColorRole).value<QColor>(),
                 CategoryPalette::color(QStringLiteral("SE")));
        for (int r = 0; r < top2.rowCount(); ++r)
            QVERIFY(top2.index(r, 0).data(FacetChartModel::ActiveRole).toBool());

        // A ticked value keeps its own slice even below the top N; only it is active.
        categories.setCheckedValues({QStringLiteral("CL")});
        PaperFilter cl;
        cl.categories = QStringList{QStringLiteral("CL")};
        categories.refresh(cl);
        top2.rebuild();
        QCOMPARE(rows(top2), (QStringList{QStringLiteral("SE=4"), QStringLiteral("LG=2"), QStringLiteral("CL=1"),
                                          QStringLiteral("other=1")}));
        QVERIFY(!top2.index(0, 0).data(FacetChartModel::ActiveRole).toBool());
        QVERIFY(top2.index(2, 0).data(FacetChartModel::ActiveRole).toBool());
        QVERIFY(!top2.index(3, 0).data(FacetChartModel::ActiveRole).toBool());
        // What is active is exactly what `stats` reports under the filter.
        QCOMPARE(asMap(m_store.facetCounts(Facet::Category, cl)), (QMap<QString, int>{{QStringLiteral("CL"), 1}}));
    }

    void affiliationChart()
    {
        FacetModel affiliations(m_store, Facet::Affiliation);
        affiliations.refresh({});
        FacetChartModel chart(&affiliations, ChartModels::topAffiliations);
        const auto t = tester(&chart);
        QCOMPARE(rows(chart), (QStringList{QStringLiteral("cmu=2"), QStringLiteral("meta-ai=2"),
                                           QStringLiteral("huggingface=1"), QStringLiteral("mit=1"),
                                           QStringLiteral("stanford=1")}));
        QVERIFY(!chart.index(0, 0).data(FacetChartModel::ColorRole).isValid()); // the view's own colour
        QCOMPARE(chart.index(0, 0).data(Qt::ToolTipRole).toString(), QStringLiteral("cmu: 2 papers"));

        FacetChartModel top2(&affiliations, 2);
        QCOMPARE(rows(top2), (QStringList{QStringLiteral("cmu=2"), QStringLiteral("meta-ai=2"),
                                          QStringLiteral("other=3")}));
        QCOMPARE(top2.index(2, 0).data(Qt::ToolTipRole).toString(),
                 QStringLiteral("3 more affiliations: 3 papers (a paper counts once per affiliation)"));

        // Under a category filter the bars follow it.
        PaperFilter se;
        se.categories = QStringList{QStringLiteral("SE")};
        affiliations.refresh(se);
        chart.rebuild();
        QCOMPARE(rows(chart), (QStringList{QStringLiteral("meta-ai=2"), QStringLiteral("cmu=1"),
                                           QStringLiteral("huggingface=1"), QStringLiteral("mit=1")}));
        const auto stats = asMap(m_store.facetCounts(Facet::Affiliation, se));
        for (int r = 0; r < chart.rowCount(); ++r)
            QCOMPARE(chart.index(r, 0).data(FacetChartModel::CountRole).toInt(),
                     stats.value(chart.index(r, 0).data(FacetChartModel::ValueRole).toString()));
    }

    void profileFigures()
    {
        ProfileFiguresModel model(m_store);
        const auto t = tester(&model);
        model.refresh({});
        QCOMPARE(model.rowCount(), 0);
        PaperFilter f;
        f.profiles = QStringList{QStringLiteral("Nobody"), ada, grace};
        model.refresh(f);
        QCOMPARE(model.rowCount(), 2);
        const auto value = [&](int row, int column) {
            return model.index(row, column).data(ProfileFiguresModel::ValueRole);
        };
        QCOMPARE(value(0, ProfileFiguresModel::NameColumn).toString(), ada);
        QCOMPARE(value(0, ProfileFiguresModel::HIndexColumn).toInt(), 42);
        QCOMPARE(value(0, ProfileFiguresModel::CitationsColumn).toInt(), 1234);
        QCOMPARE(value(0, ProfileFiguresModel::PapersColumn).toInt(), 5);
        QCOMPARE(value(0, ProfileFiguresModel::NoveltyColumn).toInt(), 61);
        QCOMPARE(value(0, ProfileFiguresModel::AiScoreColumn).toInt(), 77);
        QCOMPARE(model.index(0, ProfileFiguresModel::NoveltyColumn).data().toString(), QStringLiteral("61%"));
        QCOMPARE(value(1, ProfileFiguresModel::HIndexColumn).toInt(), 17);
        QCOMPARE(value(1, ProfileFiguresModel::CitationsColumn).toInt(), 980);
        // Colours follow the place in the filter's list, as in the per-year chart.
        QCOMPARE(model.index(0, 0).data(ProfileFiguresModel::ColorRole).value<QColor>(), CategoryPalette::seriesColor(1));
        QCOMPARE(model.index(1, 0).data(ProfileFiguresModel::ColorRole).value<QColor>(), CategoryPalette::seriesColor(2));
    }

    void chartModelsWaitWhileHidden()
    {
        FacetModel categories(m_store, Facet::Category);
        FacetModel affiliations(m_store, Facet::Affiliation);
        ChartModels charts(m_store, &categories, &affiliations);
        const auto t1 = tester(charts.years());
        const auto t2 = tester(charts.categories());
        const auto t3 = tester(charts.affiliations());
        const auto t4 = tester(charts.profileYears());
        const auto t5 = tester(charts.profiles());
        PaperFilter f;
        f.profiles = QStringList{ada};
        categories.refresh(f);
        affiliations.refresh(f);
        charts.refresh(f);
        QVERIFY(!charts.isLive());
        QCOMPARE(charts.years()->rowCount(), 0); // hidden charts do not query
        charts.setLive(true);
        QCOMPARE(charts.years()->columnCount(), 2); // SE, CL
        QCOMPARE(charts.categories()->rowCount(), 2);
        QCOMPARE(charts.affiliations()->rowCount(), 4); // cmu, meta-ai, huggingface, mit
        QCOMPARE(charts.profiles()->rowCount(), 1);
        QCOMPARE(charts.profileYears()->keyTotal(0), 5);
        f.profiles.clear();
        charts.refresh(f); // live: at once
        QCOMPARE(charts.profiles()->rowCount(), 0);
    }

    void clickToggles_data()
    {
        QTest::addColumn<QStringList>("current");
        QTest::addColumn<QString>("value");
        QTest::addColumn<bool>("additive");
        QTest::addColumn<QStringList>("expected");
        const QString a = QStringLiteral("a");
        const QString b = QStringLiteral("b");
        QTest::newRow("click selects") << QStringList() << a << false << QStringList{a};
        QTest::newRow("click replaces") << QStringList{b} << a << false << QStringList{a};
        QTest::newRow("click replaces several") << QStringList{a, b} << a << false << QStringList{a};
        QTest::newRow("click again clears") << QStringList{a} << a << false << QStringList();
        QTest::newRow("ctrl adds") << QStringList{b} << a << true << QStringList{b, a};
        QTest::newRow("ctrl removes") << QStringList{a, b} << a << true << QStringList{b};
    }
    void clickToggles()
    {
        QFETCH(QStringList, current);
        QFETCH(QString, value);
        QFETCH(bool, additive);
        QFETCH(QStringList, expected);
        QCOMPARE(ChartModels::toggled(current, value, additive), expected);
    }

    void statsReadsTheSameCounts()
    {
        // `paperscope stats` on the same store file, under a filter.
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("XDG_DATA_HOME"), m_dir.filePath(QStringLiteral("xdg")));
        p.setProcessEnvironment(env);
        p.start(QStringLiteral(PAPERSCOPE_BINARY),
                {QStringLiteral("--db"), m_dbPath, QStringLiteral("stats"), QStringLiteral("--json"),
                 QStringLiteral("--category"), QStringLiteral("SE")});
        QVERIFY(p.waitForFinished(60000));
        QCOMPARE(p.exitCode(), 0);
        const QJsonObject stats = QJsonDocument::fromJson(p.readAllStandardOutput()).object();
        QCOMPARE(stats.value(QStringLiteral("papers")).toInt(), 4);

        PaperFilter se;
        se.categories = QStringList{QStringLiteral("SE")};
        YearChartModel years(m_store, YearChartModel::Series::Categories);
        years.refresh(se);
        const QJsonObject byYear = stats.value(QStringLiteral("by_year")).toObject();
        for (int r = 0; r < years.rowCount(); ++r)
            QCOMPARE(years.yearTotal(r), byYear.value(QString::number(years.year(r))).toInt());

        FacetModel categories(m_store, Facet::Category);
        categories.setCheckedValues(se.categories);
        categories.refresh(se);
        FacetChartModel mix(&categories, ChartModels::topCategories);
        const QJsonObject byCategory = stats.value(QStringLiteral("by_category")).toObject();
        for (int r = 0; r < mix.rowCount(); ++r) {
            const QModelIndex index = mix.index(r, 0);
            if (index.data(FacetChartModel::ActiveRole).toBool())
                QCOMPARE(index.data(FacetChartModel::CountRole).toInt(),
                         byCategory.value(index.data(FacetChartModel::ValueRole).toString()).toInt());
        }
    }
};

QTEST_MAIN(TestChartData)
#include "tst_chartdata.moc"
