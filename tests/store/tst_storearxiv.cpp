// StoreArxiv against temporary stores: the migration from schema 1, the
// reply cache and its age, applying a match (full authors, kept key,
// never an empty value over a stored one, FTS in step) and removal/undo
// keeping the new columns.
#include "arxivatomparser.h"
#include "bibtexwriter.h"
#include "paperstore.h"
#include "profileimporter.h"
#include "storearxiv.h"
#include "storeschema.h"

#include <QtTest>

namespace {
QString fixture(const char *name)
{
    return QStringLiteral(PAPERSCOPE_TEST_DATA "/") + QLatin1String(name);
}

ArxivEntry santaEntry()
{
    QFile f(fixture("arxiv/santacoder-match.xml"));
    if (!f.open(QIODevice::ReadOnly))
        qFatal("missing fixture");
    return ArxivAtomParser::parse(f.readAll()).entries.value(0);
}

qint64 idOfTitle(PaperStore &store, const QString &words)
{
    PaperFilter f;
    f.text = words;
    const QVector<qint64> ids = store.paperIds(f, PaperSort::Title, Qt::AscendingOrder);
    return ids.size() == 1 ? ids.first() : 0;
}
} // namespace

class TestStoreArxiv : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;
    int m_n = 0;

    void openWithAda(PaperStore &store)
    {
        QVERIFY2(store.open(m_dir.filePath(QStringLiteral("s%1.sqlite").arg(++m_n))), qPrintable(store.lastError()));
        ProfileImporter importer(store);
        const FileImportResult r = importer.importFile(fixture("profile-ada-lovecode.txt"));
        QVERIFY2(r.ok, qPrintable(r.message));
    }

