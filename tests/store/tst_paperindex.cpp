// Tests for the in-memory index (PaperIndex, its loader and StoreIndex):
// over a store of varied synthetic papers, every answer through an indexed
// PaperStore (counts, ordered ids for every sort and order, facet counts,
// chart counts) must be exactly the SQL answer of a plain PaperStore on the
// same file, for a few hundred random filters. Also: a store change makes
// the index stale and the next answer fresh again, and a large store is
// read on the worker and says ready(), and its searches run on a worker
// that answers the newest text.
#include "arxivatomparser.h"
#include "filtersql.h"
#include "paperindex.h"
#include "paperstore.h"
#include "storearxiv.h"
#include "storeindex.h"
#include "support/countcompare.h"
#include "textsearchworker.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

#include <memory>
#include <random>

using namespace CountCompare;

namespace {

const QStringList categories = {QStringLiteral("SE"), QStringLiteral("LG"), QStringLiteral("CL"),
                                QStringLiteral("stat.ML"), QString()};
const QStringList slugs = {QStringLiteral("meta-ai"), QStringLiteral("cmu"), QStringLiteral("mit"),
                           QStringLiteral("z\u00fcrich-lab"), QStringLiteral("huggingface")};
const QStringList words = {QStringLiteral("graph"), QStringLiteral("code"), QStringLiteral("model"),
                           QStringLiteral("models"), QStringLiteral("rare"), QStringLiteral("proof")};
const QStringList people = {QStringLiteral("Ada Lovecode"), QStringLiteral("Grace Hopscotch"),
                            QStringLiteral("\u00c9mile Zola"), QStringLiteral("Bo Builder")};

// Profiles sharing some of `papers` papers with varied attributes.
QVector<ProfileRecord> syntheticProfiles(int papers, unsigned seed)
{
    std::mt19937 rng(seed);
    const auto pick = [&](const QStringList &list) { return list.at(int(rng() % list.size())); };
    QVector<ProfileRecord> profiles(people.size());
    for (int k = 0; k < profiles.size(); ++k)
        profiles[k].name = people.at(k);
    for (int i = 0; i < papers; ++i) {
        PaperRecord p;
        p.title = QStringLiteral("Paper %1 on %2 and %3").arg(i).arg(pick(words), pick(words));
        if (rng() % 10 != 0)
            p.date = QDate(2015 + int(rng() % 10), 1 + int(rng() % 12), 1 + int(rng() % 28));
        p.category = pick(categories);
        p.hasCode = rng() % 3 == 0;
        p.authors << pick(people) << QStringLiteral("Co Author%1").arg(rng() % 7);
        for (int a = int(rng() % 3); a > 0; --a)
            p.affiliations << pick(slugs);
        p.affiliations.removeDuplicates();
        p.abstract = QStringLiteral("We study %1 with %2.").arg(pick(words), pick(words));
        profiles[int(rng() % profiles.size())].papers << p;
        if (rng() % 4 == 0) // shared, sometimes with one more affiliation
            profiles[int(rng() % profiles.size())].papers << p;
    }
    return profiles;
}

PaperFilter randomFilter(std::mt19937 &rng)
{
    const auto some = [&](const QStringList &list) {
        QStringList out;
        for (const QString &v : list) {
            if (rng() % 4 == 0)
                out << v;
        }
        return out;
    };
    PaperFilter f;
    if (rng() % 2)
        f.categories = some(categories + QStringList{QStringLiteral("XX")});
    if (rng() % 3 == 0)
        f.yearFrom = 2015 + int(rng() % 10);
    if (rng() % 3 == 0)
        f.yearTo = 2015 + int(rng() % 10);
    if (rng() % 4 == 0)
        f.years = {2016 + int(rng() % 8), 2016 + int(rng() % 8)};
    if (rng() % 3 == 0)
        f.affiliations = some(slugs + QStringList{QStringLiteral("nowhere")});
    if (rng() % 3 == 0)
        f.profiles = some(people);
    if (rng() % 3 == 0)
        f.text = rng() % 5 == 0 ? QStringLiteral("\"*") : words.at(int(rng() % words.size())).left(3 + int(rng() % 3));
    f.hasCodeOnly = rng() % 4 == 0;
    f.hasArxivOnly = rng() % 8 == 0;
    return f;
}

QString describe(const PaperFilter &f)
{
    return QStringLiteral("cat=%1 from=%2 to=%3 years=%4 aff=%5 prof=%6 text='%7' code=%8 arxiv=%9")
        .arg(f.categories.join(QLatin1Char('|'))).arg(f.yearFrom).arg(f.yearTo).arg(f.years.size())
        .arg(f.affiliations.join(QLatin1Char('|')), f.profiles.join(QLatin1Char('|')), f.text)
        .arg(f.hasCodeOnly).arg(f.hasArxivOnly);
}

} // namespace

