// Tests for a change of marks taken into the in-memory index in place
// (StoreIndex::beforeMarkChange/afterMarkChange, OrganiseIndex::
// replacePapers), as the window's undo commands and OrganiseJob do: after a
// tag added (known and new), removed, a star, a reading state, a membership
// of a nested collection, and the undo of each, the indexed store answers
// every count, list and Organise panel count exactly as a plain PaperStore
// reading the same file with SQL; the index is not read again for a change
// on its own connection, is read again in the background for one on a
// worker's connection, and is not updated in place when another
// connection wrote in between. The collections' sizes (with the nested
// ones' papers, each once) from memory equal SQL's and their filters' counts.

#include "collectionstore.h"
#include "organisecounts.h"
#include "organisesnapshots.h"
#include "organisestore.h"
#include "paperstore.h"
#include "storeindex.h"
#include "support/countcompare.h"

#include <QTemporaryDir>
#include <QtTest>

#include <functional>
#include <memory>

using CountCompare::sameCounts;

namespace {

QVector<ProfileRecord> profiles(int papers)
{
    QVector<ProfileRecord> out(2);
    out[0].name = QStringLiteral("Ada");
    out[1].name = QStringLiteral("Grace");
    const QStringList categories = {QStringLiteral("SE"), QStringLiteral("LG"), QStringLiteral("CL")};
    for (int i = 0; i < papers; ++i) {
        PaperRecord p;
        p.title = QStringLiteral("Marked paper number %1").arg(i);
        p.date = QDate(2018 + i % 6, 1 + i % 12, 1 + i % 28);
        p.category = categories.at(i % categories.size());
        p.authors << QStringLiteral("Author %1").arg(i % 4);
        out[i % 2].papers << p;
    }
    return out;
}

QVector<PaperFilter> filters()
{
    QVector<PaperFilter> out(1);
    for (const QString &tag : {QStringLiteral("ml"), QStringLiteral("Thesis"), QStringLiteral("brand new")}) {
        PaperFilter f;
        f.tags = QStringList{tag};
        out << f;
    }
    PaperFilter f;
    f.starredOnly = true;
    out << f;
    for (const QString &state : {QStringLiteral("unread"), QStringLiteral("reading"), QStringLiteral("read")}) {
        f = PaperFilter();
        f.states = QStringList{state};
        out << f;
    }
    for (const QString &c : {QStringLiteral("Work"), QStringLiteral("Chapter 2"), QStringLiteral("Figures")}) {
        f = PaperFilter();
        f.collections = QStringList{c};
        out << f;
        f.categories = QStringList{QStringLiteral("LG")};
        f.tags = QStringList{QStringLiteral("ml")};
        out << f;
    }
    return out;
}

} // namespace

