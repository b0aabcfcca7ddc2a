// What the BibTeX export asks of a store about a window of papers, through
// the store interface (AbstractPaperStore::exportMarks and bibPreambles):
// the tags, sorted, and the note of every paper given that has either;
// nothing for papers with only a star, a state or a collection, for ids
// the store does not know, or for an empty window; a window larger than
// the export's answers the same as its parts. And the @preamble values of
// the store's .bib files, once each in the order first seen.
#include "abstractpaperstore.h"
#include "collectionstore.h"
#include "organisestore.h"
#include "paperstore.h"
#include "support/bibstoretesting.h"

#include <QtTest>

using namespace BibStoreTesting;

namespace {

QByteArray libraryOf(int papers)
{
    QByteArray text = "@preamble{\"\\newcommand{\\Zed}{Z}\"}\n@preamble{\"\\newcommand{\\Aye}{A}\"}\n";
    for (int i = 0; i < papers; ++i)
        text += QStringLiteral("@misc{p%1,\n  title = {Paper number %1},\n  author = {Ann Bee},\n  year = 2020\n}\n")
                    .arg(i)
                    .toUtf8();
    return text;
}

QVector<qint64> idsOf(PaperStore &store)
{
    QVector<qint64> ids;
    for (const PaperRecord &p : all(store))
        ids << p.id;
    return ids;
}

} // namespace

class TestExportMarks : public QObject
{
    Q_OBJECT

private slots:
    void marksOfAWindow()
    {
        PaperStore store;
        QVERIFY(store.open(QStringLiteral(":memory:")));
        QVERIFY(importText(store, libraryOf(6), QStringLiteral("six.bib")));
        const QVector<qint64> ids = idsOf(store);
        QCOMPARE(ids.size(), 6);
        OrganiseStore organise(store);
        QCOMPARE(organise.addTag(QStringLiteral("zeta"), {ids[0], ids[1]}), 2);
        QCOMPARE(organise.addTag(QStringLiteral("Alpha"), {ids[0]}), 1);
        QCOMPARE(organise.addTag(QStringLiteral("beta"), {ids[0]}), 1);
        QCOMPARE(organise.setNote(ids[2], QStringLiteral("read again")), 1);
        QCOMPARE(organise.setStarred({ids[3]}, true), 1);
        QCOMPARE(organise.setState({ids[4]}, 2), 1);
        CollectionStore collections(organise);
        QVERIFY(collections.createCollection(QStringLiteral("Thesis")));
        QCOMPARE(collections.addPapers(QStringLiteral("Thesis"), {ids[5]}), 1);

        const AbstractPaperStore &api = store;
        const QHash<qint64, PaperMarks> marks = api.exportMarks(ids + QVector<qint64>{999999});
        QVERIFY2(api.lastError().isEmpty(), qPrintable(api.lastError()));
        QCOMPARE(marks.size(), 3);
        QCOMPARE(marks.value(ids[0]).tags, (QStringList{QStringLiteral("Alpha"), QStringLiteral("beta"), QStringLiteral("zeta")}));
        QCOMPARE(marks.value(ids[0]).note, QString());
        QCOMPARE(marks.value(ids[1]).tags, QStringList{QStringLiteral("zeta")});
        QVERIFY(marks.value(ids[2]).tags.isEmpty());
        QCOMPARE(marks.value(ids[2]).note, QStringLiteral("read again"));
        QVERIFY(api.exportMarks({}).isEmpty());
        QVERIFY(api.exportMarks({ids[3], ids[4], ids[5]}).isEmpty());
        QVERIFY(api.lastError().isEmpty());
    }

    void aLargeWindowAnswersAsItsParts()
    {
        PaperStore store;
        QVERIFY(store.open(QStringLiteral(":memory:")));
        QVERIFY(importText(store, libraryOf(1200), QStringLiteral("many.bib")));
        const QVector<qint64> ids = idsOf(store);
        QCOMPARE(ids.size(), 1200);
        QVector<qint64> odd;
        for (int i = 1; i < ids.size(); i += 2)
            odd << ids.at(i);
        QCOMPARE(OrganiseStore(store).addTag(QStringLiteral("odd"), odd), int(odd.size()));
        const QHash<qint64, PaperMarks> whole = store.exportMarks(ids);
        QCOMPARE(whole.size(), odd.size());
        QHash<qint64, PaperMarks> parts = store.exportMarks(ids.mid(0, 500));
        const QHash<qint64, PaperMarks> rest = store.exportMarks(ids.mid(500));
        for (auto it = rest.cbegin(); it != rest.cend(); ++it)
            parts.insert(it.key(), it.value());
        QCOMPARE(parts.size(), whole.size());
        for (qint64 id : odd)
            QCOMPARE(whole.value(id).tags, QStringList{QStringLiteral("odd")});
    }

    void preamblesOnceInTheOrderFirstSeen()
    {
        PaperStore store;
        QVERIFY(store.open(QStringLiteral(":memory:")));
        const AbstractPaperStore &api = store;
        QVERIFY(api.bibPreambles().isEmpty());
        QVERIFY(api.lastError().isEmpty());
        QVERIFY(importText(store, libraryOf(1), QStringLiteral("one.bib")));
        QVERIFY(importText(store, "@preamble{\"\\newcommand{\\Aye}{A}\"}\n@preamble{\"\\def\\Bee{B}\"}\n"
                                  "@misc{q,\n  title = {Another},\n  author = {Cy Dee},\n  year = 2021\n}\n",
                           QStringLiteral("two.bib")));
        QCOMPARE(api.bibPreambles(), (QStringList{QStringLiteral("\\newcommand{\\Zed}{Z}"),
                                                  QStringLiteral("\\newcommand{\\Aye}{A}"),
                                                  QStringLiteral("\\def\\Bee{B}")}));
    }
};

QTEST_GUILESS_MAIN(TestExportMarks)
#include "tst_exportmarks.moc"
