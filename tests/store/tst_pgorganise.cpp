// What users decide on a shared library, against the test command's real
// PostgreSQL (the cases both backends share: tst_organisestore):
// - every change is logged and heard by another client ("2 papers tagged
//   by ..."), a change that changes nothing or fails tells no one;
// - the conflicts rule with two connections: tags are rows, so adding or
//   removing one never drops another client's; each mark (star, state,
//   note) is its own field, the last writer of a field wins;
// - a reader's writes are refused by the database itself (even through
//   OrganiseStore, which asks no client-side check), an editor's go in;
//   the marks say who changed them last.
#include "collectionstore.h"
#include "librarychange.h"
#include "organisesnapshots.h"
#include "organisestore.h"
#include "pgchangelistener.h"
#include "pgpaperstore.h"
#include "pgsql.h"
#include "sharedlibrary.h"
#include "support/englishplurals.h"
#include "support/testpostgres.h"

#include <QSignalSpy>
#include <QtTest>

namespace {

ProfileRecord profile(const QStringList &titles)
{
    ProfileRecord p;
    p.name = QStringLiteral("Mara");
    p.savedAt = QDateTime(QDate(2024, 3, 1), QTime(12, 0), Qt::UTC);
    int day = 0;
    for (const QString &title : titles) {
        PaperRecord paper;
        paper.title = title;
        paper.authors = QStringList{QStringLiteral("Mara Writer")};
        paper.date = QDate(2023, 1, ++day);
        paper.category = QStringLiteral("SE");
        p.papers << paper;
    }
    return p;
}

QVector<qint64> allIds(const AbstractPaperStore &store)
{
    return store.paperIds(PaperFilter(), PaperSort::Title, Qt::AscendingOrder);
}

} // namespace

class TestPgOrganise : public QObject
{
    Q_OBJECT

    // The library with three papers A, B, C (ids in title order).
    static bool openWithPapers(PgPaperStore &store, const TestPostgres::Database &database)
    {
        return store.open(database.location().toString())
               && store.importProfile(profile({QStringLiteral("A paper"), QStringLiteral("B paper"),
                                               QStringLiteral("C paper")}))
                      .ok;
    }

    // Opens the library as a login role of the test server (its password through libpq's PGPASSWORD).
    static bool openAs(PgPaperStore &store, const TestPostgres::Database &database, const QString &role)
    {
        qputenv("PGPASSWORD", "role-pw");
        const bool ok = store.open(database.as(role).toString());
        qunsetenv("PGPASSWORD");
        return ok;
    }

private slots:
    void initTestCase() { QVERIFY(EnglishPlurals::install()); }

    void changesAreHeardByOtherClients()
    {
        TEST_POSTGRES_SERVER();
        TestPostgres::Database database;
        QVERIFY2(database.ok(), qPrintable(database.error()));
        PgPaperStore store;
        QVERIFY2(openWithPapers(store, database), qPrintable(store.lastError()));
        const QVector<qint64> ids = allIds(store);
        PgChangeListener listener;
        QVERIFY2(listener.start(database.location()), qPrintable(listener.error()));
        QSignalSpy heard(&listener, &PgChangeListener::changed);

        OrganiseStore org(store);
        QCOMPARE(org.addTag(QStringLiteral("thesis"), ids.mid(0, 2)), 2);
        QCOMPARE(org.addTag(QStringLiteral("THESIS"), ids.mid(0, 2)), 0);  // changes nothing: tells no one
        QCOMPARE(CollectionStore(org).addPapers(QStringLiteral("nope"), ids), -1); // fails: tells no one
        QCOMPARE(org.setStarred({ids.at(2)}, true), 1);
        QCOMPARE(org.setNote(ids.at(0), QStringLiteral("see section 3")), 1);
        QVERIFY(CollectionStore(org).createCollection(QStringLiteral("Reading group")));
        QCOMPARE(CollectionStore(org).addPapers(QStringLiteral("reading group"), ids), 3);

        const QStringList expected{QStringLiteral("2 papers tagged by paperscope_test"),
                                   QStringLiteral("1 paper starred by paperscope_test"),
                                   QStringLiteral("the note of 1 paper changed by paperscope_test"),
                                   QStringLiteral("collections or saved searches changed by paperscope_test"),
                                   QStringLiteral("3 papers added to a collection by paperscope_test")};
        QStringList said;
        while (said.size() < expected.size() && (!heard.isEmpty() || heard.wait(10000))) {
            while (!heard.isEmpty())
                said << heard.takeFirst().at(0).value<LibraryChange>().text();
        }
        QCOMPARE(said, expected);
        QVERIFY(!heard.wait(300)); // and nothing else
    }

