// Tests for PaperStore, ImportTransaction, FilterSql and ProfileImporter
// against temporary databases: idempotent import, dedup across profiles,
// atomicity, filters, sorting, windows and facet counts.
#include "paperstore.h"
#include "storeschema.h"
#include "profileimporter.h"

#include <QtTest>

namespace {
QString fixture(const char *name)
{
    return QStringLiteral(PAPERSCOPE_TEST_DATA "/") + QLatin1String(name);
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

PaperRecord makePaper(const QString &title, const QString &author, const QDate &date)
{
    PaperRecord p;
    p.title = title;
    p.authors = QStringList{author};
    p.date = date;
    p.category = QStringLiteral("SE");
    return p;
}
} // namespace

class TestPaperStore : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;
    QString m_dbPath;
    int m_n = 0;

    // A fresh store file per test function.
    void openFresh(PaperStore &store)
    {
        m_dbPath = m_dir.filePath(QStringLiteral("store%1.sqlite").arg(++m_n));
        QVERIFY2(store.open(m_dbPath), qPrintable(store.lastError()));
    }
    void importBoth(PaperStore &store)
    {
        ProfileImporter importer(store);
        const FileImportResult a = importer.importFile(fixture("profile-ada-lovecode.txt"));
        QVERIFY2(a.ok, qPrintable(a.message));
        const FileImportResult g = importer.importFile(fixture("profile-grace-hopscotch.txt"));
        QVERIFY2(g.ok, qPrintable(g.message));
    }

private slots:
    void opensWithSchemaAndWal()
    {
        PaperStore store;
        openFresh(store);
        QCOMPARE(store.schemaVersion(), StoreSchema::currentVersion);
        QVERIFY(QFile::exists(m_dbPath));
        QCOMPARE(store.paperCount(), 0);
        store.close();
        PaperStore again;
        QVERIFY(again.open(m_dbPath));
        QCOMPARE(again.schemaVersion(), StoreSchema::currentVersion);
    }

