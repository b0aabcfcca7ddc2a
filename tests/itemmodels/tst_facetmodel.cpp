// Tests for FacetModel over a temporary store: values and counts for each
// facet and their order, ticking through setData, checked values that
// survive refreshes under other filters, and refreshes that keep rows in
// place. Every model sits in a QAbstractItemModelTester for the whole test.
#include "facetmodel.h"
#include "paperstore.h"
#include "profileimporter.h"
#include "support/englishplurals.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QtTest>

#include <memory>
#include <numeric>

namespace {
QString fixture(const char *name)
{
    return QStringLiteral(PAPERSCOPE_TEST_DATA "/") + QLatin1String(name);
}
} // namespace

class TestFacetModel : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;
    int m_n = 0;
    std::unique_ptr<PaperStore> m_store;
    std::unique_ptr<FacetModel> m_model;
    std::unique_ptr<QAbstractItemModelTester> m_tester;

    void makeModel(Facet facet)
    {
        m_tester.reset();
        m_model.reset(new FacetModel(*m_store, facet));
        m_tester.reset(new QAbstractItemModelTester(
            m_model.get(), QAbstractItemModelTester::FailureReportingMode::QtTest));
    }
    QStringList values() const
    {
        QStringList out;
        for (int row = 0; row < m_model->rowCount(); ++row)
            out << m_model->index(row).data().toString();
        return out;
    }
    QList<int> counts() const
    {
        QList<int> out;
        for (int row = 0; row < m_model->rowCount(); ++row)
            out << m_model->index(row).data(FacetModel::CountRole).toInt();
        return out;
    }
    int rowOf(const QString &value) const { return values().indexOf(value); }
    bool setChecked(const QString &value, bool checked)
    {
        return m_model->setData(m_model->index(rowOf(value)), int(checked ? Qt::Checked : Qt::Unchecked),
                                Qt::CheckStateRole);
    }
    int checkState(const QString &value) const
    {
        return m_model->index(rowOf(value)).data(Qt::CheckStateRole).toInt();
    }

