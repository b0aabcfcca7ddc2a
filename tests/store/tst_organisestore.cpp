// Tests for the organise data (OrganiseStore, OrganiseSnapshots,
// CollectionStore, OrganiseCounts, OrganiseFilterSql): tags, stars,
// reading states, notes, collections and saved searches; filters and
// facet counts over them (SQL and the in-memory index path); kept across a
// re-import, a removal with Undo and the migration of a store written
// before they existed. The cases through the store interface run once per
// backend row (the local SQLite store, and a shared library on the test
// command's PostgreSQL: packaging/with-test-postgres.sh); the in-memory
// index, the importer's transaction and the migration are SQLite's own.
// Shared-only behaviour (change log, two clients, roles): tst_pgorganise.
#include "collectionstore.h"
#include "organisecounts.h"
#include "organisesnapshots.h"
#include "organisestore.h"
#include "paperstore.h"
#include "pgpaperstore.h"
#include "profileimporter.h"
#include "storeindex.h"
#include "storeschema.h"
#include "support/testdata.h"
#include "support/testpostgres.h"

#include <QtTest>

#include <memory>
#include <vector>

using TestData::fixture;

namespace {
QMap<QString, int> asMap(const QVector<FacetCount> &counts)
{
    QMap<QString, int> m;
    for (const FacetCount &c : counts)
        m.insert(c.value, c.count);
    return m;
}

qint64 idByKey(AbstractPaperStore &store, const QString &key)
{
    PaperFilter f;
    f.keys = QStringList{key};
    const QVector<qint64> ids = store.paperIds(f, PaperSort::Date, Qt::AscendingOrder);
    return ids.size() == 1 ? ids.first() : 0;
}
} // namespace

class TestOrganiseStore : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    int m_n = 0;
    std::vector<std::unique_ptr<TestPostgres::Database>> m_databases; // dropped at the end

    // A new store of the row's backend with the two fixture profiles.
    void openWithProfiles(std::unique_ptr<AbstractPaperStore> &owned)
    {
        QFETCH_GLOBAL(QString, backend);
        QString location = m_dir.filePath(QStringLiteral("s%1.sqlite").arg(++m_n));
        if (backend == QLatin1String("postgresql")) {
            m_databases.push_back(std::make_unique<TestPostgres::Database>());
            QVERIFY2(m_databases.back()->ok(), qPrintable(m_databases.back()->error()));
            location = m_databases.back()->location().toString();
            owned = std::make_unique<PgPaperStore>();
        } else {
            owned = std::make_unique<PaperStore>();
        }
        AbstractPaperStore &store = *owned;
        QVERIFY2(store.open(location), qPrintable(store.lastError()));
        ProfileImporter importer(store);
        for (const char *name : {"profile-ada-lovecode.txt", "profile-grace-hopscotch.txt"}) {
            const FileImportResult r = importer.importFile(fixture(QLatin1String(name)));
            QVERIFY2(r.ok, qPrintable(r.message));
        }
    }

    void openWithProfiles(PaperStore &store)
    {
        QVERIFY2(store.open(m_dir.filePath(QStringLiteral("s%1.sqlite").arg(++m_n))), qPrintable(store.lastError()));
        ProfileImporter importer(store);
        for (const char *name : {"profile-ada-lovecode.txt", "profile-grace-hopscotch.txt"})
            QVERIFY(importer.importFile(fixture(QLatin1String(name))).ok);
    }

    // For the cases about the SQLite store's own parts: once, on its row.
    static bool sqliteRow()
    {
        QFETCH_GLOBAL(QString, backend);
        return backend == QLatin1String("sqlite");
    }

