// Tests for the .bib part of the in-memory index (BibIndex, read by
// PaperIndexLoader, asked by StoreIndex): over a store of profile papers
// and .bib entries of several types and venues (spellings differing in
// ASCII case, which NOCASE groups, and in non-ASCII case, which it does
// not), every answer of an indexed PaperStore under filters by entry type
// and venue (alone and with the other facets, empty and unknown names
// too) is exactly the SQL answer of a plain PaperStore on the same file:
// the Entry Types and Venues counts, counts, ordered ids and facet counts.
// The index answers them itself, and again after a .bib import made on
// another connection.

#include "paperindex.h"
#include "paperstore.h"
#include "storeindex.h"
#include "support/bibstoretesting.h"
#include "support/countcompare.h"
#include "support/randompick.h"

#include <QTemporaryDir>
#include <QtTest>

#include <memory>
#include <random>

using namespace CountCompare;
using RandomPick::some;

namespace {

const QStringList types = {QStringLiteral("article"), QStringLiteral("inproceedings"), QStringLiteral("misc"),
                           QStringLiteral("book")};
const QStringList venues = {QStringLiteral("ICSE"), QStringLiteral("icse"), QStringLiteral("Icse"),
                            QStringLiteral("NeurIPS"), QStringLiteral("J{\\\"u}rich Letters"),
                            QStringLiteral("J\u00dcRICH LETTERS"), QStringLiteral("")};
// What filters ask for: other spellings, unknown names, the empty name.
const QStringList typeQueries = {QStringLiteral("article"), QStringLiteral("misc"), QStringLiteral("Article"),
                                 QStringLiteral("unknown"), QStringLiteral("")};
const QStringList venueQueries = {QStringLiteral("icse"), QStringLiteral("NEURIPS"), QStringLiteral("J\u00fcrich Letters"),
                                  QStringLiteral("j\u00dcrich letters"), QStringLiteral("nowhere"), QStringLiteral("")};
const QStringList categories = {QStringLiteral("cs.SE"), QStringLiteral("cs.LG"), QStringLiteral("SE")};

QByteArray bibText(int entries, unsigned seed)
{
    std::mt19937 rng(seed);
    QByteArray out;
    for (int i = 0; i < entries; ++i) {
        const QString type = types.at(int(rng() % types.size()));
        const QString venue = venues.at(int(rng() % venues.size()));
        const QString field = type == QLatin1String("inproceedings") ? QStringLiteral("booktitle")
                              : type == QLatin1String("book")        ? QStringLiteral("publisher")
                                                                     : QStringLiteral("journal");
        QString e = QStringLiteral("@%1{k%2s%3,\n  title = {Indexed entry %2 of seed %3},\n  author = {Author %4},\n"
                                   "  year = {%5},\n")
                        .arg(type).arg(i).arg(seed).arg(rng() % 5).arg(2015 + rng() % 8);
        if (!venue.isEmpty())
            e += QStringLiteral("  %1 = {%2},\n").arg(field, venue);
        if (rng() % 2)
            e += QStringLiteral("  primaryclass = {%1},\n").arg(categories.at(int(rng() % categories.size())));
        out += (e + QStringLiteral("}\n\n")).toUtf8();
    }
    return out;
}

PaperFilter randomFilter(std::mt19937 &rng)
{
    PaperFilter f;
    if (rng() % 2)
        f.entryTypes = some(typeQueries, rng);
    if (rng() % 2)
        f.venues = some(venueQueries, rng);
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
    return QStringLiteral("types=%1 venues=%2 cat=%3 from=%4 text=%5")
        .arg(f.entryTypes.join(QLatin1Char('|')), f.venues.join(QLatin1Char('|')), f.categories.join(QLatin1Char('|')))
        .arg(f.yearFrom).arg(f.text);
}

} // namespace