    // A file that is not a store (damaged, or something else) is kept aside
    // and a fresh store takes its place (more in tst_storefaults).
    void keepsNonStoreFileAside()
    {
        const QString path = m_dir.filePath(QStringLiteral("junk.sqlite"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("this is not a database, just some text that is long enough to look like a header....");
        f.close();
        PaperStore store;
        QVERIFY2(store.open(path), qPrintable(store.lastError()));
        QVERIFY2(store.openNotice().contains(path) && store.openNotice().contains(QStringLiteral("kept as")),
                 qPrintable(store.openNotice()));
        QCOMPARE(store.paperCount(), 0);
    }

    void importIsIdempotent()
    {
        PaperStore store;
        openFresh(store);
        ProfileImporter importer(store);
        const FileImportResult first = importer.importFile(fixture("profile-ada-lovecode.txt"));
        QVERIFY2(first.ok, qPrintable(first.message));
        QCOMPARE(first.profileName, QStringLiteral("Ada Lovecode"));
        QCOMPARE(first.outcome.papersAdded, 5);
        QVERIFY(first.outcome.profileAdded);
        const QVector<PaperRecord> before = store.papers({}, PaperSort::Title, Qt::AscendingOrder, 0, 100);

        const FileImportResult second = importer.importFile(fixture("profile-ada-lovecode.txt"));
        QVERIFY(second.ok);
        QVERIFY(second.outcome.changedNothing());
        QCOMPARE(second.outcome.papersKnown, 5);
        const QVector<PaperRecord> after = store.papers({}, PaperSort::Title, Qt::AscendingOrder, 0, 100);
        QCOMPARE(after.size(), 5);
        for (int i = 0; i < after.size(); ++i) {
            QCOMPARE(after[i].citationKey, before[i].citationKey);
            QCOMPARE(after[i].affiliations, before[i].affiliations);
        }
        QCOMPARE(store.profiles().size(), 1);
    }

    void storesWhatTheFileSays()
    {
        PaperStore store;
        openFresh(store);
        importBoth(store);
        PaperFilter f;
        f.text = QStringLiteral("SantaCoder");
        const QVector<PaperRecord> found = store.papers(f, PaperSort::Title, Qt::AscendingOrder, 0, 10);
        QCOMPARE(found.size(), 1);
        const PaperRecord p = store.paper(found.first().id);
        QCOMPARE(p.title, QStringLiteral("SantaCoder: don't reach for the stars!"));
        QCOMPARE(p.date, QDate(2023, 1, 9));
        QCOMPARE(p.category, QStringLiteral("SE"));
        QVERIFY(p.hasCode);
        QCOMPARE(p.authors, (QStringList{QStringLiteral("Loubna Ben Allal"), QStringLiteral("Raymond Li"),
                                         QStringLiteral("Denis Kocetkov")}));
        QVERIFY(p.authorsTruncated);
        QCOMPARE(p.affiliations, (QStringList{QStringLiteral("cmu"), QStringLiteral("huggingface")}));
        QCOMPARE(p.citationKey, QStringLiteral("allal2023santacoder"));
        QCOMPARE(p.profiles, QStringList{QStringLiteral("Ada Lovecode")});
    }

    void samePaperAcrossProfilesIsLinked()
    {
        PaperStore store;
        openFresh(store);
        ProfileImporter importer(store);
        QVERIFY(importer.importFile(fixture("profile-ada-lovecode.txt")).ok);
        const FileImportResult g = importer.importFile(fixture("profile-grace-hopscotch.txt"));
        QVERIFY2(g.ok, qPrintable(g.message));
        QCOMPARE(g.outcome.papersAdded, 3);
        QCOMPARE(g.outcome.papersKnown, 1);
        QCOMPARE(store.paperCount(), 8);

        PaperFilter f;
        f.text = QStringLiteral("cruxeval");
        const QVector<PaperRecord> found = store.papers(f, PaperSort::Title, Qt::AscendingOrder, 0, 10);
        QCOMPARE(found.size(), 1);
        const PaperRecord p = store.paper(found.first().id);
        // The first profile's spelling of the title stays; affiliations merge.
        QCOMPARE(p.title, QStringLiteral("CRUXEval: A Benchmark for Code Reasoning, Understanding and Execution"));
        QCOMPARE(p.affiliations, (QStringList{QStringLiteral("meta-ai"), QStringLiteral("mit")}));
        QCOMPARE(p.profiles, (QStringList{QStringLiteral("Ada Lovecode"), QStringLiteral("Grace Hopscotch")}));
        QCOMPARE(p.citationKey, QStringLiteral("lovecode2024cruxeval"));
    }

    void keysStayUnique()
    {
        PaperStore store;
        openFresh(store);
        ProfileRecord profile;
        profile.name = QStringLiteral("Key Tester");
        profile.papers << makePaper(QStringLiteral("Deep Code"), QStringLiteral("Alex Gu"), QDate(2024, 1, 1))
                       << makePaper(QStringLiteral("Deep Code, again"), QStringLiteral("Alex Gu"), QDate(2024, 5, 1))
                       << makePaper(QStringLiteral("Deep code revisited"), QStringLiteral("Alex Gu"), QDate(2024, 6, 1));
        QVERIFY(store.importProfile(profile).ok);
        QStringList keys;
        for (const PaperRecord &p : store.papers({}, PaperSort::Date, Qt::AscendingOrder, 0, 10))
            keys << p.citationKey;
        QCOMPARE(keys, (QStringList{QStringLiteral("gu2024deep"), QStringLiteral("gu2024deepa"),
                                    QStringLiteral("gu2024deepb")}));
    }

    void failedImportChangesNothing()
    {
        PaperStore store;
        openFresh(store);
        importBoth(store);
        const int papersBefore = store.paperCount();
        ProfileRecord profile;
        profile.name = QStringLiteral("Half Way");
        profile.papers << makePaper(QStringLiteral("A fine first paper"), QStringLiteral("Ann Author"), QDate(2020, 1, 1))
                       << makePaper(QStringLiteral("A fine second paper"), QStringLiteral("Ann Author"), QDate(2021, 1, 1))
                       << makePaper(QString(), QStringLiteral("Ann Author"), QDate(2022, 1, 1)); // fails in SQL
        const ImportOutcome outcome = store.importProfile(profile);
        QVERIFY(!outcome.ok);
        QVERIFY(!outcome.error.isEmpty());
        QCOMPARE(store.paperCount(), papersBefore);
        QCOMPARE(store.profiles().size(), 2);
        PaperFilter f;
        f.text = QStringLiteral("fine");
        QCOMPARE(store.paperCount(f), 0);
    }

    void refusedFileChangesNothing()
    {
        PaperStore store;
        openFresh(store);
        ProfileImporter importer(store);
        QVERIFY(importer.importFile(fixture("profile-ada-lovecode.txt")).ok);
        const FileImportResult bad = importer.importFile(fixture("empty.txt"));
        QVERIFY(!bad.ok);
        QVERIFY2(bad.message.contains(QStringLiteral("empty.txt")), qPrintable(bad.message));
        const FileImportResult missing = importer.importFile(m_dir.filePath(QStringLiteral("nope.txt")));
        QVERIFY(!missing.ok);
        QVERIFY(missing.message.contains(QStringLiteral("no such file")));
        QCOMPARE(store.paperCount(), 5);
        QCOMPARE(store.profiles().size(), 1);
    }

    void newerSaveUpdatesFigures()
    {
        PaperStore store;
        openFresh(store);
        ProfileRecord p;
        p.name = QStringLiteral("Figure Person");
        p.hIndex = 10;
        p.citations = 100;
        p.savedAt = QDateTime(QDate(2025, 1, 1), QTime(12, 0), Qt::UTC);
        QVERIFY(store.importProfile(p).profileAdded);
        ProfileRecord older = p;
        older.hIndex = 5;
        older.savedAt = QDateTime(QDate(2024, 1, 1), QTime(12, 0), Qt::UTC);
        QVERIFY(!store.importProfile(older).profileUpdated);
        QCOMPARE(store.profiles().first().hIndex, 10);
        ProfileRecord newer = p;
        newer.hIndex = 12;
        newer.citations = 150;
        newer.savedAt = QDateTime(QDate(2025, 6, 1), QTime(12, 0), Qt::UTC);
        QVERIFY(store.importProfile(newer).profileUpdated);
        QCOMPARE(store.profiles().first().hIndex, 12);
        QCOMPARE(store.profiles().first().citations, 150);
    }

    void filters_data()
    {
        QTest::addColumn<QStringList>("categories");
        QTest::addColumn<QString>("years");
        QTest::addColumn<QStringList>("affiliations");
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("hasCode");
        QTest::addColumn<QStringList>("profiles");
        QTest::addColumn<int>("expected");
        const QStringList none;
        QTest::newRow("all") << none << QString() << none << QString() << false << none << 8;
        QTest::newRow("one category") << QStringList{QStringLiteral("SE")} << QString() << none << QString() << false << none << 4;
        QTest::newRow("categories OR") << QStringList{QStringLiteral("SE"), QStringLiteral("CL")} << QString() << none << QString() << false << none << 5;
        QTest::newRow("year") << none << QStringLiteral("2023") << none << QString() << false << none << 2;
        QTest::newRow("year range") << none << QStringLiteral("2021-2024") << none << QString() << false << none << 4;
        QTest::newRow("affiliation") << none << QString() << QStringList{QStringLiteral("cmu")} << QString() << false << none << 2;
        QTest::newRow("affiliations OR") << none << QString() << QStringList{QStringLiteral("cmu"), QStringLiteral("stanford")} << QString() << false << none << 3;
        QTest::newRow("has code") << none << QString() << none << QString() << true << none << 3;
        QTest::newRow("prefix text") << none << QString() << none << QStringLiteral("bench") << false << none << 3; // CRUXEval, SlopCodeBench, "SWE-bench"
        QTest::newRow("author text, diacritics folded") << none << QString() << none << QStringLiteral("roziere") << false << none << 1;
        QTest::newRow("abstract words AND") << none << QString() << none << QStringLiteral("continual accuracy") << false << none << 1;
        QTest::newRow("profile") << none << QString() << none << QString() << false << QStringList{QStringLiteral("Grace Hopscotch")} << 4;
        QTest::newRow("AND across lists") << QStringList{QStringLiteral("SE")} << QStringLiteral("2023-2025") << QStringList{QStringLiteral("meta-ai")} << QString() << false << none << 2;
        QTest::newRow("sql in text") << none << QString() << none << QStringLiteral("'); DROP TABLE papers;--") << false << none << 0;
        QTest::newRow("fts syntax in text") << none << QString() << none << QStringLiteral("\"zebra* AND NEAR( OR") << false << none << 0;
    }
    void filters()
    {
        QFETCH(QStringList, categories);
        QFETCH(QString, years);
        QFETCH(QStringList, affiliations);
        QFETCH(QString, text);
        QFETCH(bool, hasCode);
        QFETCH(QStringList, profiles);
        QFETCH(int, expected);
        PaperStore store;
        openFresh(store);
        importBoth(store);
        PaperFilter f;
        f.categories = categories;
        if (!years.isEmpty())
            QVERIFY(f.setYearRange(years));
        f.affiliations = affiliations;
        f.text = text;
        f.hasCodeOnly = hasCode;
        f.profiles = profiles;
        QCOMPARE(store.paperCount(f), expected);
        QCOMPARE(store.papers(f, PaperSort::Title, Qt::AscendingOrder, 0, 100).size(), expected);
        QCOMPARE(store.paperIds(f, PaperSort::Year, Qt::DescendingOrder).size(), expected);
        QCOMPARE(store.paperCount(), 8); // nothing was dropped
    }

    void sortsAndWindows()
    {
        PaperStore store;
        openFresh(store);
        importBoth(store);
        const QVector<PaperRecord> byYear = store.papers({}, PaperSort::Year, Qt::AscendingOrder, 0, 100);
        for (int i = 1; i < byYear.size(); ++i)
            QVERIFY(byYear[i - 1].date.year() <= byYear[i].date.year());
        const QVector<PaperRecord> byTitleDesc = store.papers({}, PaperSort::Title, Qt::DescendingOrder, 0, 100);
        for (int i = 1; i < byTitleDesc.size(); ++i)
            QVERIFY(byTitleDesc[i - 1].title.compare(byTitleDesc[i].title, Qt::CaseInsensitive) >= 0);
        const QVector<PaperRecord> byAuthor = store.papers({}, PaperSort::FirstAuthor, Qt::AscendingOrder, 0, 100);
        QCOMPARE(byAuthor.first().authors.first(), QStringLiteral("Ada Lovecode"));
        const QVector<PaperRecord> byCode = store.papers({}, PaperSort::Code, Qt::DescendingOrder, 0, 100);
        QVERIFY(byCode[0].hasCode && byCode[2].hasCode && !byCode[3].hasCode);
        for (PaperSort s : {PaperSort::Category, PaperSort::Affiliations, PaperSort::Date})
            QCOMPARE(store.papers({}, s, Qt::AscendingOrder, 0, 100).size(), 8);

        // Windows of three rows add up to the whole, in order.
        QStringList windowed;
        for (int offset = 0; offset < 8; offset += 3)
            windowed << titles(store.papers({}, PaperSort::Title, Qt::AscendingOrder, offset, 3));
        QCOMPARE(windowed, titles(store.papers({}, PaperSort::Title, Qt::AscendingOrder, 0, 100)));
    }

    void facetCounts()
    {
        PaperStore store;
        openFresh(store);
        importBoth(store);
        const auto categories = asMap(store.facetCounts(Facet::Category, {}));
        QCOMPARE(categories.value(QStringLiteral("SE")), 4);
        QCOMPARE(categories.value(QStringLiteral("LG")), 2);
        QCOMPARE(categories.value(QStringLiteral("CL")), 1);
        QCOMPARE(categories.value(QStringLiteral("AI")), 1);
        const auto years = asMap(store.facetCounts(Facet::Year, {}));
        QCOMPARE(years.value(QStringLiteral("2025")), 3);
        QCOMPARE(years.value(QStringLiteral("2021")), 1);
        const auto affiliations = asMap(store.facetCounts(Facet::Affiliation, {}));
        QCOMPARE(affiliations.value(QStringLiteral("cmu")), 2);
        QCOMPARE(affiliations.value(QStringLiteral("meta-ai")), 2);
        QCOMPARE(affiliations.value(QStringLiteral("mit")), 1);
        const auto profiles = asMap(store.facetCounts(Facet::Profile, {}));
        QCOMPARE(profiles.value(QStringLiteral("Ada Lovecode")), 5);
        QCOMPARE(profiles.value(QStringLiteral("Grace Hopscotch")), 4);

        PaperFilter f;
        f.categories = QStringList{QStringLiteral("SE")};
        // Under the full filter only SE is left; with its own facet left out,
        // the other categories keep their counts for OR-ticking.
        QCOMPARE(asMap(store.facetCounts(Facet::Category, f)).keys(), QStringList{QStringLiteral("SE")});
        QCOMPARE(asMap(store.facetCounts(Facet::Category, f, true)).value(QStringLiteral("LG")), 2);
        QCOMPARE(asMap(store.facetCounts(Facet::Year, f)).value(QStringLiteral("2025")), 1);
        QCOMPARE(asMap(store.facetCounts(Facet::Affiliation, f)).value(QStringLiteral("cmu")), 1);
    }

    void removeAndRestorePapers()
    {
        PaperStore store;
        openFresh(store);
        importBoth(store);
        PaperFilter santa;
        santa.text = QStringLiteral("santacoder");
        const QVector<qint64> ids = store.paperIds(santa, PaperSort::Title, Qt::AscendingOrder);
        QCOMPARE(ids.size(), 1);
        const RemovedPapers removed = store.removePapers(ids);
        QCOMPARE(removed.papers.size(), 1);
        QCOMPARE(store.paperCount(), 7);
        QCOMPARE(store.paperCount(santa), 0);
        QCOMPARE(asMap(store.facetCounts(Facet::Affiliation, {})).value(QStringLiteral("huggingface")), 0);
        QVERIFY2(store.restore(removed), qPrintable(store.lastError()));
        QCOMPARE(store.paperCount(), 8);
        const PaperRecord back = store.paper(ids.first());
        QCOMPARE(back.citationKey, QStringLiteral("allal2023santacoder"));
        QCOMPARE(back.affiliations, (QStringList{QStringLiteral("cmu"), QStringLiteral("huggingface")}));
        QCOMPARE(back.profiles, QStringList{QStringLiteral("Ada Lovecode")});
        QCOMPARE(store.paperCount(santa), 1); // searchable again
    }

    void removeAndRestoreProfile()
    {
        PaperStore store;
        openFresh(store);
        importBoth(store);
        const RemovedPapers removed = store.removeProfile(QStringLiteral("Grace Hopscotch"));
        QCOMPARE(removed.profiles.size(), 1);
        QCOMPARE(removed.papers.size(), 3); // CRUXEval stays: Ada lists it too
        QCOMPARE(store.paperCount(), 5);
        QCOMPARE(store.profiles().size(), 1);
        QVERIFY(store.removeProfile(QStringLiteral("Nobody")).isEmpty());
        QVERIFY(store.lastError().contains(QStringLiteral("Nobody")));
        QVERIFY2(store.restore(removed), qPrintable(store.lastError()));
        QCOMPARE(store.paperCount(), 8);
        QCOMPARE(asMap(store.facetCounts(Facet::Profile, {})).value(QStringLiteral("Grace Hopscotch")), 4);
    }

    void expandsFolders()
    {
        QTemporaryDir dir;
        QVERIFY(QDir(dir.path()).mkpath(QStringLiteral("sub/deeper")));
        QVERIFY(QFile::copy(fixture("profile-ada-lovecode.txt"), dir.filePath(QStringLiteral("sub/deeper/a.txt"))));
        QVERIFY(QFile::copy(fixture("profile-grace-hopscotch.txt"), dir.filePath(QStringLiteral("b.profile"))));
        QFile readme(dir.filePath(QStringLiteral("sub/README.md")));
        QVERIFY(readme.open(QIODevice::WriteOnly));
        readme.write("# Not a profile\n");
        readme.close();
        const QStringList files = ProfileImporter::expandPaths({dir.path()});
        QCOMPARE(files.size(), 2);
        QVERIFY(files.first().endsWith(QStringLiteral("b.profile")));
    }
};

QTEST_GUILESS_MAIN(TestPaperStore)
#include "tst_paperstore.moc"
