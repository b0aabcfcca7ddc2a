// Undo of a removal brings a .bib paper back whole (issue 17): its entry
// type, venue and every kept field, not only the columns profile papers
// have; the export after remove + undo is byte for byte the export before,
// for single papers and for a whole .bib source.
#include "bibtexexport.h"
#include "paperstore.h"
#include "profileimporter.h"
#include "support/bibstoretesting.h"
#include "support/testdata.h"

#include <QtTest>

using namespace BibStoreTesting;

namespace {

PaperRecord byKey(PaperStore &store, const QString &key)
{
    for (const PaperRecord &p : all(store))
        if (p.citationKey == key)
            return p;
    return PaperRecord();
}

} // namespace

class TestBibUndo : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;
    int m_n = 0;

    bool openWithLibrary(PaperStore &store)
    {
        if (!store.open(m_dir.filePath(QStringLiteral("s%1.sqlite").arg(++m_n))))
            return false;
        ProfileImporter importer(store);
        for (const char *file : {"jabref.bib", "zotero.bib", "public-macros.bib"})
            if (!importer.importFile(bib(file)).ok)
                return false;
        return true;
    }

private slots:
    void removedPaperComesBackWhole();
    void removedSourceComesBackWhole();
};

void TestBibUndo::removedPaperComesBackWhole()
{
    PaperStore store;
    QVERIFY(openWithLibrary(store));
    const QByteArray before = exported(store);
    const PaperRecord kept = byKey(store, QStringLiteral("Mueller2019"));
    QCOMPARE(kept.entryType, QStringLiteral("article"));
    QVERIFY(!kept.venue.isEmpty() && !kept.bibFields.isEmpty());
    const PaperRecord other = byKey(store, QStringLiteral("fair2024CodeWorldModel"));
    QVERIFY(other.id > 0);

    const RemovedPapers removed = store.removePapers({kept.id, other.id});
    QCOMPARE(removed.papers.size(), 2);
    QVERIFY(!exported(store).contains("Mueller2019"));
    QVERIFY(store.restore(removed));

    const PaperRecord back = byKey(store, QStringLiteral("Mueller2019"));
    QCOMPARE(back.id, kept.id);
    QCOMPARE(back.entryType, kept.entryType);
    QCOMPARE(back.venue, kept.venue);
    QCOMPARE(back.bibFields, kept.bibFields);
    QCOMPARE(byKey(store, QStringLiteral("fair2024CodeWorldModel")).entryType, QStringLiteral("online"));
    QCOMPARE(exported(store), before);
}

void TestBibUndo::removedSourceComesBackWhole()
{
    PaperStore store;
    QVERIFY(openWithLibrary(store));
    const QByteArray before = exported(store);
    QString source;
    for (const ProfileRecord &p : store.profiles())
        source = p.sourceFile.endsWith(QLatin1String("zotero.bib")) ? p.name : source;
    QVERIFY(!source.isEmpty());
    const RemovedPapers removed = store.removeProfile(source);
    QVERIFY(!removed.papers.isEmpty());
    QVERIFY(exported(store) != before);
    QVERIFY(store.restore(removed));
    QCOMPARE(exported(store), before);
}

QTEST_GUILESS_MAIN(TestBibUndo)
#include "tst_bibundo.moc"
