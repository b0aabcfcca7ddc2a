// Tests for the user-data part of the in-memory index (OrganiseIndex, read
// by PaperIndexLoader, asked by StoreIndex and OrganiseCounts): over a
// store with tags (names differing in case too), stars, reading states and
// nested collections, every answer of an indexed PaperStore under filters
// by tag, star, state and collection (alone and with the other facets) is
// exactly the SQL answer of a plain PaperStore on the same file: counts,
// ordered ids, facet counts, chart counts and the Organise panel's counts.
// The index really answers them (no SQL fallback), and stays right after a
// tag, star, state or membership change made on the same connection (the
// index goes stale through total_changes() and is read again) and after
// one from another connection.

#include "collectionstore.h"
#include "organisecounts.h"
#include "organisestore.h"
#include "paperindex.h"
#include "paperstore.h"
#include "storeindex.h"
#include "support/countcompare.h"
#include "support/randompick.h"

#include <QTemporaryDir>
#include <QtTest>

#include <memory>
#include <random>

using namespace CountCompare;
using RandomPick::some;

namespace {

const QStringList categories = {QStringLiteral("SE"), QStringLiteral("LG"), QStringLiteral("CL")};
const QStringList tagNames = {QStringLiteral("Thesis"), QStringLiteral("ml"), QStringLiteral("z\u00fcrich"),
                              QStringLiteral("to-read")};
// What filters ask for: other spellings, unknown names, padding.
const QStringList tagQueries = {QStringLiteral("thesis"), QStringLiteral("ML"), QStringLiteral("z\u00fcrich"),
                                QStringLiteral("Z\u00fcrich"), QStringLiteral(" to-read "), QStringLiteral("none"),
                                QStringLiteral("never-used")};
const QStringList collectionQueries = {QStringLiteral("Work"), QStringLiteral("chapter 2"), QStringLiteral("Reading group"),
                                       QStringLiteral("nowhere")};
const QStringList stateQueries = {QStringLiteral("unread"), QStringLiteral("reading"), QStringLiteral("read"),
                                  QStringLiteral("bogus")};

QVector<ProfileRecord> profiles(int papers, unsigned seed)
{
    std::mt19937 rng(seed);
    QVector<ProfileRecord> out(3);
    for (int k = 0; k < out.size(); ++k)
        out[k].name = QStringLiteral("Person %1").arg(k);
    for (int i = 0; i < papers; ++i) {
        PaperRecord p;
        p.title = QStringLiteral("Organised paper %1 of seed %2").arg(i).arg(seed);
        if (rng() % 8 != 0)
            p.date = QDate(2016 + int(rng() % 8), 1 + int(rng() % 12), 1 + int(rng() % 28));
        p.category = categories.at(int(rng() % categories.size()));
        p.authors << QStringLiteral("Author %1").arg(rng() % 5);
        p.affiliations << QStringLiteral("lab-%1").arg(rng() % 3);
        out[int(rng() % out.size())].papers << p;
    }
    return out;
}

PaperFilter randomFilter(std::mt19937 &rng)
{
    PaperFilter f;
    if (rng() % 2)
        f.tags = some(tagQueries, rng);
    f.starredOnly = rng() % 4 == 0;
    if (rng() % 3 == 0)
        f.states = some(stateQueries, rng);
    if (rng() % 3 == 0)
        f.collections = some(collectionQueries, rng);
    if (rng() % 3 == 0)
        f.categories = some(categories, rng);
    if (rng() % 4 == 0)
        f.yearFrom = 2018;
    if (rng() % 6 == 0)
        f.text = QStringLiteral("seed");
    return f;
}

QString describe(const PaperFilter &f)
{
    return QStringLiteral("tags=%1 starred=%2 states=%3 collections=%4 cat=%5 from=%6 text=%7")
        .arg(f.tags.join(QLatin1Char('|'))).arg(f.starredOnly).arg(f.states.join(QLatin1Char('|')))
        .arg(f.collections.join(QLatin1Char('|')), f.categories.join(QLatin1Char('|'))).arg(f.yearFrom).arg(f.text);
}

} // namespace