private slots:
    void migratesAVersion1Store()
    {
        const QString path = m_dir.filePath(QStringLiteral("v1.sqlite"));
        QVERIFY(QFile::copy(fixture("store-v1.sqlite"), path));
        QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
        PaperStore store;
        QVERIFY2(store.open(path), qPrintable(store.lastError()));
        QCOMPARE(store.schemaVersion(), StoreSchema::currentVersion);
        QVERIFY(store.schemaVersion() >= 2); // the arXiv columns and cache came with 2
        QCOMPARE(store.paperCount(), 5); // nothing lost on the way
        const qint64 id = idOfTitle(store, QStringLiteral("santacoder"));
        QVERIFY(id != 0);
        PaperRecord p = store.paper(id);
        QCOMPARE(p.citationKey, QStringLiteral("allal2023santacoder"));
        QVERIFY(p.pdfUrl.isEmpty() && p.primaryClass.isEmpty() && p.arxivId.isEmpty());
        // The new columns and the cache work on the migrated file.
        QVERIFY2(store.arxiv().applyMatch(id, santaEntry(), QStringLiteral("https://arxiv.org/abs/2301.03988v2"),
                                          QStringLiteral("https://arxiv.org/pdf/2301.03988v2")),
                 qPrintable(store.arxiv().error()));
        QVERIFY(store.arxiv().cacheReply(QStringLiteral("q"), "<feed/>", 86400));
        store.close();
        PaperStore again;
        QVERIFY(again.open(path));
        QCOMPARE(again.schemaVersion(), StoreSchema::currentVersion);
        QCOMPARE(again.paper(id).pdfUrl, QStringLiteral("https://arxiv.org/pdf/2301.03988v2"));
        QCOMPARE(again.arxiv().cachedReply(QStringLiteral("q"), 86400), QByteArray("<feed/>"));
    }

    void replyCacheKeepsADay()
    {
        PaperStore store;
        QVERIFY(store.open(m_dir.filePath(QStringLiteral("cache.sqlite"))));
        StoreArxiv cache = store.arxiv();
        QVERIFY(cache.cachedReply(QStringLiteral("ti:\"x\""), 86400).isNull());
        QVERIFY(cache.cacheReply(QStringLiteral("ti:\"x\""), "first", 86400));
        QCOMPARE(cache.cachedReply(QStringLiteral("ti:\"x\""), 86400), QByteArray("first"));
        QVERIFY(cache.cacheReply(QStringLiteral("ti:\"x\""), "second", 86400)); // replaced, not doubled
        QCOMPARE(cache.cachedReply(QStringLiteral("ti:\"x\""), 86400), QByteArray("second"));
        QVERIFY(cache.cachedReply(QStringLiteral("ti:\"y\""), 86400).isNull());
        // A reply from two days ago no longer answers, and is dropped on the next store.
        const qint64 twoDaysAgo = QDateTime::currentSecsSinceEpoch() - 2 * 86400;
        QVERIFY(cache.cacheReply(QStringLiteral("old"), "stale", 86400, twoDaysAgo));
        QVERIFY(cache.cachedReply(QStringLiteral("old"), 86400).isNull());
        QCOMPARE(cache.cachedReply(QStringLiteral("old"), 3 * 86400), QByteArray("stale"));
        QVERIFY(cache.cacheReply(QStringLiteral("new"), "fresh", 86400));
        QVERIFY(cache.cachedReply(QStringLiteral("old"), 3 * 86400).isNull());
        // An empty reply is still a reply.
        QVERIFY(cache.cacheReply(QStringLiteral("empty"), QByteArray(""), 86400));
        QVERIFY(!cache.cachedReply(QStringLiteral("empty"), 86400).isNull());
    }

    void applyMatchCompletesThePaper()
    {
        PaperStore store;
        openWithAda(store);
        const qint64 id = idOfTitle(store, QStringLiteral("santacoder"));
        const PaperRecord before = store.paper(id);
        QVERIFY(before.authorsTruncated);
        QCOMPARE(before.authors.size(), 3);
        QVERIFY(store.paperIds({}, PaperSort::Title, Qt::AscendingOrder).size() == 5);
        PaperFilter muennighoff;
        muennighoff.text = QStringLiteral("Muennighoff");
        QCOMPARE(store.paperCount(muennighoff), 0);

        const ArxivEntry e = santaEntry();
        QVERIFY2(store.arxiv().applyMatch(id, e, QStringLiteral("https://arxiv.org/abs/2301.03988v2"),
                                          QStringLiteral("https://arxiv.org/pdf/2301.03988v2")),
                 qPrintable(store.arxiv().error()));
        const PaperRecord after = store.paper(id);
        QCOMPARE(after.arxivId, QStringLiteral("2301.03988"));
        QCOMPARE(after.authors, e.authors);
        QVERIFY(!after.authorsTruncated);
        QCOMPARE(after.doi, QStringLiteral("10.48550/arXiv.2301.03988"));
        QCOMPARE(after.primaryClass, QStringLiteral("cs.SE"));
        QCOMPARE(after.url, QStringLiteral("https://arxiv.org/abs/2301.03988v2"));
        QCOMPARE(after.pdfUrl, QStringLiteral("https://arxiv.org/pdf/2301.03988v2"));
        // The profile's own data and the key stay.
        QCOMPARE(after.citationKey, before.citationKey);
        QCOMPARE(after.title, before.title);
        QCOMPARE(after.abstract, before.abstract);
        QCOMPARE(after.date, before.date);
        QCOMPARE(after.category, before.category);
        QCOMPARE(after.affiliations, before.affiliations);
        QCOMPARE(after.profiles, before.profiles);
        // Search follows the full author list; the filter finds it.
        QCOMPARE(store.paperCount(muennighoff), 1);
        PaperFilter onArxiv;
        onArxiv.hasArxivOnly = true;
        QCOMPARE(store.paperCount(onArxiv), 1);
        QCOMPARE(store.arxiv().idsWithoutArxiv(PaperFilter()).size(), 4);
        QVERIFY(!store.arxiv().idsWithoutArxiv(PaperFilter()).contains(id));

        // BibTeX: eprint, archivePrefix, primaryClass, doi, url, every author, same key.
        const QString bib = BibtexWriter().entry(after);
        QVERIFY2(bib.startsWith(QStringLiteral("@misc{allal2023santacoder,")), qPrintable(bib));
        QVERIFY(bib.contains(QStringLiteral("eprint = {2301.03988}")));
        QVERIFY(bib.contains(QStringLiteral("archivePrefix = {arXiv}")));
        QVERIFY(bib.contains(QStringLiteral("primaryClass = {cs.SE}")));
        QVERIFY(bib.contains(QStringLiteral("doi = {10.48550/arXiv.2301.03988}")));
        QVERIFY(bib.contains(QStringLiteral("url = {https://arxiv.org/abs/2301.03988v2}")));
        QVERIFY(bib.contains(QStringLiteral("Harm de Vries and Leandro von Werra")));
        QVERIFY(!bib.contains(QStringLiteral("others")));
    }

    void emptyValuesNeverOverwrite()
    {
        PaperStore store;
        openWithAda(store);
        const qint64 id = idOfTitle(store, QStringLiteral("santacoder"));
        QVERIFY(store.arxiv().applyMatch(id, santaEntry(), QStringLiteral("https://arxiv.org/abs/2301.03988v2"),
                                         QStringLiteral("https://arxiv.org/pdf/2301.03988v2")));
        const PaperRecord full = store.paper(id);
        ArxivEntry sparse;
        sparse.id = QStringLiteral("2301.03988");
        QVERIFY(store.arxiv().applyMatch(id, sparse, QString(), QStringLiteral("  ")));
        const PaperRecord after = store.paper(id);
        QCOMPARE(after.authors, full.authors);
        QCOMPARE(after.doi, full.doi);
        QCOMPARE(after.url, full.url);
        QCOMPARE(after.pdfUrl, full.pdfUrl);
        QCOMPARE(after.primaryClass, full.primaryClass);
    }

    void applyToAMissingPaperChangesNothing()
    {
        PaperStore store;
        openWithAda(store);
        StoreArxiv arxiv = store.arxiv();
        QVERIFY(!arxiv.applyMatch(987654, santaEntry(), QString(), QString()));
        QVERIFY(arxiv.error().contains(QStringLiteral("no longer")));
        ArxivEntry noId = santaEntry();
        noId.id.clear();
        const qint64 id = idOfTitle(store, QStringLiteral("santacoder"));
        QVERIFY(!arxiv.applyMatch(id, noId, QString(), QString()));
        QCOMPARE(store.paper(id).authors.size(), 3);
        QCOMPARE(store.arxiv().idsWithoutArxiv(PaperFilter()).size(), 5);
    }

    void removeAndRestoreKeepTheArxivColumns()
    {
        PaperStore store;
        openWithAda(store);
        const qint64 id = idOfTitle(store, QStringLiteral("santacoder"));
        QVERIFY(store.arxiv().applyMatch(id, santaEntry(), QStringLiteral("https://arxiv.org/abs/2301.03988v2"),
                                         QStringLiteral("https://arxiv.org/pdf/2301.03988v2")));
        const PaperRecord before = store.paper(id);
        const RemovedPapers removed = store.removePapers({id});
        QCOMPARE(store.paperCount(), 4);
        QVERIFY(store.restore(removed));
        const PaperRecord after = store.paper(id);
        QCOMPARE(after.pdfUrl, before.pdfUrl);
        QCOMPARE(after.primaryClass, before.primaryClass);
        QCOMPARE(after.authors, before.authors);
        QCOMPARE(after.authorsTruncated, false);
        QCOMPARE(after.arxivId, before.arxivId);
    }

    void reimportKeepsTheMatch()
    {
        PaperStore store;
        openWithAda(store);
        const qint64 id = idOfTitle(store, QStringLiteral("santacoder"));
        QVERIFY(store.arxiv().applyMatch(id, santaEntry(), QString(), QString()));
        ProfileImporter importer(store);
        const FileImportResult again = importer.importFile(fixture("profile-ada-lovecode.txt"));
        QVERIFY(again.ok);
        const PaperRecord after = store.paper(id);
        QCOMPARE(after.authors.size(), 7);
        QVERIFY(!after.authorsTruncated);
        QCOMPARE(after.arxivId, QStringLiteral("2301.03988"));
    }

    void idsWithoutArxivFollowTheFilter()
    {
        PaperStore store;
        openWithAda(store);
        PaperFilter se;
        se.categories = QStringList{QStringLiteral("SE")};
        QCOMPARE(store.arxiv().idsWithoutArxiv(se).size(), store.paperCount(se));
        PaperFilter hostile;
        hostile.text = QStringLiteral("\"'); DROP TABLE papers; --");
        QCOMPARE(store.arxiv().idsWithoutArxiv(hostile).size(), 0);
        QCOMPARE(store.paperCount(), 5);
    }
};

QTEST_GUILESS_MAIN(TestStoreArxiv)
#include "tst_storearxiv.moc"
