// Tests for batch imports (ImportBatch, PaperStore::beginImportBatch and
// ImportBatchTransaction): many profiles share a transaction, yet each
// lands whole or not at all (a refusal's replay: tst_importbatchreplay), a result is only reported once it is in the
// store (as another connection sees it), results keep their order, and
// what was not committed is rolled back.
#include "importbatch.h"
#include "paperstore.h"
#include "support/profilemaker.h"
#include "support/twoconnections.h"

#include <QTemporaryDir>
#include <QtTest>

#include <algorithm>
#include <memory>

namespace {
ProfileRecord profile(const QString &name, const QString &prefix, int papers)
{
    ProfileRecord p;
    p.name = name; // no Novelty or AI Score: re-importing it must still change nothing
    for (int i = 0; i < papers; ++i) {
        PaperRecord paper;
        paper.title = QStringLiteral("%1 %2").arg(prefix).arg(i);
        paper.date = QDate(2024, 1, 1 + i % 28);
        paper.category = QStringLiteral("SE");
        paper.authors = QStringList{name, QStringLiteral("Shared Author")};
        paper.affiliations = QStringList{QStringLiteral("test-lab")};
        p.papers << paper;
    }
    return p;
}
} // namespace

class TestImportBatch : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;
    TwoConnections m_db;

