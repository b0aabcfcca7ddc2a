// The store contract: what every backend of AbstractPaperStore must do,
// asked only through the interface. Each case runs once per backend row of
// initTestCase_data(): SQLite (a file and :memory:) and a shared library
// on PostgreSQL (a new database of the test server per case, when the test
// command runs one: packaging/with-test-postgres.sh), the very same cases.
#include "abstractpaperstore.h"
#include "arxivatomparser.h"
#include "paperstore.h"
#include "pgpaperstore.h"
#include "support/testpostgres.h"

#include <QTemporaryDir>
#include <QtTest>

#include <memory>

namespace {

PaperRecord paper(const QString &title, const QString &category, const QDate &date, const QStringList &affiliations,
                  bool hasCode = false)
{
    PaperRecord p;
    p.title = title;
    p.authors = QStringList{QStringLiteral("Ann Author"), QStringLiteral("Bo Builder")};
    p.date = date;
    p.category = category;
    p.affiliations = affiliations;
    p.hasCode = hasCode;
    p.abstract = QStringLiteral("About %1.").arg(title.toLower());
    return p;
}

// Two profiles sharing one paper (the transformer one): five papers in all.
ProfileRecord ada()
{
    ProfileRecord p;
    p.name = QStringLiteral("Ada Lovecode");
    p.primaryCategory = QStringLiteral("SE");
    p.hIndex = 3;
    p.paperCount = 3;
    p.citations = 10;
    p.savedAt = QDateTime(QDate(2024, 3, 1), QTime(12, 0), Qt::UTC);
    p.papers << paper(QStringLiteral("Compilers for tiny machines"), QStringLiteral("SE"), QDate(2021, 4, 2),
                      {QStringLiteral("mit")}, true)
             << paper(QStringLiteral("Transformers read code"), QStringLiteral("LG"), QDate(2023, 1, 9),
                      {QStringLiteral("cmu"), QStringLiteral("mit")})
             << paper(QStringLiteral("Testing by example"), QStringLiteral("SE"), QDate(2023, 6, 30),
                      {QStringLiteral("cmu")});
    return p;
}

ProfileRecord grace()
{
    ProfileRecord p;
    p.name = QStringLiteral("Grace Hopscotch");
    p.primaryCategory = QStringLiteral("LG");
    p.hIndex = 5;
    p.paperCount = 3;
    p.citations = 40;
    p.savedAt = QDateTime(QDate(2024, 3, 2), QTime(12, 0), Qt::UTC);
    p.papers << paper(QStringLiteral("Transformers read code"), QStringLiteral("LG"), QDate(2023, 1, 9),
                      {QStringLiteral("meta-ai")})
             << paper(QStringLiteral("Attention to bugs"), QStringLiteral("LG"), QDate(2024, 2, 1),
                      {QStringLiteral("meta-ai")}, true)
             << paper(QStringLiteral("Graphs of programs"), QStringLiteral("PL"), QDate(2022, 11, 5), {});
    return p;
}

QStringList titles(const QVector<PaperRecord> &papers)
{
    QStringList out;
    for (const PaperRecord &p : papers)
        out << p.title;
    return out;
}

QMap<QString, int> asMap(const QVector<FacetCount> &counts)
{
    QMap<QString, int> m;
    for (const FacetCount &c : counts)
        m.insert(c.value, c.count);
    return m;
}

int total(const QVector<YearCount> &counts)
{
    int n = 0;
    for (const YearCount &c : counts)
        n += c.count;
    return n;
}

} // namespace

