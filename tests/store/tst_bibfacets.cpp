// The .bib facets of the store: papers per entry type and per venue
// (StoreCounts::bibFacet) equal a hand count over the papers of a store
// holding a profile and a .bib file, profile-only papers are counted under
// no value, and the PaperFilter's entryTypes/venues narrow the list, the
// counts and the other facets, with the in-memory index on or off.

#include "paperstore.h"
#include "profileimporter.h"
#include "support/testdata.h"
#include "support/bibstoretesting.h"

#include <QMap>
#include <QTemporaryDir>
#include <QtTest>

using namespace BibStoreTesting;

namespace {
const char mixedBib[] = "@article{a1, title = {Coral Reefs at Night}, journal = {Nature}, year = 2020}\n"
                        "@article{a2, title = {Deep Sea Vents}, journal = {nature}, year = 2021}\n"
                        "@inproceedings{i1, title = {Fuzzing Compilers}, booktitle = {ICSE}, year = 2022}\n"
                        "@inproceedings{i2, title = {Mutation Testing}, booktitle = {ICSE}, year = 2022}\n"
                        "@book{b1, title = {Structure and Interpretation}, publisher = {MIT Press}, year = 1985}\n"
                        "@misc{m1, title = {A Blog Post}, year = 2024}\n";

QMap<QString, int> asMap(const QVector<FacetCount> &rows)
{
    QMap<QString, int> map;
    for (const FacetCount &r : rows)
        map.insert(r.value, r.count);
    return map;
}
} // namespace

class TestBibFacets : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;
    PaperStore m_store;

private slots:
    void initTestCase()
    {
        QVERIFY(m_store.open(m_dir.filePath(QStringLiteral("facets.sqlite"))));
        QVERIFY(ProfileImporter(m_store).importFile(TestData::fixture(QStringLiteral("profile-ada-lovecode.txt"))).ok);
        QVERIFY(importText(m_store, mixedBib, QStringLiteral("mixed.bib")));
        QCOMPARE(m_store.paperCount(), 11);
    }

    void countsEqualAHandCount()
    {
        QMap<QString, int> types, venues;
        int untyped = 0;
        for (const PaperRecord &p : all(m_store)) {
            if (p.entryType.isEmpty())
                ++untyped;
            else
                ++types[p.entryType];
            if (!p.venue.isEmpty())
                ++venues[p.venue.toLower()];
        }
        QCOMPARE(untyped, 5); // the profile's papers: under no value
        QCOMPARE(asMap(m_store.bibFacetCounts(BibFacet::EntryType, {})), types);
        QCOMPARE(types, (QMap<QString, int>{{QStringLiteral("article"), 2}, {QStringLiteral("inproceedings"), 2},
                                            {QStringLiteral("book"), 1}, {QStringLiteral("misc"), 1}}));
        // Venues are one value whatever their case ("Nature" and "nature").
        QMap<QString, int> venueCounts;
        for (const FacetCount &r : m_store.bibFacetCounts(BibFacet::Venue, {}))
            venueCounts.insert(r.value.toLower(), r.count);
        QCOMPARE(venueCounts, venues);
        QCOMPARE(venues, (QMap<QString, int>{{QStringLiteral("nature"), 2}, {QStringLiteral("icse"), 2},
                                             {QStringLiteral("mit press"), 1}}));
        QCOMPARE(m_store.bibFacetCounts(BibFacet::EntryType, {}).first().count, 2); // most first
    }

    void filterNarrowsEverything_data()
    {
        QTest::addColumn<bool>("indexed");
        QTest::newRow("sql") << false;
        QTest::newRow("index on") << true;
    }

    void filterNarrowsEverything()
    {
        QFETCH(bool, indexed);
        if (indexed)
            m_store.enableIndex();
        PaperFilter articles;
        articles.entryTypes = QStringList{QStringLiteral("article")};
        QCOMPARE(m_store.paperCount(articles), 2);
        const QVector<PaperRecord> listed = m_store.papers(articles, PaperSort::Title, Qt::AscendingOrder, 0, 100);
        QCOMPARE(listed.size(), 2);
        for (const PaperRecord &p : listed)
            QCOMPARE(p.entryType, QStringLiteral("article"));
        // Its own facet ignores the selection; the others follow it.
        QCOMPARE(m_store.bibFacetCounts(BibFacet::EntryType, articles, true).size(), 4);
        QCOMPARE(m_store.bibFacetCounts(BibFacet::EntryType, articles, false).size(), 1);
        QCOMPARE(asMap(m_store.bibFacetCounts(BibFacet::Venue, articles, true)).values(), QList<int>{2});
        QCOMPARE(asMap(m_store.facetCounts(Facet::Year, articles)),
                 (QMap<QString, int>{{QStringLiteral("2020"), 1}, {QStringLiteral("2021"), 1}}));

        PaperFilter venue;
        venue.venues = QStringList{QStringLiteral("NATURE"), QStringLiteral("MIT Press")};
        QCOMPARE(m_store.paperCount(venue), 3);
        venue.entryTypes = QStringList{QStringLiteral("book")};
        QCOMPARE(m_store.paperCount(venue), 1);
        QCOMPARE(PaperFilter::fromVariantMap(venue.toVariantMap()), venue);
        QVERIFY(!venue.isEmpty());
    }
};

QTEST_MAIN(TestBibFacets)
#include "tst_bibfacets.moc"