class TestBibIndex : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;
    std::unique_ptr<PaperStore> m_sql;
    std::unique_ptr<PaperStore> m_indexed;

    void compareUnder(const PaperFilter &f)
    {
        const QString where = describe(f);
        QCOMPARE(m_indexed->paperCount(f), m_sql->paperCount(f));
        for (PaperSort sort : {PaperSort::Date, PaperSort::Title, PaperSort::Year}) {
            QVERIFY2(m_indexed->paperIds(f, sort, Qt::AscendingOrder) == m_sql->paperIds(f, sort, Qt::AscendingOrder),
                     qPrintable(QStringLiteral("order %1 under %2").arg(int(sort)).arg(where)));
        }
        for (Facet facet : {Facet::Category, Facet::Year, Facet::Profile}) {
            QVERIFY2(sameCounts(m_indexed->facetCounts(facet, f, true), m_sql->facetCounts(facet, f, true)),
                     qPrintable(QStringLiteral("facet %1 under %2").arg(int(facet)).arg(where)));
        }
        for (BibFacet facet : {BibFacet::EntryType, BibFacet::Venue}) {
            for (bool exclude : {false, true}) {
                const QVector<FacetCount> indexed = m_indexed->bibFacetCounts(facet, f, exclude);
                QVERIFY2(sameCounts(indexed, m_sql->bibFacetCounts(facet, f, exclude)),
                         qPrintable(QStringLiteral("bib facet %1/%2 under %3").arg(int(facet)).arg(exclude).arg(where)));
            }
        }
        // The index answered them itself.
        int count = -1;
        QVERIFY2(m_indexed->index()->count(f, &count), qPrintable(where));
        QVector<FacetCount> rows;
        QVERIFY2(m_indexed->index()->bibFacetCounts(BibFacet::Venue, f, true, &rows), qPrintable(where));
    }

    void compareMany(unsigned seed)
    {
        compareUnder(PaperFilter());
        std::mt19937 rng(seed);
        for (int i = 0; i < 150 && !QTest::currentTestFailed(); ++i)
            compareUnder(randomFilter(rng));
    }

private slots:
    void init()
    {
        static int n = 0;
        const QString path = m_dir.filePath(QStringLiteral("bibindex%1.sqlite").arg(++n));
        m_sql = std::make_unique<PaperStore>();
        m_indexed = std::make_unique<PaperStore>();
        QVERIFY(m_sql->open(path));
        QVERIFY(m_indexed->open(path));
        QVERIFY(m_indexed->enableIndex());
        ProfileRecord profile; // profile papers: no entry type, no venue
        profile.name = QStringLiteral("Profile person");
        for (int i = 0; i < 60; ++i) {
            PaperRecord p;
            p.title = QStringLiteral("Profile paper %1 seed").arg(i);
            p.date = QDate(2016 + i % 7, 1 + i % 12, 1);
            p.category = categories.at(i % categories.size());
            p.authors << QStringLiteral("Author %1").arg(i % 4);
            profile.papers << p;
        }
        QVERIFY(m_sql->importProfile(profile).ok);
        QVERIFY(BibStoreTesting::importText(*m_sql, bibText(300, 7), QStringLiteral("library.bib")));
        PaperFilter venuesOnly;
        venuesOnly.venues = QStringList{QStringLiteral("icse")};
        QVERIFY(m_sql->paperCount(venuesOnly) > 20); // three spellings in one NOCASE group
    }
    void cleanup()
    {
        m_indexed.reset();
        m_sql.reset();
    }

    void answersLikeSql()
    {
        const QVector<FacetCount> venueRows = m_indexed->bibFacetCounts(BibFacet::Venue, PaperFilter(), true);
        QCOMPARE(venueRows.size(), 4); // ICSE (three spellings), NeurIPS and the two Jürich groups
        compareMany(3);
    }

    void importOnAnotherConnection()
    {
        QVERIFY(BibStoreTesting::importText(*m_sql, bibText(120, 11), QStringLiteral("more.bib")));
        PaperFilter misc;
        misc.entryTypes = QStringList{QStringLiteral("misc")};
        QCOMPARE(m_indexed->paperCount(misc), m_sql->paperCount(misc));
        compareMany(4);
    }
};

QTEST_GUILESS_MAIN(TestBibIndex)
#include "tst_bibindex.moc"
