// .bib files into the store and back out (issue 17), below the command
// line: import by content through ProfileImporter, a bad file storing
// nothing (or its readable entries with skip-bad), the kept type, key and
// fields, folded search, a profile and a .bib naming one paper, a key
// already used by a different paper, and the export round trip.
#include "bibtexexport.h"
#include "paperstore.h"
#include "profileimporter.h"
#include "support/bibstoretesting.h"
#include "support/testdata.h"

#include <QtTest>

using TestData::fixture;
using namespace BibStoreTesting;

class TestBibStore : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;
    int m_n = 0;

    bool open(PaperStore &store) { return store.open(m_dir.filePath(QStringLiteral("s%1.sqlite").arg(++m_n))); }

private slots:
    void importsEveryFixture_data();
    void importsEveryFixture();
    void keptFields();
    void searchFolded();
    void badFileStoresNothing();
    void skipBad();
    void profileAndBibAreOnePaper();
    void keyOfAnotherPaper();
    void roundTrip();
};

void TestBibStore::importsEveryFixture_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<int>("papers");
    QTest::newRow("JabRef") << bib("jabref.bib") << 3;
    QTest::newRow("Zotero") << bib("zotero.bib") << 4;
    QTest::newRow("Google Scholar") << bib("scholar.bib") << 3;
    QTest::newRow("public bibliography") << bib("public-macros.bib") << 9;
    QTest::newRow("windows-1252") << bib("windows-1252.bib") << 1;
    QTest::newRow("UTF-16") << bib("utf16le.bib") << 1;
}

void TestBibStore::importsEveryFixture()
{
    QFETCH(QString, file);
    PaperStore store;
    QVERIFY(open(store));
    ProfileImporter importer(store);
    const FileImportResult r = importer.importFile(file);
    QVERIFY2(r.ok, qPrintable(r.message));
    QTEST(int(all(store).size()), "papers");
    const FileImportResult again = importer.importFile(file);
    QVERIFY(again.ok);
    QVERIFY(again.outcome.changedNothing());
    QTEST(int(all(store).size()), "papers");
}

void TestBibStore::keptFields()
{
    PaperStore store;
    QVERIFY(open(store));
    ProfileImporter importer(store);
    QVERIFY(importer.importFile(bib("jabref.bib")).ok);
    QVERIFY(importer.importFile(bib("zotero.bib")).ok);
    const QVector<PaperRecord> papers = all(store);
    const PaperRecord *a = byKey(papers, QStringLiteral("Mueller2019"));
    QVERIFY(a);
    QCOMPARE(a->entryType, QStringLiteral("article"));
    QCOMPARE(a->title, QStringLiteral("Deep Learning for Code Search: A Survey"));
    QCOMPARE(a->venue, QStringLiteral("Empirical Software Engineering"));
    QCOMPARE(a->doi, QStringLiteral("10.1007/s10664-019-09700-5"));
    QCOMPARE(a->authors.value(0), QStringLiteral("Jörg Müller"));
    QCOMPARE(a->bibFields.size(), 12);
    QCOMPARE(a->bibFields.at(7), qMakePair(QStringLiteral("month"), QStringLiteral("January")));
    const PaperRecord *cwm = byKey(papers, QStringLiteral("fair2024CodeWorldModel"));
    QVERIFY(cwm);
    QCOMPARE(cwm->entryType, QStringLiteral("online"));
    QCOMPARE(cwm->category, QStringLiteral("SE"));
    QCOMPARE(cwm->primaryClass, QStringLiteral("cs.SE"));
    QCOMPARE(cwm->arxivId, QStringLiteral("2409.12345"));
    QCOMPARE(byKey(papers, QStringLiteral("muller2020DeepCodeSearch"))->date, QDate(2020, 3, 15));
}

void TestBibStore::searchFolded()
{
    PaperStore store;
    QVERIFY(open(store));
    QVERIFY(ProfileImporter(store).importFile(bib("jabref.bib")).ok);
    for (const QString &text : {QStringLiteral("muller"), QStringLiteral("müller"), QStringLiteral("Müller"),
                                QStringLiteral("angstrom")})
        QCOMPARE(all(store, text).size(), 1);
}