class TestPaperIndex : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;
    QString m_path;
    std::unique_ptr<PaperStore> m_sql;
    std::unique_ptr<PaperStore> m_indexed;

    void importAll(PaperStore &store, int papers, unsigned seed)
    {
        for (const ProfileRecord &profile : syntheticProfiles(papers, seed))
            QVERIFY2(store.importProfile(profile).ok, qPrintable(store.lastError()));
    }

    void compareUnder(const PaperFilter &f)
    {
        const QString where = describe(f);
        QVERIFY2(m_indexed->paperCount(f) == m_sql->paperCount(f), qPrintable(QStringLiteral("count %1 vs %2 under %3").arg(m_indexed->paperCount(f)).arg(m_sql->paperCount(f)).arg(where)));
        for (int s = 0; s < PaperIndex::sortCount; ++s) {
            for (Qt::SortOrder order : {Qt::AscendingOrder, Qt::DescendingOrder}) {
                const PaperSort sort = PaperSort(s);
                QVERIFY2(m_indexed->paperIds(f, sort, order) == m_sql->paperIds(f, sort, order),
                         qPrintable(QStringLiteral("order %1/%2 under %3").arg(s).arg(int(order)).arg(where)));
            }
        }
        const QVector<PaperRecord> page = m_indexed->papers(f, PaperSort::Title, Qt::DescendingOrder, 3, 5);
        const QVector<PaperRecord> sqlPage = m_sql->papers(f, PaperSort::Title, Qt::DescendingOrder, 3, 5);
        QCOMPARE(page.size(), sqlPage.size());
        for (int i = 0; i < page.size(); ++i)
            QCOMPARE(page.at(i).id, sqlPage.at(i).id);
        for (Facet facet : {Facet::Category, Facet::Year, Facet::Affiliation, Facet::Profile}) {
            for (bool exclude : {false, true}) {
                QVERIFY2(sameCounts(m_indexed->facetCounts(facet, f, exclude), m_sql->facetCounts(facet, f, exclude)),
                         qPrintable(QStringLiteral("facet %1/%2 under %3").arg(int(facet)).arg(exclude).arg(where)));
            }
        }
        QVERIFY2(sameYears(m_indexed->yearCategoryCounts(f), m_sql->yearCategoryCounts(f)), qPrintable(where));
        QVERIFY2(sameYears(m_indexed->profileYearCounts(f, people), m_sql->profileYearCounts(f, people)),
                 qPrintable(where));
    }

