// A shared library's import of a profile whose papers come a chunk at a
// time (PgPaperStore::importProfileChunks, a large .bib file): the library
// ends up as when the same papers went in as one ProfileRecord
// (importProfile): the same papers, keys, authors, affiliations and
// profile links, and the same outcome; a paper without a title in a later
// chunk stores nothing of the file and says which line.
#include "pgpaperstore.h"
#include "support/testpostgres.h"

#include <QtTest>

namespace {

// count .bib entries over chunks, each with its own key: titles repeat (the
// same paper again), the first is a paper known from a profile before.
ProfileRecord profileOf(int count)
{
    ProfileRecord profile;
    profile.name = QStringLiteral("chunky");
    profile.primaryCategory = QStringLiteral("LG");
    for (int i = 0; i < count; ++i) {
        PaperRecord p;
        p.title = QStringLiteral("Paper number %1 on things").arg(i % 17 == 16 ? i - 15 : i);
        p.date = QDate(2010 + i % 12, 1 + i % 12, 1 + i % 28);
        p.category = i % 3 ? QStringLiteral("LG") : QStringLiteral("CV");
        p.hasCode = i % 4 == 0;
        p.authors = QStringList{QStringLiteral("Ann Smith"), QStringLiteral("Jörg Müller %1").arg(i % 5)};
        p.affiliations = QStringList{QStringLiteral("mit"), QStringLiteral("lab-%1").arg(i % 3)};
        p.abstract = QStringLiteral("An abstract about topic %1 and \"quotes\".").arg(i);
        p.line = 10 * i + 1;
        p.entryType = i % 5 ? QStringLiteral("article") : QStringLiteral("inproceedings");
        p.citationKey = QStringLiteral("smith%1").arg(i);
        p.venue = QStringLiteral("Journal of Tests %1").arg(i % 4);
        p.bibFields = {{QStringLiteral("title"), p.title}, {QStringLiteral("journal"), p.venue}};
        profile.papers << p;
    }
    profile.paperCount = count;
    return profile;
}

PaperChunks chunksOf(const ProfileRecord &profile, int size)
{
    auto next = std::make_shared<int>(0);
    return [&profile, size, next](QVector<PaperRecord> *chunk) {
        if (*next >= profile.papers.size())
            return false;
        *chunk = profile.papers.mid(*next, size);
        *next += size;
        return true;
    };
}

QStringList rows(PgPaperStore &store)
{
    QStringList out;
    QVector<PaperRecord> papers = store.papers(PaperFilter(), PaperSort::Title, Qt::AscendingOrder, 0, 100000);
    store.fillProfiles(papers);
    for (const PaperRecord &p : papers)
        out << QStringList{p.title, p.citationKey, p.entryType, p.authors.join(QLatin1Char(';')),
                           p.affiliations.join(QLatin1Char(';')), p.profiles.join(QLatin1Char(';')),
                           QString::number(p.hasCode)}
                   .join(QLatin1Char('|'));
    return out;
}

QString outcomeText(const ImportOutcome &o)
{
    return QStringLiteral("ok %1 added %2 known %3 links %4 affiliations %5 profile %6")
        .arg(o.ok).arg(o.papersAdded).arg(o.papersKnown).arg(o.linksAdded).arg(o.affiliationsAdded)
        .arg(o.profileAdded);
}

} // namespace

class TestPgImportChunks : public QObject
{
    Q_OBJECT

private slots:
    void chunksStoreWhatTheWholeStores()
    {
        TEST_POSTGRES_SERVER();
        TestPostgres::Database wholeDb, chunkedDb;
        QVERIFY2(wholeDb.ok() && chunkedDb.ok(), qPrintable(wholeDb.error() + chunkedDb.error()));
        const ProfileRecord profile = profileOf(2500); // over two of PgImport's chunks too
        PgPaperStore whole, chunked;
        QVERIFY2(whole.open(wholeDb.location().toString()), qPrintable(whole.lastError()));
        QVERIFY2(chunked.open(chunkedDb.location().toString()), qPrintable(chunked.lastError()));
        // A paper both libraries know before, which the file's entries meet again.
        ProfileRecord before = profileOf(1);
        before.name = QStringLiteral("earlier");
        before.papers[0].entryType.clear();
        before.papers[0].citationKey.clear();
        before.papers[0].bibFields.clear();
        before.papers[0].venue.clear();
        QVERIFY(whole.importProfile(before).ok);
        QVERIFY(chunked.importProfile(before).ok);

        ProfileRecord header = profile;
        header.papers.clear();
        const ImportOutcome a = whole.importProfile(profile);
        const ImportOutcome b = chunked.importProfileChunks(header, chunksOf(profile, 7));
        QVERIFY2(a.ok, qPrintable(a.error));
        QCOMPARE(outcomeText(b), outcomeText(a));
        QVERIFY(a.papersKnown > 0);
        QCOMPARE(chunked.paperCount(), whole.paperCount());
        QCOMPARE(rows(chunked), rows(whole));

        // Again: nothing new either way.
        const ImportOutcome again = chunked.importProfileChunks(header, chunksOf(profile, 1000));
        QVERIFY2(again.ok, qPrintable(again.error));
        QCOMPARE(again.papersAdded, 0);
        QCOMPARE(rows(chunked), rows(whole));
    }

    void aBadPaperInALaterChunkStoresNothing()
    {
        TEST_POSTGRES_SERVER();
        TestPostgres::Database database;
        QVERIFY2(database.ok(), qPrintable(database.error()));
        PgPaperStore store;
        QVERIFY2(store.open(database.location().toString()), qPrintable(store.lastError()));
        ProfileRecord profile = profileOf(40);
        profile.papers[33].title.clear();
        ProfileRecord header = profile;
        header.papers.clear();
        const ImportOutcome outcome = store.importProfileChunks(header, chunksOf(profile, 10));
        QVERIFY(!outcome.ok);
        QVERIFY2(outcome.error.contains(QStringLiteral("line 331")), qPrintable(outcome.error));
        QCOMPARE(store.paperCount(), 0);
        QVERIFY(store.profiles().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestPgImportChunks)
#include "tst_pgimportchunks.moc"