class TestOrganiseInPlace : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;
    std::unique_ptr<PaperStore> m_sql;
    std::unique_ptr<PaperStore> m_indexed;
    QVector<qint64> m_ids;

    QVector<qint64> every(int step, int from) const
    {
        QVector<qint64> out;
        for (int i = from; i < m_ids.size(); i += step)
            out << m_ids.at(i);
        return out;
    }

    // The indexed store answers as SQL does (a fresh read of the store).
    void compareWithSql()
    {
        for (const PaperFilter &f : filters()) {
            const QString where = QStringLiteral("tags=%1 starred=%2 states=%3 collections=%4")
                                      .arg(f.tags.join(QLatin1Char('|'))).arg(f.starredOnly)
                                      .arg(f.states.join(QLatin1Char('|')), f.collections.join(QLatin1Char('|')));
            QVERIFY2(m_indexed->paperCount(f) == m_sql->paperCount(f), qPrintable(where));
            QVERIFY2(m_indexed->paperIds(f, PaperSort::Date, Qt::DescendingOrder)
                         == m_sql->paperIds(f, PaperSort::Date, Qt::DescendingOrder),
                     qPrintable(where));
            QVERIFY2(sameCounts(m_indexed->facetCounts(Facet::Category, f, true),
                                m_sql->facetCounts(Facet::Category, f, true)),
                     qPrintable(where));
            const OrganiseCounts indexed(*m_indexed), sql(*m_sql);
            for (OrganiseFacet facet : {OrganiseFacet::Tag, OrganiseFacet::State, OrganiseFacet::Starred}) {
                for (bool exclude : {false, true}) {
                    QVERIFY2(sameCounts(indexed.counts(facet, f, exclude), sql.counts(facet, f, exclude)),
                             qPrintable(QStringLiteral("organise %1/%2 under %3").arg(int(facet)).arg(exclude).arg(where)));
                }
            }
            int count = -1;
            QVERIFY2(m_indexed->index()->count(f, &count), qPrintable(where)); // the index answered
        }
        // The Organise panel's collection sizes (nested members, each once) from memory, as SQL counts them.
        QHash<QString, int> sizes;
        QVERIFY(m_indexed->index()->collectionSizes(&sizes));
        OrganiseStore org(*m_sql);
        const QVector<CollectionInfo> bySql = CollectionStore(org).collections();
        const QVector<CollectionInfo> byIndex = CollectionStore(org).collections(&sizes);
        QCOMPARE(byIndex.size(), bySql.size());
        for (int i = 0; i < bySql.size(); ++i) {
            QCOMPARE(byIndex.at(i).name, bySql.at(i).name);
            QCOMPARE(byIndex.at(i).papers, bySql.at(i).papers);
            PaperFilter in;
            in.collections = QStringList{bySql.at(i).name};
            QCOMPARE(bySql.at(i).papers, m_sql->paperCount(in)); // what its filter lists
        }
    }

    // Writes work on the indexed store's connection (or, with worker, on the
    // plain store's, as OrganiseJob's own connection does), takes the change
    // into the index in place, compares; then undoes it the same way.
    void changeAndUndo(const QVector<qint64> &ids, const std::function<int(OrganiseStore &)> &work,
                       bool worker = false)
    {
        StoreIndex *index = m_indexed->index();
        QVERIFY(index->isFresh());
        PaperStore &writer = worker ? *m_sql : *m_indexed;
        OrganiseStore org(writer);
        OrganiseSnapshots snapshots(org);
        const OrganiseSnapshot before = snapshots.take(ids);
        for (int step = 0; step < 2; ++step) {
            const StoreIndex::MarkChange mark = index->beforeMarkChange();
            QVERIFY(mark.canApply());
            if (step == 0)
                QVERIFY2(work(org) >= 0, qPrintable(org.error()));
            else
                QVERIFY2(snapshots.restore(before), qPrintable(org.error())); // the undo
            const OrganiseSnapshot now = step == 0 ? snapshots.take(ids) : snapshots.resolved(before);
            const quint64 inPlace = index->inPlaceCount();
            QVERIFY(index->afterMarkChange(mark, now, !worker));
            QCOMPARE(index->inPlaceCount(), inPlace + 1);
            const quint64 serial = index->buildCount();
            compareWithSql();
            if (worker) {
                // Read again in the background, to be sure; the same answers once it is in.
                QTRY_VERIFY_WITH_TIMEOUT(!index->isBuilding(), 60000);
                compareWithSql();
            } else {
                QCOMPARE(index->buildCount(), serial); // not read again
            }
        }
    }