class TestOrganiseIndex : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;
    std::unique_ptr<PaperStore> m_sql;
    std::unique_ptr<PaperStore> m_indexed;
    QVector<qint64> m_ids;

    void compareUnder(const PaperFilter &f)
    {
        const QString where = describe(f);
        QVERIFY2(m_indexed->paperCount(f) == m_sql->paperCount(f),
                 qPrintable(QStringLiteral("count %1 vs %2 under %3").arg(m_indexed->paperCount(f)).arg(m_sql->paperCount(f)).arg(where)));
        for (PaperSort sort : {PaperSort::Date, PaperSort::Title, PaperSort::Year}) {
            QVERIFY2(m_indexed->paperIds(f, sort, Qt::DescendingOrder) == m_sql->paperIds(f, sort, Qt::DescendingOrder),
                     qPrintable(QStringLiteral("order %1 under %2").arg(int(sort)).arg(where)));
        }
        for (Facet facet : {Facet::Category, Facet::Year, Facet::Affiliation, Facet::Profile}) {
            QVERIFY2(sameCounts(m_indexed->facetCounts(facet, f, true), m_sql->facetCounts(facet, f, true)),
                     qPrintable(QStringLiteral("facet %1 under %2").arg(int(facet)).arg(where)));
        }
        QVERIFY2(sameYears(m_indexed->yearCategoryCounts(f), m_sql->yearCategoryCounts(f)), qPrintable(where));
        const OrganiseCounts indexed(*m_indexed), sql(*m_sql);
        for (OrganiseFacet facet : {OrganiseFacet::Tag, OrganiseFacet::State, OrganiseFacet::Starred}) {
            for (bool exclude : {false, true}) {
                QVERIFY2(sameCounts(indexed.counts(facet, f, exclude), sql.counts(facet, f, exclude)),
                         qPrintable(QStringLiteral("organise %1/%2 under %3").arg(int(facet)).arg(exclude).arg(where)));
            }
        }
        // The index answered them itself.
        int count = -1;
        QVERIFY2(m_indexed->index()->count(f, &count), qPrintable(where));
        QVector<FacetCount> rows;
        QVERIFY(m_indexed->index()->organiseCounts(OrganiseFacet::Tag, f, true, &rows));
    }

    void compareMany(unsigned seed)
    {
        compareUnder(PaperFilter());
        std::mt19937 rng(seed);
        for (int i = 0; i < 150; ++i) {
            compareUnder(randomFilter(rng));
            if (QTest::currentTestFailed())
                return;
        }
    }

    QVector<qint64> every(int step, int from)
    {
        QVector<qint64> out;
        for (int i = from; i < m_ids.size(); i += step)
            out << m_ids.at(i);
        return out;
    }