class TestStoreContract : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;
    int m_n = 0;
    std::vector<std::unique_ptr<TestPostgres::Database>> m_databases; // dropped at the end

    // The backends under contract, by the name of their row.
    std::unique_ptr<AbstractPaperStore> makeStore(const QString &backend)
    {
        if (backend.startsWith(QLatin1String("sqlite")))
            return std::make_unique<PaperStore>();
        if (backend == QLatin1String("postgresql"))
            return std::make_unique<PgPaperStore>();
        return nullptr;
    }

    // A fresh, empty location of the backend for each case.
    QString freshLocation(const QString &backend)
    {
        if (backend == QLatin1String("sqlite-memory"))
            return QStringLiteral(":memory:");
        if (backend == QLatin1String("postgresql")) {
            m_databases.push_back(std::make_unique<TestPostgres::Database>());
            if (!m_databases.back()->ok())
                qWarning("no test database: %s", qPrintable(m_databases.back()->error()));
            return m_databases.back()->location().toString();
        }
        return m_dir.filePath(QStringLiteral("contract%1.sqlite").arg(++m_n));
    }

    // An open, empty store of the current row's backend.
    std::unique_ptr<AbstractPaperStore> openFresh()
    {
        QFETCH_GLOBAL(QString, backend);
        std::unique_ptr<AbstractPaperStore> store = makeStore(backend);
        if (!store)
            return nullptr;
        if (!store->open(freshLocation(backend)))
            qWarning("cannot open: %s", qPrintable(store->lastError()));
        return store;
    }

    std::unique_ptr<AbstractPaperStore> openWithBoth()
    {
        std::unique_ptr<AbstractPaperStore> store = openFresh();
        if (store && store->isOpen()) {
            store->importProfile(ada());
            store->importProfile(grace());
        }
        return store;
    }