private slots:
    void init()
    {
        static int n = 0;
        const QString path = m_dir.filePath(QStringLiteral("inplace%1.sqlite").arg(++n));
        m_sql = std::make_unique<PaperStore>();
        m_indexed = std::make_unique<PaperStore>();
        QVERIFY(m_sql->open(path));
        QVERIFY(m_indexed->open(path));
        QVERIFY(m_indexed->enableIndex());
        for (const ProfileRecord &profile : profiles(300))
            QVERIFY2(m_sql->importProfile(profile).ok, qPrintable(m_sql->lastError()));
        m_ids = m_sql->paperIds(PaperFilter(), PaperSort::Date, Qt::AscendingOrder);
        QCOMPARE(m_ids.size(), 300);
        OrganiseStore org(*m_sql);
        QVERIFY(org.addTag(QStringLiteral("ml"), every(3, 0)) > 0);
        QVERIFY(org.addTag(QStringLiteral("Thesis"), every(4, 1)) > 0);
        QVERIFY(org.setStarred(every(9, 1), true) > 0);
        QVERIFY(org.setState(every(5, 0), 2) > 0);
        QVERIFY(org.setState(every(7, 3), 1) > 0);
        CollectionStore collections(org);
        QVERIFY(collections.createCollection(QStringLiteral("Work")));
        QVERIFY(collections.createCollection(QStringLiteral("Chapter 2"), QStringLiteral("Work")));
        QVERIFY(collections.createCollection(QStringLiteral("Figures"), QStringLiteral("Chapter 2")));
        QVERIFY(collections.addPapers(QStringLiteral("Work"), every(10, 0)) > 0);
        QVERIFY(collections.addPapers(QStringLiteral("Figures"), every(13, 2)) > 0);
        compareWithSql();
    }
    void cleanup()
    {
        m_indexed.reset();
        m_sql.reset();
    }

    void tagAddedAndRemoved()
    {
        const QVector<qint64> ids = every(2, 1);
        changeAndUndo(ids, [&](OrganiseStore &org) { return org.addTag(QStringLiteral("ML"), ids); }); // known, other case
        changeAndUndo(ids, [&](OrganiseStore &org) { return org.addTag(QStringLiteral("brand new"), ids); });
        changeAndUndo(ids, [&](OrganiseStore &org) { return org.removeTag(QStringLiteral("thesis"), ids); });
    }

    void starAndState()
    {
        const QVector<qint64> ids = every(3, 2);
        changeAndUndo(ids, [&](OrganiseStore &org) { return org.setStarred(ids, true); });
        changeAndUndo(ids, [&](OrganiseStore &org) { return org.setStarred(ids, false); });
        changeAndUndo(ids, [&](OrganiseStore &org) { return org.setState(ids, 1); });
        changeAndUndo(ids, [&](OrganiseStore &org) { return org.setState(ids, 0); });
    }

    void nestedMembership()
    {
        const QVector<qint64> ids = every(6, 4);
        changeAndUndo(ids, [&](OrganiseStore &org) { return CollectionStore(org).addPapers(QStringLiteral("Figures"), ids); });
        changeAndUndo(ids, [&](OrganiseStore &org) { return CollectionStore(org).removePapers(QStringLiteral("Work"), ids); });
    }

    void writtenOnAWorkersConnection()
    {
        const QVector<qint64> ids = every(2, 0);
        changeAndUndo(ids, [&](OrganiseStore &org) { return org.addTag(QStringLiteral("brand new"), ids); }, true);
    }

    // Another connection writes between: the index is read again instead.
    void anotherWriterMeanwhile()
    {
        StoreIndex *index = m_indexed->index();
        QVERIFY(index->isFresh());
        const StoreIndex::MarkChange mark = index->beforeMarkChange();
        OrganiseStore other(*m_sql);
        QVERIFY(other.setStarred(every(2, 0), true) > 0);
        const QVector<qint64> ids = every(5, 1);
        OrganiseStore own(*m_indexed);
        QVERIFY(own.addTag(QStringLiteral("brand new"), ids) > 0);
        QVERIFY(!index->afterMarkChange(mark, OrganiseSnapshots(own).take(ids), true));
        compareWithSql();
    }
};

QTEST_GUILESS_MAIN(TestOrganiseInPlace)
#include "tst_organiseinplace.moc"