private slots:
    void init()
    {
        static int n = 0;
        m_path = m_dir.filePath(QStringLiteral("index%1.sqlite").arg(++n));
        m_sql = std::make_unique<PaperStore>();
        m_indexed = std::make_unique<PaperStore>();
        QVERIFY(m_sql->open(m_path));
        QVERIFY(m_indexed->open(m_path));
        QVERIFY(m_indexed->enableIndex());
    }
    void cleanup()
    {
        m_indexed.reset();
        m_sql.reset();
    }

    void emptyStore()
    {
        QVERIFY(m_indexed->index()->isFresh());
        compareUnder(PaperFilter());
    }

    void answersLikeSql()
    {
        importAll(*m_sql, 600, 7);
        // A few papers with an arXiv id, for hasArxivOnly.
        const QVector<qint64> ids = m_sql->paperIds(PaperFilter(), PaperSort::Date, Qt::AscendingOrder);
        for (int i = 0; i < ids.size(); i += 37) {
            ArxivEntry entry;
            entry.id = QStringLiteral("2301.%1").arg(10000 + i);
            QVERIFY(m_sql->arxiv().applyMatch(ids.at(i), entry, QString(), QString()));
        }
        QVERIFY(m_indexed->index()->isFresh()); // small: read at once
        compareUnder(PaperFilter());
        std::mt19937 rng(11);
        for (int i = 0; i < 300; ++i)
            compareUnder(randomFilter(rng));
    }

    void staleAfterAnotherConnectionWrites()
    {
        importAll(*m_sql, 50, 3);
        QCOMPARE(m_indexed->paperCount(), m_sql->paperCount());
        importAll(*m_sql, 80, 4); // another connection commits: data_version moves
        QCOMPARE(m_indexed->paperCount(), m_sql->paperCount());
        const QVector<qint64> ids = m_indexed->paperIds(PaperFilter(), PaperSort::Date, Qt::AscendingOrder);
        m_indexed->removePapers(ids.mid(0, 10)); // this connection writes: total_changes() moves
        QCOMPARE(m_indexed->paperCount(), m_sql->paperCount());
        compareUnder(PaperFilter());
    }

    void largeStoreIsReadOnTheWorker()
    {
        importAll(*m_sql, 400, 5);
        m_indexed.reset(new PaperStore);
        QVERIFY(m_indexed->open(m_path));
        StoreIndex *index = m_indexed->enableIndex();
        index->setSyncLimit(100); // "large" for this test
        QSignalSpy ready(index, &StoreIndex::ready);
        // While the first read runs, the list comes from SQL and the counts are empty.
        QCOMPARE(m_indexed->paperCount(), m_sql->paperCount());
        QVERIFY(index->isBuilding());
        QVERIFY(m_indexed->facetCounts(Facet::Category, PaperFilter()).isEmpty());
        QVERIFY(ready.wait(30000));
        QVERIFY(index->isFresh());
        compareUnder(PaperFilter());
        PaperFilter f;
        f.categories = QStringList{QStringLiteral("LG")};
        // A sort order it has not read yet: SQL at once, then read on the worker.
        QCOMPARE(m_indexed->paperIds(f, PaperSort::Title, Qt::AscendingOrder),
                 m_sql->paperIds(f, PaperSort::Title, Qt::AscendingOrder));
        QVERIFY(ready.wait(30000));
        compareUnder(f);
    }

    void searchesOnTheWorkerInALargeStore()
    {
        importAll(*m_sql, 400, 9);
        StoreIndex *index = m_indexed->index();
        index->setSyncLimit(100);
        QSignalSpy ready(index, &StoreIndex::ready);
        m_indexed->paperCount(); // starts the first read
        QVERIFY(ready.wait(30000));
        QSignalSpy text(index, &StoreIndex::textReady);
        QVERIFY(index->prepareText(QStringLiteral("code")));   // superseded below
        QVERIFY(index->prepareText(QStringLiteral("proof")));
        QVERIFY(text.wait(30000));
        QCOMPARE(text.count(), 1);
        QCOMPARE(text.first().first().toString(), QStringLiteral("proof"));
        QVERIFY(!index->prepareText(QStringLiteral("proof"))); // known now
        PaperFilter f;
        f.text = QStringLiteral("proof");
        compareUnder(f);
        QVERIFY(!index->prepareText(QStringLiteral("  \"*"))); // nothing to search for

        // The same words typed again while they are looked up: one answer, named by the latest text.
        text.clear();
        QVERIFY(index->prepareText(QStringLiteral("graph mod")));
        QVERIFY(index->prepareText(QStringLiteral("graph, mod ")));
        QCOMPARE(index->textSearch()->pending(), FilterSql::ftsQuery(QStringLiteral("graph mod")));
        QVERIFY(text.wait(30000));
        QCOMPARE(text.count(), 1);
        QCOMPARE(text.first().first().toString(), QStringLiteral("graph, mod "));
        f.text = QStringLiteral("graph, mod ");
        compareUnder(f);
        // A text with nothing to look up cancels the pending one.
        QVERIFY(index->prepareText(QStringLiteral("rare")));
        QVERIFY(!index->prepareText(QString()));
        QVERIFY(index->textSearch()->pending().isEmpty());
    }

    // A search typed while a large store is first read (issue 16): it waits
    // for the read and is looked up after it, so no filter under that text
    // is answered by SQL on the GUI thread meanwhile.
    void searchTypedDuringTheFirstReadWaitsForIt()
    {
        importAll(*m_sql, 400, 17);
        m_indexed.reset(new PaperStore);
        QVERIFY(m_indexed->open(m_path));
        StoreIndex *index = m_indexed->enableIndex();
        index->setSyncLimit(100);
        QStringList events;
        connect(index, &StoreIndex::ready, this, [&events] { events << QStringLiteral("ready"); });
        connect(index, &StoreIndex::textReady, this, [&events, index](const QString &text) {
            events << QStringLiteral("text %1, index %2").arg(text, index->isFresh() ? QStringLiteral("read") : QStringLiteral("not read"));
        });
        m_indexed->paperCount(); // starts the first read
        QVERIFY(index->isBuilding());
        QVERIFY(index->prepareText(QStringLiteral("code"))); // superseded below
        QVERIFY(index->prepareText(QStringLiteral("proof")));
        QVERIFY(index->textSearch() == nullptr || index->textSearch()->pending().isEmpty());
        QTRY_VERIFY_WITH_TIMEOUT(events.filter(QStringLiteral("text")).size() == 1, 30000);
        QCOMPARE(events.filter(QStringLiteral("text")).first(), QStringLiteral("text proof, index read"));
        QVERIFY(events.indexOf(QStringLiteral("ready")) >= 0);
        QVERIFY(!index->prepareText(QStringLiteral("proof"))); // known now
        PaperFilter f;
        f.text = QStringLiteral("proof");
        compareUnder(f);
        // Cleared during a read: nothing waits, the list applies at once.
        m_indexed.reset(new PaperStore);
        QVERIFY(m_indexed->open(m_path));
        index = m_indexed->enableIndex();
        index->setSyncLimit(100);
        m_indexed->paperCount();
        QVERIFY(index->prepareText(QStringLiteral("proof")));
        QVERIFY(!index->prepareText(QString()));
        QSignalSpy text(index, &StoreIndex::textReady);
        QSignalSpy ready(index, &StoreIndex::ready);
        QVERIFY(ready.wait(30000));
        QCOMPARE(text.count(), 0);
    }

    void sortsByYearCategoryAndCodeWithoutStoredOrders()
    {
        importAll(*m_sql, 300, 13);
        PaperFilter f;
        f.hasCodeOnly = true;
        for (PaperSort sort : {PaperSort::Year, PaperSort::Category, PaperSort::Code}) {
            QVERIFY(PaperIndex::isDerivedOrder(sort));
            for (Qt::SortOrder order : {Qt::AscendingOrder, Qt::DescendingOrder}) {
                QCOMPARE(m_indexed->paperIds(PaperFilter(), sort, order), m_sql->paperIds(PaperFilter(), sort, order));
                QCOMPARE(m_indexed->paperIds(f, sort, order), m_sql->paperIds(f, sort, order));
            }
        }
    }
};

QTEST_GUILESS_MAIN(TestPaperIndex)
#include "tst_paperindex.moc"