    // The conflicts rule, with two clients on their own connections.
    void twoClientsNeverDropEachOthersTags()
    {
        TEST_POSTGRES_SERVER();
        TestPostgres::Database database;
        QVERIFY2(database.ok(), qPrintable(database.error()));
        PgPaperStore mara;
        QVERIFY2(openWithPapers(mara, database), qPrintable(mara.lastError()));
        PgPaperStore ben;
        QVERIFY2(ben.open(database.location().toString()), qPrintable(ben.lastError()));
        const qint64 paper = allIds(mara).first();
        OrganiseStore atMara(mara);
        OrganiseStore atBen(ben);

        // Both read the paper's tags (none), then each adds one: both stay.
        QVERIFY(atMara.marks(paper).tags.isEmpty() && atBen.marks(paper).tags.isEmpty());
        QCOMPARE(atMara.addTag(QStringLiteral("method"), {paper}), 1);
        QCOMPARE(atBen.addTag(QStringLiteral("baseline"), {paper}), 1);
        const QStringList both{QStringLiteral("baseline"), QStringLiteral("method")};
        QCOMPARE(atMara.marks(paper).tags, both);
        QCOMPARE(atBen.marks(paper).tags, both);
        // Mara takes hers off, from what she last saw: Ben's stays.
        QCOMPARE(atMara.removeTag(QStringLiteral("method"), {paper}), 1);
        QCOMPARE(atBen.marks(paper).tags, QStringList{QStringLiteral("baseline")});
        // Ben adds the one Mara took off again, Mara adds another: all kept.
        QCOMPARE(atBen.addTag(QStringLiteral("Method"), {paper}), 1);
        QCOMPARE(atMara.addTag(QStringLiteral("survey"), {paper}), 1);
        QCOMPARE(atBen.marks(paper).tags,
                 (QStringList{QStringLiteral("baseline"), QStringLiteral("method"), QStringLiteral("survey")}));

        // Marks: each field on its own, the last writer of a field wins.
        QCOMPARE(atMara.setStarred({paper}, true), 1);
        QCOMPARE(atBen.setState({paper}, 2), 1);
        QCOMPARE(atMara.setNote(paper, QStringLiteral("Mara's note")), 1);
        QCOMPARE(atBen.setNote(paper, QStringLiteral("Ben's note")), 1);
        const PaperMarks seen = atMara.marks(paper);
        QVERIFY(seen.starred);                            // Ben's state did not reset Mara's star
        QCOMPARE(seen.state, 2);                          // nor her note his state
        QCOMPARE(seen.note, QStringLiteral("Ben's note")); // the later note
        // Collections are rows too.
        QVERIFY(CollectionStore(atMara).createCollection(QStringLiteral("Related")));
        QCOMPARE(CollectionStore(atBen).addPapers(QStringLiteral("related"), {paper}), 1);
        QCOMPARE(atMara.marks(paper).collections, QStringList{QStringLiteral("Related")});
    }