private slots:
    void initTestCase_data()
    {
        QTest::addColumn<QString>("backend");
        QTest::newRow("sqlite-file") << QStringLiteral("sqlite-file");
        QTest::newRow("sqlite-memory") << QStringLiteral("sqlite-memory");
        // With a server (always in the test command, which requires it).
        if (TestPostgres::server().isShared() || TestPostgres::required())
            QTest::newRow("postgresql") << QStringLiteral("postgresql");
        else
            qInfo("no PostgreSQL test server: the postgresql row is left out");
    }

    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void opensEmpty()
    {
        auto store = openFresh();
        QVERIFY(store && store->isOpen());
        QVERIFY(store->lastError().isEmpty());
        QVERIFY(!store->isReadOnly());
        QVERIFY(store->schemaVersion() > 0);
        QCOMPARE(store->paperCount(), 0);
        QVERIFY(store->profiles().isEmpty());
        QVERIFY(store->papers(PaperFilter(), PaperSort::Title, Qt::AscendingOrder, 0, 10).isEmpty());
        store->close();
        QVERIFY(!store->isOpen());
    }

    void importsAProfileWhole()
    {
        auto store = openFresh();
        QVERIFY(store && store->isOpen());
        const ImportOutcome outcome = store->importProfile(ada());
        QVERIFY2(outcome.ok, qPrintable(outcome.error));
        QVERIFY(outcome.profileAdded);
        QCOMPARE(outcome.papersAdded, 3);
        QCOMPARE(outcome.papersKnown, 0);
        QCOMPARE(store->paperCount(), 3);
        const QVector<ProfileRecord> profiles = store->profiles();
        QCOMPARE(profiles.size(), 1);
        QCOMPARE(profiles.first().name, QStringLiteral("Ada Lovecode"));
        QCOMPARE(profiles.first().hIndex, 3);
        QCOMPARE(profiles.first().citations, 10);
    }

    void reimportChangesNothing()
    {
        auto store = openFresh();
        QVERIFY(store && store->isOpen());
        QVERIFY(store->importProfile(ada()).ok);
        const QVector<PaperRecord> before = store->papers({}, PaperSort::Title, Qt::AscendingOrder, 0, 100);
        const ImportOutcome again = store->importProfile(ada());
        QVERIFY(again.ok);
        QVERIFY(again.changedNothing());
        QCOMPARE(again.papersKnown, 3);
        const QVector<PaperRecord> after = store->papers({}, PaperSort::Title, Qt::AscendingOrder, 0, 100);
        QCOMPARE(titles(after), titles(before));
        for (int i = 0; i < after.size(); ++i) {
            QCOMPARE(after.at(i).id, before.at(i).id);
            QCOMPARE(after.at(i).citationKey, before.at(i).citationKey);
        }
    }

    void sharedPaperIsLinkedNotCopied()
    {
        auto store = openFresh();
        QVERIFY(store && store->isOpen());
        QVERIFY(store->importProfile(ada()).ok);
        const ImportOutcome g = store->importProfile(grace());
        QVERIFY2(g.ok, qPrintable(g.error));
        QCOMPARE(g.papersAdded, 2);
        QCOMPARE(g.papersKnown, 1);
        QCOMPARE(store->paperCount(), 5);
        PaperFilter f;
        f.text = QStringLiteral("transformers");
        const QVector<PaperRecord> found = store->papers(f, PaperSort::Title, Qt::AscendingOrder, 0, 10);
        QCOMPARE(found.size(), 1);
        const PaperRecord p = store->paper(found.first().id);
        QCOMPARE(p.title, QStringLiteral("Transformers read code"));
        QCOMPARE(p.profiles, (QStringList{QStringLiteral("Ada Lovecode"), QStringLiteral("Grace Hopscotch")}));
        QCOMPARE(p.affiliations, (QStringList{QStringLiteral("cmu"), QStringLiteral("meta-ai"), QStringLiteral("mit")}));
        QVERIFY(!p.citationKey.isEmpty());
        QCOMPARE(store->paper(987654).id, qint64(0));
    }

    void refusedProfileLeavesStoreAsItWas()
    {
        auto store = openWithBoth();
        QVERIFY(store && store->isOpen());
        ProfileRecord bad;
        bad.name = QStringLiteral("Half Way");
        bad.papers << paper(QStringLiteral("A fine first paper"), QStringLiteral("SE"), QDate(2020, 1, 1), {})
                   << paper(QString(), QStringLiteral("SE"), QDate(2021, 1, 1), {}); // no title: refused
        const ImportOutcome outcome = store->importProfile(bad);
        QVERIFY(!outcome.ok);
        QVERIFY(!outcome.error.isEmpty());
        QCOMPARE(store->paperCount(), 5);
        QCOMPARE(store->profiles().size(), 2);
    }

    void filtersSortsAndWindows()
    {
        auto store = openWithBoth();
        QVERIFY(store && store->isOpen());
        const QStringList byTitle = {QStringLiteral("Attention to bugs"), QStringLiteral("Compilers for tiny machines"),
                                     QStringLiteral("Graphs of programs"), QStringLiteral("Testing by example"),
                                     QStringLiteral("Transformers read code")};
        QCOMPARE(titles(store->papers({}, PaperSort::Title, Qt::AscendingOrder, 0, 100)), byTitle);
        QStringList reversed = byTitle;
        std::reverse(reversed.begin(), reversed.end());
        QCOMPARE(titles(store->papers({}, PaperSort::Title, Qt::DescendingOrder, 0, 100)), reversed);
        QCOMPARE(titles(store->papers({}, PaperSort::Title, Qt::AscendingOrder, 1, 2)), byTitle.mid(1, 2));
        QCOMPARE(titles(store->papers({}, PaperSort::Date, Qt::AscendingOrder, 0, 1)),
                 QStringList{QStringLiteral("Compilers for tiny machines")});

        QVector<qint64> ids;
        for (const PaperRecord &p : store->papers({}, PaperSort::Date, Qt::DescendingOrder, 0, 100))
            ids << p.id;
        QCOMPARE(store->paperIds({}, PaperSort::Date, Qt::DescendingOrder), ids);
        QVector<qint64> someIds = {ids.at(3), ids.at(0)};
        const QVector<PaperRecord> some = store->papersByIds(someIds);
        QCOMPARE(some.size(), 2);
        QCOMPARE(some.at(0).id, ids.at(3));
        QCOMPARE(some.at(1).id, ids.at(0));

        PaperFilter lg;
        lg.categories = QStringList{QStringLiteral("LG")};
        QCOMPARE(store->paperCount(lg), 2);
        PaperFilter years;
        years.yearFrom = 2022;
        years.yearTo = 2023;
        QCOMPARE(store->paperCount(years), 3);
        PaperFilter code;
        code.hasCodeOnly = true;
        QCOMPARE(titles(store->papers(code, PaperSort::Title, Qt::AscendingOrder, 0, 10)),
                 (QStringList{QStringLiteral("Attention to bugs"), QStringLiteral("Compilers for tiny machines")}));
        PaperFilter mit;
        mit.affiliations = QStringList{QStringLiteral("mit")};
        QCOMPARE(store->paperCount(mit), 2);
        PaperFilter grace;
        grace.profiles = QStringList{QStringLiteral("Grace Hopscotch")};
        QCOMPARE(store->paperCount(grace), 3);
        PaperFilter both = grace; // AND across lists
        both.categories = QStringList{QStringLiteral("PL")};
        QCOMPARE(store->paperCount(both), 1);
        PaperFilter text;
        text.text = QStringLiteral("progr"); // prefix of "programs"
        QCOMPARE(titles(store->papers(text, PaperSort::Title, Qt::AscendingOrder, 0, 10)),
                 QStringList{QStringLiteral("Graphs of programs")});
    }

    void countsPerFacetAndYear()
    {
        auto store = openWithBoth();
        QVERIFY(store && store->isOpen());
        const QMap<QString, int> categories = asMap(store->facetCounts(Facet::Category, {}));
        QCOMPARE(categories, (QMap<QString, int>{{QStringLiteral("LG"), 2}, {QStringLiteral("PL"), 1},
                                                 {QStringLiteral("SE"), 2}}));
        QCOMPARE(asMap(store->facetCounts(Facet::Year, {})),
                 (QMap<QString, int>{{QStringLiteral("2021"), 1}, {QStringLiteral("2022"), 1},
                                     {QStringLiteral("2023"), 2}, {QStringLiteral("2024"), 1}}));
        QCOMPARE(asMap(store->facetCounts(Facet::Profile, {})),
                 (QMap<QString, int>{{QStringLiteral("Ada Lovecode"), 3}, {QStringLiteral("Grace Hopscotch"), 3}}));
        QCOMPARE(asMap(store->facetCounts(Facet::Affiliation, {})).value(QStringLiteral("mit")), 2);

        PaperFilter se;
        se.categories = QStringList{QStringLiteral("SE")};
        QCOMPARE(asMap(store->facetCounts(Facet::Category, se)).keys(), QStringList{QStringLiteral("SE")});
        // With its own selection ignored, the other categories stay visible.
        QCOMPARE(asMap(store->facetCounts(Facet::Category, se, true)), categories);

        QCOMPARE(total(store->yearCategoryCounts({})), 5);
        QCOMPARE(total(store->yearCategoryCounts(se)), 2);
        const QVector<YearCount> perProfile =
            store->profileYearCounts({}, QStringList{QStringLiteral("Grace Hopscotch")});
        QCOMPARE(total(perProfile), 3);
        for (const YearCount &c : perProfile)
            QCOMPARE(c.key, QStringLiteral("Grace Hopscotch"));
    }

    void batchLandsOnlyWhenCommitted()
    {
        auto store = openFresh();
        QVERIFY(store && store->isOpen());
        QVERIFY2(store->beginImportBatch(), qPrintable(store->lastError()));
        QVERIFY(store->importProfile(ada()).ok);
        store->rollbackImportBatch();
        QCOMPARE(store->paperCount(), 0);

        QVERIFY2(store->beginImportBatch(), qPrintable(store->lastError()));
        QVERIFY(store->importProfile(ada()).ok);
        QVERIFY2(store->commitImportBatch(true), qPrintable(store->lastError()));
        QVERIFY(store->importProfile(grace()).ok);
        QVERIFY2(store->commitImportBatch(false), qPrintable(store->lastError()));
        QCOMPARE(store->paperCount(), 5);
        QCOMPARE(store->profiles().size(), 2);
    }

    void removesAndRestoresExactly()
    {
        auto store = openWithBoth();
        QVERIFY(store && store->isOpen());
        const QVector<PaperRecord> before = store->papers({}, PaperSort::Title, Qt::AscendingOrder, 0, 100);
        const QVector<qint64> ids = {before.at(0).id, before.at(4).id}; // one shared paper among them
        const RemovedPapers removed = store->removePapers(ids);
        QCOMPARE(removed.papers.size(), 2);
        QCOMPARE(store->paperCount(), 3);
        QVERIFY2(store->restore(removed), qPrintable(store->lastError()));
        const QVector<PaperRecord> after = store->papers({}, PaperSort::Title, Qt::AscendingOrder, 0, 100);
        QCOMPARE(titles(after), titles(before));
        for (int i = 0; i < after.size(); ++i) {
            QCOMPARE(after.at(i).id, before.at(i).id);
            QCOMPARE(after.at(i).citationKey, before.at(i).citationKey);
        }
        PaperFilter text;
        text.text = QStringLiteral("transformers");
        QCOMPARE(store->paperCount(text), 1);

        // A profile takes only the papers no other profile lists.
        const RemovedPapers profile = store->removeProfile(QStringLiteral("Grace Hopscotch"));
        QCOMPARE(profile.profiles.size(), 1);
        QCOMPARE(profile.papers.size(), 2);
        QCOMPARE(store->paperCount(), 3);
        QCOMPARE(store->profiles().size(), 1);
        QVERIFY2(store->restore(profile), qPrintable(store->lastError()));
        QCOMPARE(store->paperCount(), 5);
        QCOMPARE(asMap(store->facetCounts(Facet::Profile, {})).value(QStringLiteral("Grace Hopscotch")), 3);

        QVERIFY(store->removeProfile(QStringLiteral("Nobody")).isEmpty());
        QVERIFY(!store->lastError().isEmpty());
        QCOMPARE(store->paperCount(), 5);
    }

    void keepsArxivData()
    {
        auto store = openWithBoth();
        QVERIFY(store && store->isOpen());
        const QString query = QStringLiteral("search_query=ti:%22Transformers%22");
        QVERIFY(store->cachedArxivReply(query, 3600).isNull());
        QVERIFY2(store->cacheArxivReply(query, "<feed/>", 3600), qPrintable(store->lastError()));
        QCOMPARE(store->cachedArxivReply(query, 3600), QByteArray("<feed/>"));
        const qint64 longAgo = QDateTime::currentSecsSinceEpoch() - 7200;
        QVERIFY(store->cacheArxivReply(query, "<old/>", 3600, longAgo));
        QVERIFY(store->cachedArxivReply(query, 3600).isNull()); // too old to answer

        const QVector<qint64> without = store->idsWithoutArxiv({});
        QVERIFY2(store->lastError().isEmpty(), qPrintable(store->lastError()));
        QCOMPARE(without.size(), 5);
        ArxivEntry entry;
        entry.id = QStringLiteral("2301.03988");
        entry.version = 2;
        entry.title = QStringLiteral("Compilers for tiny machines");
        entry.authors = QStringList{QStringLiteral("Ann Author"), QStringLiteral("Bo Builder"), QStringLiteral("Cy Coder")};
        entry.doi = QStringLiteral("10.1000/tiny");
        entry.primaryCategory = QStringLiteral("cs.SE");
        QVERIFY2(store->applyArxivMatch(without.first(), entry, QStringLiteral("https://arxiv.org/abs/2301.03988"),
                                        QStringLiteral("https://arxiv.org/pdf/2301.03988")),
                 qPrintable(store->lastError()));
        const PaperRecord matched = store->paper(without.first());
        QCOMPARE(matched.arxivId, QStringLiteral("2301.03988"));
        QCOMPARE(matched.doi, QStringLiteral("10.1000/tiny"));
        QCOMPARE(matched.primaryClass, QStringLiteral("cs.SE"));
        QCOMPARE(matched.authors.size(), 3);
        QCOMPARE(store->idsWithoutArxiv({}).size(), 4);
        PaperFilter withArxiv;
        withArxiv.hasArxivOnly = true;
        QCOMPARE(store->paperCount(withArxiv), 1);
    }
};

QTEST_GUILESS_MAIN(TestStoreContract)
#include "tst_storecontract.moc"