private slots:
    void initTestCase_data()
    {
        QTest::addColumn<QString>("backend");
        QTest::newRow("sqlite") << QStringLiteral("sqlite");
        if (TestPostgres::server().isShared() || TestPostgres::required())
            QTest::newRow("postgresql") << QStringLiteral("postgresql");
        else
            qInfo("no PostgreSQL test server: the postgresql row is left out");
    }

    void tagsFilterAndCount()
    {
        std::unique_ptr<AbstractPaperStore> owned;
        openWithProfiles(owned);
        if (QTest::currentTestFailed())
            return;
        AbstractPaperStore &store = *owned;
        const int all = store.paperCount();
        QVERIFY(all >= 6);
        const qint64 santa = idByKey(store, QStringLiteral("allal2023santacoder"));
        const qint64 cwm = idByKey(store, QStringLiteral("fair2025cwm"));
        QVERIFY(santa && cwm);
        OrganiseStore org(store);
        QCOMPARE(org.addTag(QStringLiteral("thesis"), {santa, cwm}), 2);
        QCOMPARE(org.addTag(QStringLiteral("Thesis"), {santa}), 0); // already there, case-insensitively
        QCOMPARE(org.addTag(QStringLiteral("  reading   group "), {cwm}), 1);
        QCOMPARE(org.tags(), (QStringList{QStringLiteral("reading group"), QStringLiteral("thesis")}));
        QCOMPARE(org.marks(cwm).tags, (QStringList{QStringLiteral("reading group"), QStringLiteral("thesis")}));

        PaperFilter f;
        f.tags = QStringList{QStringLiteral("THESIS")};
        QCOMPARE(store.paperCount(f), 2);
        f.tags = QStringList{QStringLiteral("thesis"), QStringLiteral("reading group")}; // OR within
        QCOMPARE(store.paperCount(f), 2);
        f.tags = QStringList{QStringLiteral("reading group")};
        QCOMPARE(store.paperIds(f, PaperSort::Date, Qt::AscendingOrder), QVector<qint64>{cwm});
        f.categories = QStringList{QStringLiteral("XX")}; // AND across
        QCOMPARE(store.paperCount(f), 0);

        // The tag facet ignores its own selection, the others follow it.
        PaperFilter only;
        only.tags = QStringList{QStringLiteral("reading group")};
        const OrganiseCounts counts(store);
        QCOMPARE(asMap(counts.counts(OrganiseFacet::Tag, only, true)),
                 (QMap<QString, int>{{QStringLiteral("thesis"), 2}, {QStringLiteral("reading group"), 1}}));
        QCOMPARE(asMap(counts.counts(OrganiseFacet::Tag, only, false)),
                 (QMap<QString, int>{{QStringLiteral("thesis"), 1}, {QStringLiteral("reading group"), 1}}));
        QCOMPARE(counts.counts(OrganiseFacet::Tag, PaperFilter()).first().value, QStringLiteral("thesis"));
        int categoryTotal = 0;
        for (const FacetCount &c : store.facetCounts(Facet::Category, only))
            categoryTotal += c.count;
        QCOMPARE(categoryTotal, 1);

        QCOMPARE(org.removeTag(QStringLiteral("thesis"), {santa, cwm}), 2);
        f = PaperFilter();
        f.tags = QStringList{QStringLiteral("thesis")};
        QCOMPARE(store.paperCount(f), 0);
    }

    void starStateNote()
    {
        std::unique_ptr<AbstractPaperStore> owned;
        openWithProfiles(owned);
        if (QTest::currentTestFailed())
            return;
        AbstractPaperStore &store = *owned;
        const int all = store.paperCount();
        const qint64 santa = idByKey(store, QStringLiteral("allal2023santacoder"));
        const qint64 cwm = idByKey(store, QStringLiteral("fair2025cwm"));
        OrganiseStore org(store);
        QCOMPARE(org.setStarred({santa, cwm}, true), 2);
        QCOMPARE(org.setStarred({santa}, true), 0);
        QCOMPARE(org.setStarred({cwm}, false), 1);
        QCOMPARE(org.setStarred({cwm}, false), 0);
        QCOMPARE(org.setState({santa}, 2), 1);
        QCOMPARE(org.setState({cwm}, 1), 1);
        QCOMPARE(org.setState({cwm}, 1), 0);
        QCOMPARE(org.setNote(cwm, QStringLiteral("read §3 again")), 1);
        QCOMPARE(org.marks(cwm).note, QStringLiteral("read §3 again"));
        QVERIFY(org.marks(santa).starred);
        QCOMPARE(org.marks(santa).state, 2);

        PaperFilter f;
        f.starredOnly = true;
        QCOMPARE(store.paperCount(f), 1);
        f = PaperFilter();
        f.states = QStringList{QStringLiteral("unread")};
        QCOMPARE(store.paperCount(f), all - 2);
        f.states << QStringLiteral("read");
        QCOMPARE(store.paperCount(f), all - 1);
        const OrganiseCounts counts(store);
        QCOMPARE(asMap(counts.counts(OrganiseFacet::State, f, true)),
                 (QMap<QString, int>{{QStringLiteral("unread"), all - 2}, {QStringLiteral("reading"), 1},
                                     {QStringLiteral("read"), 1}}));
        QCOMPARE(asMap(counts.counts(OrganiseFacet::Starred, PaperFilter())),
                 (QMap<QString, int>{{QStringLiteral("starred"), 1}}));
        QCOMPARE(org.setNote(cwm, QString()), 1);
        QVERIFY(org.marks(cwm).note.isEmpty());
    }

    void keptByReimportRemovalAndUndo()
    {
        std::unique_ptr<AbstractPaperStore> owned;
        openWithProfiles(owned);
        if (QTest::currentTestFailed())
            return;
        AbstractPaperStore &store = *owned;
        const qint64 santa = idByKey(store, QStringLiteral("allal2023santacoder"));
        OrganiseStore org(store);
        CollectionStore collections(org);
        QVERIFY(collections.createCollection(QStringLiteral("Chapter 2")));
        QCOMPARE(collections.addPapers(QStringLiteral("Chapter 2"), {santa}), 1);
        QCOMPARE(org.addTag(QStringLiteral("thesis"), {santa}), 1);
        QCOMPARE(org.setStarred({santa}, true), 1);
        QCOMPARE(org.setNote(santa, QStringLiteral("key paper")), 1);
        const PaperMarks before = org.marks(santa);

        // Re-import the same profile.
        ProfileImporter importer(store);
        QVERIFY(importer.importFile(fixture(QStringLiteral("profile-ada-lovecode.txt"))).ok);
        QCOMPARE(org.marks(idByKey(store, QStringLiteral("allal2023santacoder"))).tags, before.tags);

        // Remove, then Undo.
        const RemovedPapers removed = store.removePapers({santa});
        QVERIFY(!removed.isEmpty());
        QCOMPARE(idByKey(store, QStringLiteral("allal2023santacoder")), qint64(0));
        PaperFilter tagged;
        tagged.tags = QStringList{QStringLiteral("thesis")};
        QCOMPARE(store.paperCount(tagged), 0);
        QVERIFY2(store.restore(removed), qPrintable(store.lastError()));
        const PaperMarks after = org.marks(santa);
        QCOMPARE(after.tags, before.tags);
        QCOMPARE(after.starred, true);
        QCOMPARE(after.note, QStringLiteral("key paper"));
        QCOMPARE(after.collections, QStringList{QStringLiteral("Chapter 2")});
        QCOMPARE(store.paperCount(tagged), 1);

        // Removing a profile and importing it again brings them back too.
        store.removeProfile(QStringLiteral("Ada Lovecode"));
        QVERIFY(importer.importFile(fixture(QStringLiteral("profile-ada-lovecode.txt"))).ok);
        QCOMPARE(store.paperCount(tagged), 1);
    }

    void snapshotRestoresExactly()
    {
        std::unique_ptr<AbstractPaperStore> owned;
        openWithProfiles(owned);
        if (QTest::currentTestFailed())
            return;
        AbstractPaperStore &store = *owned;
        const qint64 santa = idByKey(store, QStringLiteral("allal2023santacoder"));
        const qint64 cwm = idByKey(store, QStringLiteral("fair2025cwm"));
        OrganiseStore org(store);
        CollectionStore collections(org);
        QVERIFY(collections.createCollection(QStringLiteral("Group")));
        QCOMPARE(org.addTag(QStringLiteral("a"), {santa}), 1);
        QCOMPARE(org.setState({cwm}, 1), 1);
        OrganiseSnapshots snapshots(org);
        const OrganiseSnapshot snap = snapshots.take({santa, cwm});
        QCOMPARE(org.addTag(QStringLiteral("b"), {santa, cwm}), 2);
        QCOMPARE(org.removeTag(QStringLiteral("a"), {santa}), 1);
        QCOMPARE(org.setStarred({santa, cwm}, true), 2);
        QCOMPARE(org.setState({cwm}, 2), 1);
        QCOMPARE(collections.addPapers(QStringLiteral("Group"), {santa, cwm}), 2);
        QVERIFY2(snapshots.restore(snap), qPrintable(org.error()));
        QCOMPARE(org.marks(santa).tags, QStringList{QStringLiteral("a")});
        QVERIFY(org.marks(cwm).tags.isEmpty());
        QVERIFY(!org.marks(santa).starred && !org.marks(cwm).starred);
        QCOMPARE(org.marks(cwm).state, 1);
        QVERIFY(org.marks(santa).collections.isEmpty());
    }

    void collectionsAndSavedSearches()
    {
        std::unique_ptr<AbstractPaperStore> owned;
        openWithProfiles(owned);
        if (QTest::currentTestFailed())
            return;
        AbstractPaperStore &store = *owned;
        const qint64 santa = idByKey(store, QStringLiteral("allal2023santacoder"));
        const qint64 cwm = idByKey(store, QStringLiteral("fair2025cwm"));
        OrganiseStore org(store);
        CollectionStore c(org);
        QVERIFY(c.createCollection(QStringLiteral("Thesis")));
        QVERIFY(c.createCollection(QStringLiteral("Chapter 2"), QStringLiteral("Thesis")));
        QVERIFY(!c.createCollection(QStringLiteral("thesis"))); // names are unique
        QVERIFY(!c.createCollection(QStringLiteral("X"), QStringLiteral("Nope")));
        QCOMPARE(c.addPapers(QStringLiteral("Thesis"), {santa}), 1);
        QCOMPARE(c.addPapers(QStringLiteral("Chapter 2"), {cwm}), 1);
        QCOMPARE(c.collections().size(), 2);
        QCOMPARE(c.collections().at(1).parent, QStringLiteral("Thesis"));
        QCOMPARE(c.collections().at(1).papers, 1);
        PaperFilter f;
        f.collections = QStringList{QStringLiteral("Thesis")};
        QCOMPARE(store.paperCount(f), 2); // with the nested one
        // A collection counts what its filter lists: the nested ones' papers too, each once.
        QCOMPARE(c.collections().at(0).papers, 2);
        QCOMPARE(c.addPapers(QStringLiteral("Thesis"), {cwm}), 1);
        QCOMPARE(c.collections().at(0).papers, 2);
        QCOMPARE(store.paperCount(f), 2);
        QCOMPARE(c.removePapers(QStringLiteral("Thesis"), {cwm}), 1);
        f.collections = QStringList{QStringLiteral("chapter 2")};
        QCOMPARE(store.paperCount(f), 1);
        QVERIFY(c.renameCollection(QStringLiteral("Chapter 2"), QStringLiteral("Chapter Two")));
        QVERIFY(!c.renameCollection(QStringLiteral("Chapter Two"), QStringLiteral("Thesis")));
        QCOMPARE(c.removePapers(QStringLiteral("Chapter Two"), {cwm}), 1);
        QVERIFY(c.deleteCollection(QStringLiteral("Thesis")));
        QVERIFY(c.collections().isEmpty()); // the nested one went with it
        QVERIFY(!c.deleteCollection(QStringLiteral("Thesis")));

        PaperFilter saved;
        saved.categories = QStringList{QStringLiteral("SE")};
        saved.text = QStringLiteral("code");
        saved.tags = QStringList{QStringLiteral("x")};
        QVERIFY(c.saveSearch(QStringLiteral("Code papers"), saved));
        PaperFilter back;
        QVERIFY(c.savedSearch(QStringLiteral("code papers"), &back));
        QCOMPARE(back, saved);
        QCOMPARE(c.savedSearches(), QStringList{QStringLiteral("Code papers")});
        // A saved search as a further condition.
        PaperFilter seCode;
        seCode.categories = QStringList{QStringLiteral("SE")};
        PaperFilter within;
        within.also << seCode.toVariantMap();
        QCOMPARE(store.paperCount(within), store.paperCount(seCode));
        within.hasCodeOnly = true;
        seCode.hasCodeOnly = true;
        QCOMPARE(store.paperCount(within), store.paperCount(seCode));
        QVERIFY(c.deleteSavedSearch(QStringLiteral("Code papers")));
        QVERIFY(!c.deleteSavedSearch(QStringLiteral("Code papers")));
    }

    void indexPathAgreesWithSql()
    {
        if (!sqliteRow())
            QSKIP("the in-memory index is the SQLite store's");
        PaperStore store;
        openWithProfiles(store);
        const qint64 santa = idByKey(store, QStringLiteral("allal2023santacoder"));
        OrganiseStore org(store);
        QCOMPARE(org.addTag(QStringLiteral("t"), {santa}), 1);
        QVERIFY(store.enableIndex());
        PaperFilter f;
        f.tags = QStringList{QStringLiteral("t")};
        QCOMPARE(store.paperCount(f), 1);
        QCOMPARE(store.paperIds(f, PaperSort::Title, Qt::AscendingOrder), QVector<qint64>{santa});
        QCOMPARE(store.papers(f, PaperSort::Date, Qt::DescendingOrder, 0, 10).size(), 1);
        int total = 0;
        for (const FacetCount &c : store.facetCounts(Facet::Year, f, true))
            total += c.count;
        QCOMPARE(total, 1);
        // A change shows at once.
        QCOMPARE(org.addTag(QStringLiteral("t"), {idByKey(store, QStringLiteral("fair2025cwm"))}), 1);
        QCOMPARE(store.paperCount(f), 2);
        QCOMPARE(store.paperCount(), store.paperCount(PaperFilter()));
    }

    void importerTagsInItsTransaction()
    {
        if (!sqliteRow())
            QSKIP("the SQLite importer's transaction");
        PaperStore store;
        openWithProfiles(store);
        QSqlDatabase db = QSqlDatabase::database(store.connectionName(), false);
        QVERIFY(db.transaction());
        QString error;
        QVERIFY2(OrganiseStore::addTagsInTransaction(db, QStringLiteral("santacoder dont reach for the stars"),
                                                     {QStringLiteral(" llm "), QStringLiteral("code"), QString()},
                                                     &error),
                 qPrintable(error));
        QVERIFY(db.commit());
        OrganiseStore org(store);
        QCOMPARE(org.marks(idByKey(store, QStringLiteral("allal2023santacoder"))).tags,
                 (QStringList{QStringLiteral("code"), QStringLiteral("llm")}));
    }

    void migratesAStoreOfTheLastRelease()
    {
        if (!sqliteRow())
            QSKIP("a SQLite file of the last release");
        // Written by Paperscope before the organise data existed (schema 3).
        const QString path = m_dir.filePath(QStringLiteral("v3.sqlite"));
        QVERIFY(QFile::copy(fixture(QStringLiteral("store-v3.sqlite")), path));
        QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
        PaperStore store;
        QVERIFY2(store.open(path), qPrintable(store.lastError()));
        QCOMPARE(store.schemaVersion(), StoreSchema::currentVersion);
        QCOMPARE(store.paperCount(), 10);
        const QVector<qint64> ids = store.paperIds(PaperFilter(), PaperSort::Date, Qt::AscendingOrder);
        QCOMPARE(ids.size(), 10);
        QCOMPARE(store.papersByIds(ids).size(), 10);
        {
            OrganiseStore org(store);
            QCOMPARE(org.addTag(QStringLiteral("migrated"), ids), 10);
            QCOMPARE(org.setStarred(ids.mid(0, 3), true), 3);
            CollectionStore c(org);
            QVERIFY(c.createCollection(QStringLiteral("All")));
            QCOMPARE(c.addPapers(QStringLiteral("All"), ids), 10);
        }
        store.close();
        PaperStore again;
        QVERIFY(again.open(path));
        PaperFilter f;
        f.tags = QStringList{QStringLiteral("migrated")};
        f.starredOnly = true;
        QCOMPARE(again.paperCount(f), 3);
        f = PaperFilter();
        f.collections = QStringList{QStringLiteral("All")};
        QCOMPARE(again.paperCount(f), 10);
    }
};

QTEST_GUILESS_MAIN(TestOrganiseStore)
#include "tst_organisestore.moc"