private slots:
    void init()
    {
        static int n = 0;
        const QString path = m_dir.filePath(QStringLiteral("organise%1.sqlite").arg(++n));
        m_sql = std::make_unique<PaperStore>();
        m_indexed = std::make_unique<PaperStore>();
        QVERIFY(m_sql->open(path));
        QVERIFY(m_indexed->open(path));
        QVERIFY(m_indexed->enableIndex());
        for (const ProfileRecord &profile : profiles(400, 5))
            QVERIFY2(m_sql->importProfile(profile).ok, qPrintable(m_sql->lastError()));
        m_ids = m_sql->paperIds(PaperFilter(), PaperSort::Date, Qt::AscendingOrder);
        QVERIFY(m_ids.size() > 300);

        // Marks made on the indexed store's own connection.
        OrganiseStore org(*m_indexed);
        for (int t = 0; t < tagNames.size(); ++t)
            QVERIFY2(org.addTag(tagNames.at(t), every(3 + t, t)) > 0, qPrintable(org.error()));
        QVERIFY(org.addTag(QStringLiteral("never-used"), {}) >= 0);
        QVERIFY(org.setStarred(every(9, 1), true) > 0);
        QVERIFY(org.setState(every(5, 0), 2) > 0);
        QVERIFY(org.setState(every(7, 3), 1) > 0);
        CollectionStore collections(org);
        QVERIFY(collections.createCollection(QStringLiteral("Work")));
        QVERIFY(collections.createCollection(QStringLiteral("Chapter 2"), QStringLiteral("Work")));
        QVERIFY(collections.createCollection(QStringLiteral("Figures"), QStringLiteral("Chapter 2")));
        QVERIFY(collections.createCollection(QStringLiteral("Reading group")));
        QVERIFY(collections.addPapers(QStringLiteral("Work"), every(10, 0)) > 0);
        QVERIFY(collections.addPapers(QStringLiteral("Chapter 2"), every(13, 2)) > 0);
        QVERIFY(collections.addPapers(QStringLiteral("Figures"), every(17, 4)) > 0);
        QVERIFY(collections.addPapers(QStringLiteral("Reading group"), every(6, 5)) > 0);
        // A tagged, starred member removed: its marks stay (kept by title), the index leaves it out.
        QCOMPARE(m_indexed->removePapers({m_ids.at(0), m_ids.at(10)}).papers.size(), 2);
        m_ids.remove(10);
        m_ids.remove(0);
    }
    void cleanup()
    {
        m_indexed.reset();
        m_sql.reset();
    }

    void answersLikeSql()
    {
        compareMany(3);
    }

    void tagChangeOnTheSameConnection()
    {
        compareUnder(PaperFilter());
        PaperFilter ml;
        ml.tags = QStringList{QStringLiteral("ml")};
        const int before = m_indexed->paperCount(ml);
        QVERIFY(m_indexed->index()->isFresh());
        const quint64 read = m_indexed->index()->buildCount();

        OrganiseStore org(*m_indexed);
        QVERIFY(org.addTag(QStringLiteral("ML"), every(2, 1)) > 0); // the same tag, another spelling
        QVERIFY(m_indexed->paperCount(ml) > before);
        QCOMPARE(m_indexed->paperCount(ml), m_sql->paperCount(ml));
        QVERIFY(m_indexed->index()->buildCount() > read); // read again after the change, not answered by SQL
        compareUnder(ml);

        QVERIFY(org.removeTag(QStringLiteral("thesis"), every(2, 0)) > 0);
        QVERIFY(org.setStarred(every(4, 0), true) > 0);
        QVERIFY(org.setState(every(3, 0), 0) > 0);
        CollectionStore collections(org);
        PaperFilter work;
        work.collections = QStringList{QStringLiteral("Work")}; // with the ones nested in it
        const QVector<qint64> inWork = m_indexed->paperIds(work, PaperSort::Date, Qt::AscendingOrder);
        QVERIFY(collections.removePapers(QStringLiteral("Work"), inWork.mid(0, int(inWork.size()) / 2)) > 0);
        QVERIFY(collections.addPapers(QStringLiteral("Figures"), every(11, 1)) > 0);
        compareMany(4);
    }

    void changeFromAnotherConnection()
    {
        PaperFilter starred;
        starred.starredOnly = true;
        const int before = m_indexed->paperCount(starred);
        OrganiseStore org(*m_sql);
        QVERIFY(org.setStarred(every(2, 0), true) > 0);
        QVERIFY(org.addTag(QStringLiteral("new tag"), every(8, 3)) > 0);
        QVERIFY(m_indexed->paperCount(starred) > before);
        compareMany(5);
    }

    void deletedCollectionMatchesNothing()
    {
        OrganiseStore org(*m_indexed);
        QVERIFY(CollectionStore(org).deleteCollection(QStringLiteral("Chapter 2")));
        PaperFilter f;
        f.collections = QStringList{QStringLiteral("Figures")};
        QCOMPARE(m_indexed->paperCount(f), 0);
        f.collections = QStringList{QStringLiteral("Work")};
        QCOMPARE(m_indexed->paperCount(f), m_sql->paperCount(f));
        compareMany(6);
    }
};

QTEST_GUILESS_MAIN(TestOrganiseIndex)
#include "tst_organiseindex.moc"
