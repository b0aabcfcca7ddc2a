// The full-text index of a batch import (BatchFullText, through
// PaperStore's import batch): the papers of every batch are found by a
// text search once committed, also papers merged into ones of an earlier
// batch; FTS5's own integrity check passes; the insert trigger is back
// after a commit and after a rollback, so a single import and any other
// program writing the store still index their papers.
#include "paperstore.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

namespace {

ProfileRecord profile(const QString &name, const QString &word, int from, int count)
{
    ProfileRecord p;
    p.name = name;
    for (int i = from; i < from + count; ++i) {
        PaperRecord paper;
        paper.title = QStringLiteral("Study %1 of %2").arg(i).arg(word);
        paper.date = QDate(2023, 1, 1 + i % 28);
        paper.category = QStringLiteral("LG");
        paper.authors = QStringList{name};
        paper.abstract = QStringLiteral("An abstract about %1.").arg(word);
        p.papers << paper;
    }
    return p;
}

int found(const PaperStore &store, const QString &text)
{
    PaperFilter filter;
    filter.text = text;
    return store.paperCount(filter);
}

} // namespace

class TestBatchFullText : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;
    int m_n = 0;

    // The raw file, as another program sees it.
    QVariant scalar(const QString &path, const QString &sql)
    {
        const QString name = QStringLiteral("raw%1").arg(++m_n);
        QVariant value;
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
            db.setDatabaseName(path);
            if (db.open()) {
                QSqlQuery q(db);
                if (q.exec(sql) && q.next())
                    value = q.value(0);
                else if (q.lastError().isValid())
                    value = QStringLiteral("error: ") + q.lastError().text();
            }
        }
        QSqlDatabase::removeDatabase(name);
        return value;
    }
    int triggers(const QString &path)
    {
        return scalar(path, QStringLiteral("SELECT COUNT(*) FROM sqlite_master WHERE type = 'trigger'"
                                           " AND name = 'papers_fts_insert'")).toInt();
    }
    bool ftsIntact(const QString &path)
    {
        return scalar(path, QStringLiteral("INSERT INTO papers_fts(papers_fts, rank) VALUES ('integrity-check', 1)"))
                   .toString().isEmpty();
    }

private slots:
    void batchesAreSearchable()
    {
        const QString path = m_dir.filePath(QStringLiteral("batches.sqlite"));
        PaperStore store;
        QVERIFY(store.open(path));
        QVERIFY(store.beginImportBatch());
        QVERIFY(store.importProfile(profile(QStringLiteral("Ann"), QStringLiteral("walruses"), 0, 30)).ok);
        QVERIFY(store.importProfile(profile(QStringLiteral("Bo"), QStringLiteral("puffins"), 0, 20)).ok);
        QVERIFY(store.commitImportBatch(true));
        QCOMPARE(triggers(path), 1);
        // The next batch: new papers, and Cy's first ten are Ann's (merged, not added).
        QVERIFY(store.beginImportBatch());
        QVERIFY(store.importProfile(profile(QStringLiteral("Cy"), QStringLiteral("walruses"), 20, 25)).ok);
        QVERIFY(store.commitImportBatch(false));
        QCOMPARE(triggers(path), 1);
        QVERIFY(ftsIntact(path));

        PaperStore other;
        QVERIFY(other.open(path));
        QCOMPARE(other.paperCount(), 30 + 20 + 15);
        QCOMPARE(found(other, QStringLiteral("walruses")), 45);
        QCOMPARE(found(other, QStringLiteral("puffins")), 20);
        QCOMPARE(found(other, QStringLiteral("Bo")), 20);

        // Outside a batch the trigger indexes each paper.
        QVERIFY(store.importProfile(profile(QStringLiteral("Di"), QStringLiteral("otters"), 0, 5)).ok);
        QCOMPARE(found(other, QStringLiteral("otters")), 5);
        QVERIFY(ftsIntact(path));
    }

    void rollbackKeepsTheTrigger()
    {
        const QString path = m_dir.filePath(QStringLiteral("rollback.sqlite"));
        PaperStore store;
        QVERIFY(store.open(path));
        QVERIFY(store.beginImportBatch());
        QVERIFY(store.importProfile(profile(QStringLiteral("Ann"), QStringLiteral("walruses"), 0, 10)).ok);
        store.rollbackImportBatch();
        QCOMPARE(triggers(path), 1);
        QCOMPARE(store.paperCount(), 0);
        QVERIFY(store.importProfile(profile(QStringLiteral("Bo"), QStringLiteral("puffins"), 0, 4)).ok);
        QCOMPARE(found(store, QStringLiteral("puffins")), 4);
        QCOMPARE(found(store, QStringLiteral("walruses")), 0);
        QVERIFY(ftsIntact(path));
    }
};

QTEST_GUILESS_MAIN(TestBatchFullText)
#include "tst_batchfulltext.moc"