    void theDatabaseRefusesAReadersWrites()
    {
        TEST_POSTGRES_SERVER();
        TestPostgres::Database database;
        QVERIFY2(database.ok(), qPrintable(database.error()));
        PgPaperStore owner;
        QVERIFY2(openWithPapers(owner, database), qPrintable(owner.lastError()));
        const QVector<qint64> ids = allIds(owner);
        OrganiseStore byOwner(owner);
        QVERIFY(CollectionStore(byOwner).createCollection(QStringLiteral("Shelf")));
        QCOMPARE(byOwner.addTag(QStringLiteral("kept"), ids), 3);
        const QString reader = QStringLiteral("pstest_orgreader_%1").arg(QCoreApplication::applicationPid());
        const QString editor = QStringLiteral("pstest_orgeditor_%1").arg(QCoreApplication::applicationPid());
        for (const QString &role : {reader, editor})
            QVERIFY(TestPostgres::admin(QStringLiteral("CREATE ROLE %1 LOGIN PASSWORD 'role-pw'").arg(role)));
        {
            SharedLibrary library;
            QVERIFY2(library.open(database.location()), qPrintable(library.lastError()));
            QVERIFY2(library.grant(PgRoles::Access::Reader, reader), qPrintable(library.lastError()));
            QVERIFY2(library.grant(PgRoles::Access::Editor, editor), qPrintable(library.lastError()));
        }
        const PaperMarks before = byOwner.marks(ids.first());

        PgPaperStore asReader;
        QVERIFY2(openAs(asReader, database, reader), qPrintable(asReader.lastError()));
        QVERIFY(asReader.isReadOnly());
        OrganiseStore org(asReader);
        CollectionStore collections(org);
        const QString refused = QStringLiteral("%1 may only read this shared library: nothing changed").arg(reader);
        QCOMPARE(org.addTag(QStringLiteral("mine"), ids), -1);
        QVERIFY2(org.error().startsWith(refused), qPrintable(org.error()));
        QCOMPARE(org.removeTag(QStringLiteral("kept"), ids), -1);
        QCOMPARE(org.setStarred(ids, true), -1);
        QCOMPARE(org.setState(ids, 1), -1);
        QCOMPARE(org.setNote(ids.first(), QStringLiteral("no")), -1);
        QVERIFY(!collections.createCollection(QStringLiteral("Mine")));
        QCOMPARE(collections.addPapers(QStringLiteral("Shelf"), ids), -1);
        QVERIFY(!collections.saveSearch(QStringLiteral("Mine"), PaperFilter()));
        QVERIFY(!collections.deleteCollection(QStringLiteral("Shelf")));
        QVERIFY(!OrganiseSnapshots(org).restore(OrganiseSnapshots(org).take(ids)));
        QVERIFY2(org.error().startsWith(refused), qPrintable(org.error()));
        QVERIFY(asReader.removePapers(ids).isEmpty());
        // It still reads everything.
        QCOMPARE(org.marks(ids.first()).tags, QStringList{QStringLiteral("kept")});
        QCOMPARE(collections.collections().size(), 1);
        // Nothing changed.
        QCOMPARE(byOwner.marks(ids.first()).tags, before.tags);
        QCOMPARE(byOwner.marks(ids.first()).starred, false);
        QCOMPARE(CollectionStore(byOwner).collections().size(), 1);
        QVERIFY(CollectionStore(byOwner).savedSearches().isEmpty());
        QCOMPARE(owner.paperCount(), 3);

        // An editor may.
        PgPaperStore asEditor;
        QVERIFY2(openAs(asEditor, database, editor), qPrintable(asEditor.lastError()));
        QVERIFY(!asEditor.isReadOnly());
        OrganiseStore byEditor(asEditor);
        QCOMPARE(byEditor.addTag(QStringLiteral("theirs"), ids), 3);
        QCOMPARE(byEditor.setStarred(ids, true), 3);
        QVERIFY(CollectionStore(byEditor).createCollection(QStringLiteral("Theirs"), QStringLiteral("Shelf")));
        QVERIFY(CollectionStore(byEditor).saveSearch(QStringLiteral("Theirs"), PaperFilter()));
        QVERIFY2(OrganiseSnapshots(byEditor).restore(OrganiseSnapshots(byEditor).take(ids)), qPrintable(byEditor.error()));
        QCOMPARE(byOwner.marks(ids.first()).tags, (QStringList{QStringLiteral("kept"), QStringLiteral("theirs")}));
        // Each paper's marks say who changed them last.
        QCOMPARE(byOwner.setState({ids.first()}, 1), 1);
        QCOMPARE(PgSql::scalar(owner.database(), QStringLiteral("SELECT string_agg(changed_by, ',' ORDER BY changed_by)"
                                                                " FROM paper_marks")).toString(),
                 QStringLiteral("paperscope_test,%1,%1").arg(editor));

        for (const QString &role : {reader, editor})
            TestPostgres::admin(QStringLiteral("DROP OWNED BY %1").arg(role));
    }
};

QTEST_GUILESS_MAIN(TestPgOrganise)
#include "tst_pgorganise.moc"