private slots:
    void initTestCase()
    {
        // Qt 5's QSignalSpy needs these to record layoutChanged.
        qRegisterMetaType<QList<QPersistentModelIndex>>();
        qRegisterMetaType<QAbstractItemModel::LayoutChangeHint>();
        QVERIFY(EnglishPlurals::install()); // tool tips say "1 paper", as in the app
    }
    void init()
    {
        m_store.reset(new PaperStore);
        QVERIFY2(m_store->open(m_dir.filePath(QStringLiteral("store%1.sqlite").arg(++m_n))),
                 qPrintable(m_store->lastError()));
        ProfileImporter importer(*m_store);
        for (const char *name : {"profile-ada-lovecode.txt", "profile-grace-hopscotch.txt"}) {
            const FileImportResult r = importer.importFile(fixture(name));
            QVERIFY2(r.ok, qPrintable(r.message));
        }
    }
    void cleanup()
    {
        m_tester.reset();
        m_model.reset();
        m_store.reset();
    }

    void categories()
    {
        makeModel(Facet::Category);
        QCOMPARE(m_model->facet(), Facet::Category);
        QCOMPARE(values(), (QStringList{QStringLiteral("SE"), QStringLiteral("LG"), QStringLiteral("AI"),
                                        QStringLiteral("CL")}));
        QCOMPARE(counts(), (QList<int>{4, 2, 1, 1}));
        const QModelIndex se = m_model->index(0);
        QCOMPARE(se.data(FacetModel::ValueRole).toString(), QStringLiteral("SE"));
        QCOMPARE(se.data(Qt::ToolTipRole).toString(), QStringLiteral("4 papers"));
        QCOMPARE(m_model->index(2).data(Qt::ToolTipRole).toString(), QStringLiteral("1 paper"));
        QCOMPARE(se.data(Qt::CheckStateRole).toInt(), int(Qt::Unchecked));
        QVERIFY(se.flags() & Qt::ItemIsUserCheckable);
    }

    void years()
    {
        makeModel(Facet::Year);
        const QStringList years = values();
        for (int i = 1; i < years.size(); ++i)
            QVERIFY2(years.at(i - 1).toInt() > years.at(i).toInt(), qPrintable(years.join(QLatin1Char(' '))));
        QCOMPARE(years.last(), QStringLiteral("2021"));
        const QList<int> n = counts();
        QCOMPARE(std::accumulate(n.begin(), n.end(), 0), 8);
        QCOMPARE(n.at(rowOf(QStringLiteral("2023"))), 2);
        QCOMPARE(n.at(rowOf(QStringLiteral("2024"))), 1);
        QCOMPARE(n.last(), 1);
    }

    void affiliations()
    {
        makeModel(Facet::Affiliation);
        QCOMPARE(values(), (QStringList{QStringLiteral("cmu"), QStringLiteral("meta-ai"),
                                        QStringLiteral("huggingface"), QStringLiteral("mit"),
                                        QStringLiteral("stanford")}));
        QCOMPARE(counts(), (QList<int>{2, 2, 1, 1, 1}));
    }

    void profiles()
    {
        makeModel(Facet::Profile);
        QCOMPARE(values(), (QStringList{QStringLiteral("Ada Lovecode"), QStringLiteral("Grace Hopscotch")}));
        QCOMPARE(counts(), (QList<int>{5, 4}));
    }

    void tickingEmits()
    {
        makeModel(Facet::Category);
        QSignalSpy spy(m_model.get(), &FacetModel::checkedValuesChanged);
        QVERIFY(setChecked(QStringLiteral("SE"), true));
        QVERIFY(setChecked(QStringLiteral("LG"), true));
        QCOMPARE(checkState(QStringLiteral("SE")), int(Qt::Checked));
        QCOMPARE(checkState(QStringLiteral("AI")), int(Qt::Unchecked));
        QVERIFY(setChecked(QStringLiteral("SE"), false));
        QCOMPARE(spy.count(), 3);
        QCOMPARE(spy.at(0).at(0).toStringList(), QStringList{QStringLiteral("SE")});
        QCOMPARE(spy.at(1).at(0).toStringList(), (QStringList{QStringLiteral("SE"), QStringLiteral("LG")}));
        QCOMPARE(spy.at(2).at(0).toStringList(), QStringList{QStringLiteral("LG")});
        QCOMPARE(m_model->checkedValues(), QStringList{QStringLiteral("LG")});

        QVERIFY(setChecked(QStringLiteral("LG"), true)); // already ticked: no news
        QCOMPARE(spy.count(), 3);
        QVERIFY(!m_model->setData(m_model->index(0), QStringLiteral("x"), Qt::EditRole));
    }

    void checkedValuesSurviveOtherFilters()
    {
        makeModel(Facet::Affiliation);
        QVERIFY(setChecked(QStringLiteral("meta-ai"), true));
        PaperFilter f;
        f.categories = QStringList{QStringLiteral("CL")};
        f.affiliations = m_model->checkedValues();
        m_model->refresh(f);
        // Only "Completion..." (cmu) is CL; meta-ai stays, at 0, so it can be unticked.
        QCOMPARE(values(), (QStringList{QStringLiteral("cmu"), QStringLiteral("meta-ai")}));
        QCOMPARE(counts(), (QList<int>{1, 0}));
        QCOMPARE(checkState(QStringLiteral("meta-ai")), int(Qt::Checked));
        QCOMPARE(m_model->checkedValues(), QStringList{QStringLiteral("meta-ai")});

        // Its own selection does not narrow the facet: SE keeps the other affiliations.
        f.categories = QStringList{QStringLiteral("SE")};
        m_model->refresh(f);
        QCOMPARE(values(), (QStringList{QStringLiteral("meta-ai"), QStringLiteral("cmu"),
                                        QStringLiteral("huggingface"), QStringLiteral("mit")}));
        QCOMPARE(counts(), (QList<int>{2, 1, 1, 1}));

        // Unticking a row at 0 keeps it until the next refresh.
        f.categories = QStringList{QStringLiteral("CL")};
        m_model->refresh(f);
        QVERIFY(setChecked(QStringLiteral("meta-ai"), false));
        QCOMPARE(m_model->rowCount(), 2);
        f.affiliations.clear();
        m_model->refresh(f);
        QCOMPARE(values(), QStringList{QStringLiteral("cmu")});
    }

    void refreshKeepsRowsInPlace()
    {
        makeModel(Facet::Category);
        QPersistentModelIndex cl(m_model->index(rowOf(QStringLiteral("CL"))));
        QSignalSpy resets(m_model.get(), &QAbstractItemModel::modelReset);
        QSignalSpy changed(m_model.get(), &QAbstractItemModel::dataChanged);
        QSignalSpy removed(m_model.get(), &QAbstractItemModel::rowsRemoved);
        QSignalSpy layout(m_model.get(), &QAbstractItemModel::layoutChanged);

        m_model->refresh(PaperFilter()); // nothing changed: no signal at all
        QCOMPARE(changed.count() + removed.count() + layout.count(), 0);

        PaperFilter f;
        f.profiles = QStringList{QStringLiteral("Ada Lovecode")}; // SE 4, CL 1
        m_model->refresh(f);
        QCOMPARE(values(), (QStringList{QStringLiteral("SE"), QStringLiteral("CL")}));
        QCOMPARE(counts(), (QList<int>{4, 1}));
        QVERIFY(cl.isValid());
        QCOMPARE(cl.data().toString(), QStringLiteral("CL"));
        QCOMPARE(removed.count(), 1); // LG and AI in one run
        QCOMPARE(layout.count(), 0);

        f.profiles = QStringList{QStringLiteral("Grace Hopscotch")}; // SE 1, LG 2, AI 1
        m_model->refresh(f);
        QCOMPARE(values(), (QStringList{QStringLiteral("LG"), QStringLiteral("AI"), QStringLiteral("SE")}));
        QCOMPARE(counts(), (QList<int>{2, 1, 1}));
        QVERIFY(!cl.isValid());

        QPersistentModelIndex se(m_model->index(rowOf(QStringLiteral("SE"))));
        m_model->refresh(PaperFilter());
        QCOMPARE(values(), (QStringList{QStringLiteral("SE"), QStringLiteral("LG"), QStringLiteral("AI"),
                                        QStringLiteral("CL")}));
        QCOMPARE(se.row(), 0);
        QCOMPARE(se.data().toString(), QStringLiteral("SE"));
        QCOMPARE(resets.count(), 0);
    }

    void setCheckedValuesIsQuiet()
    {
        makeModel(Facet::Profile);
        QSignalSpy spy(m_model.get(), &FacetModel::checkedValuesChanged);
        m_model->setCheckedValues({QStringLiteral("Grace Hopscotch"), QStringLiteral("Nobody Known"),
                                   QStringLiteral("Grace Hopscotch")});
        QCOMPARE(m_model->checkedValues(), (QStringList{QStringLiteral("Grace Hopscotch"), QStringLiteral("Nobody Known")}));
        QCOMPARE(checkState(QStringLiteral("Grace Hopscotch")), int(Qt::Checked));
        QCOMPARE(checkState(QStringLiteral("Ada Lovecode")), int(Qt::Unchecked));
        // A ticked value the store does not know is listed at 0 so it can be unticked.
        QCOMPARE(values(), (QStringList{QStringLiteral("Ada Lovecode"), QStringLiteral("Grace Hopscotch"),
                                        QStringLiteral("Nobody Known")}));
        QCOMPARE(counts(), (QList<int>{5, 4, 0}));
        m_model->clearChecks();
        QVERIFY(m_model->checkedValues().isEmpty());
        QCOMPARE(values(), (QStringList{QStringLiteral("Ada Lovecode"), QStringLiteral("Grace Hopscotch")}));
        QCOMPARE(checkState(QStringLiteral("Grace Hopscotch")), int(Qt::Unchecked));
        QCOMPARE(spy.count(), 0);
    }
};

QTEST_GUILESS_MAIN(TestFacetModel)
#include "tst_facetmodel.moc"