void TestBibStore::badFileStoresNothing()
{
    PaperStore store;
    QVERIFY(open(store));
    ProfileImporter importer(store);
    QVERIFY(importer.importFile(bib("scholar.bib")).ok);
    const FileImportResult r = importer.importFile(bib("bad-mixed.bib"));
    QVERIFY(!r.ok);
    QCOMPARE(r.badEntries.size(), 4);
    QVERIFY(r.badEntries.at(1).endsWith(QLatin1String("bad-mixed.bib:21: missing comma before the field 'title' (entry nocomma)")));
    QVERIFY(r.message.contains(QLatin1String("bad-mixed.bib:7:")));
    QCOMPARE(all(store).size(), 3);
    QVERIFY(!importer.importFile(bib("bad-not-bibtex.bib")).ok);
    QCOMPARE(all(store).size(), 3);
}

void TestBibStore::skipBad()
{
    PaperStore store;
    QVERIFY(open(store));
    ProfileImporter importer(store);
    importer.setSkipBad(true);
    const FileImportResult r = importer.importFile(bib("bad-mixed.bib"));
    QVERIFY2(r.ok, qPrintable(r.message));
    QCOMPARE(r.badEntries.size(), 4);
    QCOMPARE(all(store).size(), 3);
    QVERIFY(byKey(all(store), QStringLiteral("good2")));
}

void TestBibStore::profileAndBibAreOnePaper()
{
    PaperStore store;
    QVERIFY(open(store));
    ProfileImporter importer(store);
    QVERIFY(importer.importFile(fixture(QStringLiteral("profile-ada-lovecode.txt"))).ok);
    const QVector<PaperRecord> before = all(store);
    QVERIFY(!before.isEmpty());
    const QString title = before.at(0).title;
    const QByteArray text = QStringLiteral("@inproceedings{myOwnKey,\n  title = {%1},\n  note = {mine}\n}\n").arg(title).toUtf8();
    const FileImportResult r = importer.importBytes(text, QStringLiteral("mine.bib"), QDateTime::currentDateTime());
    QVERIFY2(r.ok, qPrintable(r.message));
    const QVector<PaperRecord> after = all(store);
    QCOMPARE(after.size(), before.size());
    const PaperRecord *merged = byKey(after, QStringLiteral("myOwnKey"));
    QVERIFY(merged);
    QCOMPARE(merged->title, title);
    QCOMPARE(merged->entryType, QStringLiteral("inproceedings"));
    QCOMPARE(merged->bibFields.value(1), qMakePair(QStringLiteral("note"), QStringLiteral("mine")));
}

void TestBibStore::keyOfAnotherPaper()
{
    PaperStore store;
    QVERIFY(open(store));
    ProfileImporter importer(store);
    QVERIFY(importer.importFile(bib("scholar.bib")).ok);
    const FileImportResult r = importer.importBytes(
        QByteArrayLiteral("@article{allal2023santacoder,\n  title = {A different paper},\n  year = 2020\n}\n"),
        QStringLiteral("clash.bib"), QDateTime::currentDateTime());
    QVERIFY(!r.ok);
    QVERIFY2(r.message.contains(QLatin1String("the key 'allal2023santacoder' is already used by the paper "
                                              "'SantaCoder: don't reach for the stars!'")), qPrintable(r.message));
    QCOMPARE(all(store).size(), 3);
}

void TestBibStore::roundTrip()
{
    PaperStore first, second;
    QVERIFY(open(first) && open(second));
    ProfileImporter importer(first);
    for (const char *file : {"jabref.bib", "zotero.bib", "scholar.bib", "public-macros.bib"})
        QVERIFY(importer.importFile(bib(file)).ok);
    const QByteArray one = exported(first);
    QVERIFY(one.contains("@article{Mueller2019,\n"));
    QVERIFY(one.contains("  owner = {jd}"));
    const FileImportResult r = ProfileImporter(second).importBytes(one, QStringLiteral("export.bib"), QDateTime::currentDateTime());
    QVERIFY2(r.ok, qPrintable(r.message + r.badEntries.join(QLatin1Char('\n'))));
    QCOMPARE(exported(second), one);
    const QVector<PaperRecord> a = all(first), b = all(second);
    QCOMPARE(b.size(), a.size());
    for (const PaperRecord &p : a) {
        const PaperRecord *q = byKey(b, p.citationKey);
        QVERIFY2(q, qPrintable(p.citationKey));
        QCOMPARE(q->entryType, p.entryType);
        QCOMPARE(q->bibFields, p.bibFields);
        QCOMPARE(q->title, p.title);
    }
}

QTEST_GUILESS_MAIN(TestBibStore)
#include "tst_bibstore.moc"