private slots:
    void init()
    {
        static int n = 0;
        QVERIFY(m_db.open(m_dir.filePath(QStringLiteral("batch%1.sqlite").arg(++n))));
    }
    void cleanup() { m_db.close(); }

    // A profile the store refuses takes the batch's transaction back (no
    // savepoint per profile) and says so; imported again (as ImportBatch
    // does), the earlier profiles then each have a savepoint until the
    // commit, so a refusal among them goes back alone.
    void aRefusalTakesTheBatchBackAndItsReplayKeepsEachWhole()
    {
        QVERIFY(m_db.store->beginImportBatch());
        QVERIFY(m_db.store->importProfile(profile(QStringLiteral("First Person"), QStringLiteral("First"), 5)).ok);
        ProfileRecord refused = profile(QString(), QStringLiteral("Refused"), 4); // no name: the store says no
        const ImportOutcome bad = m_db.store->importProfile(refused);
        QVERIFY(!bad.ok);
        QVERIFY(bad.batchRolledBack);
        QVERIFY2(bad.error.startsWith(QStringLiteral("nothing was imported")), qPrintable(bad.error));
        const ImportOutcome again = m_db.store->importProfile(profile(QStringLiteral("First Person"), QStringLiteral("First"), 5));
        QVERIFY(again.ok);
        QCOMPARE(again.papersAdded, 5); // nothing of it was left
        const ImportOutcome badAgain = m_db.store->importProfile(refused);
        QVERIFY(!badAgain.ok);
        QVERIFY(!badAgain.batchRolledBack); // a savepoint of its own now
        const ImportOutcome second = m_db.store->importProfile(profile(QStringLiteral("Second Person"), QStringLiteral("Second"), 3));
        QVERIFY(second.ok);
        QCOMPARE(second.papersAdded, 3);
        QCOMPARE(m_db.other->paperCount(), 0); // nothing visible before the commit
        QVERIFY(m_db.store->commitImportBatch(false));
        QCOMPARE(m_db.other->paperCount(), 8);
        QCOMPARE(m_db.other->profiles().size(), 2);
        PaperFilter refusedOnes;
        refusedOnes.text = QStringLiteral("Refused");
        QCOMPARE(m_db.other->paperCount(refusedOnes), 0);
        // Known authors and affiliations are shared, not duplicated.
        QCOMPARE(m_db.other->facetCounts(Facet::Affiliation, PaperFilter()).size(), 1);
    }

    // The first profile of a transaction goes in without a savepoint: when
    // it fails, the whole transaction goes back (it holds nothing else), and
    // the next profile begins a new one and lands, search index included.
    void aRefusedFirstProfileLeavesNothingAndTheBatchGoesOn()
    {
        QVERIFY(m_db.store->beginImportBatch());
        int asked = 0;
        m_db.store->setImportProgress([&](int, int) { return ++asked < 1; }); // stops at the first question
        const ImportOutcome cancelled = m_db.store->importProfile(profile(QStringLiteral("Big Person"), QStringLiteral("Big"), 1600));
        QVERIFY(!cancelled.ok);
        QVERIFY(!cancelled.batchRolledBack); // it was the first: nothing else went back
        QVERIFY2(cancelled.error.contains(QStringLiteral("cancelled")), qPrintable(cancelled.error));
        m_db.store->setImportProgress({});
        const ImportOutcome refused = m_db.store->importProfile(profile(QString(), QStringLiteral("Refused"), 4));
        QVERIFY(!refused.ok);
        const ImportOutcome first = m_db.store->importProfile(profile(QStringLiteral("First Person"), QStringLiteral("First"), 5));
        QVERIFY(first.ok);
        QCOMPARE(first.papersAdded, 5);
        const ImportOutcome second = m_db.store->importProfile(profile(QStringLiteral("Second Person"), QStringLiteral("Second"), 3));
        QVERIFY(second.ok);
        QCOMPARE(m_db.other->paperCount(), 0);
        QVERIFY(m_db.store->commitImportBatch(false));

        QCOMPARE(m_db.other->paperCount(), 8);
        QCOMPARE(m_db.other->profiles().size(), 2);
        PaperFilter words;
        words.text = QStringLiteral("Big");
        QCOMPARE(m_db.other->paperCount(words), 0);
        words.text = QStringLiteral("Refused");
        QCOMPARE(m_db.other->paperCount(words), 0);
        words.text = QStringLiteral("Second");
        QCOMPARE(m_db.other->paperCount(words), 3);
        words.text = QStringLiteral("First");
        QCOMPARE(m_db.other->paperCount(words), 5);
        // Authors and affiliations looked up before the rollback were not kept as ids.
        QCOMPARE(m_db.other->facetCounts(Facet::Affiliation, PaperFilter()).size(), 1);
    }

    void reimportInABatchChangesNothing()
    {
        QVERIFY(m_db.store->importProfile(profile(QStringLiteral("First Person"), QStringLiteral("First"), 5)).ok);
        QVERIFY(m_db.store->beginImportBatch());
        const ImportOutcome again = m_db.store->importProfile(profile(QStringLiteral("First Person"), QStringLiteral("First"), 5));
        QVERIFY(again.ok);
        QVERIFY2(again.changedNothing(), qPrintable(QStringLiteral("added %1 profile %2/%3 links %4 affiliations %5").arg(again.papersAdded).arg(again.profileAdded).arg(again.profileUpdated).arg(again.linksAdded).arg(again.affiliationsAdded)));
        QVERIFY(m_db.store->commitImportBatch(false));
        QCOMPARE(m_db.other->paperCount(), 5);
    }

    void uncommittedIsRolledBack()
    {
        QVERIFY(m_db.store->beginImportBatch());
        QVERIFY(m_db.store->importProfile(profile(QStringLiteral("First Person"), QStringLiteral("First"), 5)).ok);
        m_db.store->rollbackImportBatch();
        QCOMPARE(m_db.other->paperCount(), 0);
        QVERIFY(m_db.store->beginImportBatch());
        QVERIFY(m_db.store->importProfile(profile(QStringLiteral("First Person"), QStringLiteral("First"), 5)).ok);
        m_db.store.reset(); // closed (or killed) before the commit
        QCOMPARE(m_db.other->paperCount(), 0);
        m_db.store = std::make_unique<PaperStore>();
        QVERIFY(m_db.store->open(m_db.path));
        QVERIFY(m_db.store->importProfile(profile(QStringLiteral("First Person"), QStringLiteral("First"), 5)).ok);
        QCOMPARE(m_db.other->paperCount(), 5); // outside a batch: at once, as always
    }

    void keysAndDuplicatesWithinOneProfile()
    {
        // New papers go in many rows a statement: keys must stay unique among
        // them, and a paper listed twice must merge as it always did.
        ProfileRecord p = profile(QStringLiteral("Solo Writer"), QStringLiteral("Study"), 70);
        PaperRecord twice = p.papers.at(3);
        twice.hasCode = true;
        twice.affiliations = QStringList{QStringLiteral("second-lab")};
        p.papers << twice;
        const ImportOutcome outcome = m_db.store->importProfile(p);
        QVERIFY2(outcome.ok, qPrintable(outcome.error));
        QCOMPARE(outcome.papersAdded, 70);
        QCOMPARE(outcome.papersKnown, 1);
        QCOMPARE(outcome.affiliationsAdded, 1);
        QCOMPARE(m_db.other->paperCount(), 70);
        QSet<QString> keys;
        const QVector<qint64> ids = m_db.other->paperIds(PaperFilter(), PaperSort::Title, Qt::AscendingOrder);
        for (const PaperRecord &paper : m_db.other->papersByIds(ids))
            keys.insert(paper.citationKey);
        QCOMPARE(keys.size(), 70);
        QVERIFY(keys.contains(QStringLiteral("writer2024study")));
        QVERIFY(keys.contains(QStringLiteral("writer2024studya")));
        PaperFilter merged;
        merged.affiliations = QStringList{QStringLiteral("second-lab")};
        merged.hasCodeOnly = true;
        QCOMPARE(m_db.other->paperCount(merged), 1);
        QCOMPARE(m_db.other->papers(merged, PaperSort::Title, Qt::AscendingOrder, 0, 1).first().affiliations,
                 (QStringList{QStringLiteral("second-lab"), QStringLiteral("test-lab")}));
        // Ids follow one another as a row-by-row insert numbered them.
        QVector<qint64> sorted = ids;
        std::sort(sorted.begin(), sorted.end());
        QCOMPARE(sorted.first(), qint64(1));
        QCOMPARE(sorted.last(), qint64(70));
    }

    void reportsInOrderOnceInTheStore()
    {
        QStringList files;
        for (int i = 0; i < 30; ++i) {
            const QString path = m_dir.filePath(QStringLiteral("p%1-%2.txt").arg(i).arg(m_db.path.size()));
            QVERIFY(ProfileMaker::write(path, QStringLiteral("Person %1").arg(i),
                                        ProfileMaker::numbered(QStringLiteral("Topic %1 paper").arg(i), 20)));
            files << path;
        }
        files.insert(7, m_dir.filePath(QStringLiteral("missing.txt")));
        QStringList reported;
        int landed = 0;
        bool visible = true;
        {
            ImportBatch batch(*m_db.store, [&](const FileImportResult &r) {
                reported << r.source;
                landed += r.ok ? r.outcome.papersAdded : 0;
                visible = visible && m_db.other->paperCount() >= landed;
            });
            for (const QString &file : files)
                batch.importFile(file);
            QVERIFY(batch.finish());
        }
        QCOMPARE(reported, files);
        QVERIFY(visible);
        QCOMPARE(landed, 600);
        QCOMPARE(m_db.other->paperCount(), 600);
    }
};

QTEST_GUILESS_MAIN(TestImportBatch)
#include "tst_importbatch.moc"
