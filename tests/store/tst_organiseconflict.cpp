// Two clients of one shared library changing overlapping papers at once,
// against the test command's real PostgreSQL. A tagging that crosses
// another client's open change in the opposite order is a deadlock:
// PostgreSQL undoes one of the two. OrganiseStore runs the undone one
// again, so both clients' tags land and the user never sees "deadlock
// detected". The crossing is made on purpose: client A holds paper X and
// asks for Y while client B (on a worker thread, in slices of 1000 ids as
// when the window shows progress) holds Y and waits for X.
#include "organisestore.h"
#include "pgpaperstore.h"
#include "support/testpostgres.h"

#include <QThread>
#include <QtTest>

#include <atomic>

namespace {

ProfileRecord papers(int count)
{
    ProfileRecord p;
    p.name = QStringLiteral("Mara");
    p.savedAt = QDateTime(QDate(2024, 3, 1), QTime(12, 0), Qt::UTC);
    for (int i = 0; i < count; ++i) {
        PaperRecord paper;
        paper.title = QStringLiteral("Paper number %1").arg(i, 5, 10, QLatin1Char('0'));
        paper.authors = QStringList{QStringLiteral("Mara Writer")};
        paper.date = QDate(2023, 1, 1).addDays(i % 300);
        paper.category = QStringLiteral("SE");
        p.papers << paper;
    }
    return p;
}

// One statement on a connection; its error text, empty when it went in.
QString run(QSqlDatabase db, const QString &sql, const QVariantList &values = {})
{
    QSqlQuery q(db);
    q.prepare(sql);
    for (int i = 0; i < values.size(); ++i)
        q.bindValue(i, values.at(i));
    return q.exec() ? QString() : q.lastError().text();
}

} // namespace

class TestOrganiseConflict : public QObject
{
    Q_OBJECT

private slots:
    void crossedTaggingsBothLand()
    {
        TEST_POSTGRES_SERVER();
        TestPostgres::Database database;
        QVERIFY2(database.ok(), qPrintable(database.error()));
        const QString url = database.location().toString();
        PgPaperStore a;
        QVERIFY2(a.open(url), qPrintable(a.lastError()));
        QVERIFY(a.importProfile(papers(1001)).ok);
        const QVector<qint64> ids = a.paperIds(PaperFilter(), PaperSort::Title, Qt::AscendingOrder);
        QCOMPARE(ids.size(), 1001);
        const qint64 y = ids.first(), x = ids.last(); // B's first slice holds Y, its second X

        QSqlDatabase adb = a.database();
        QCOMPARE(run(adb, QStringLiteral("INSERT INTO tags (name) VALUES ('shared')")), QString());
        // A: X tagged and held.
        QVERIFY(adb.transaction());
        const QString tagOne = QStringLiteral("INSERT INTO paper_tags (norm_title, tag_id)"
                                              " SELECT norm_title, (SELECT id FROM tags WHERE name = 'shared')"
                                              " FROM papers WHERE id = ?");
        QCOMPARE(run(adb, tagOne, {x}), QString());

        // B: every paper, in slices: Y's slice goes in, then it waits for X.
        std::atomic_int changed{-2};
        QString error;
        QThread *b = QThread::create([&] {
            PgPaperStore store;
            if (!store.open(url)) {
                error = store.lastError();
                return;
            }
            OrganiseStore organise(store);
            organise.setProgress([](int, int) { return true; });
            changed = organise.addTag(QStringLiteral("shared"), ids);
            error = organise.error();
        });
        b->start();
        PgPaperStore watcher;
        QVERIFY(watcher.open(url));
        const auto waitingForLocks = [&] {
            QSqlQuery q(watcher.database());
            return q.exec(QStringLiteral("SELECT count(*) FROM pg_stat_activity"
                                         " WHERE datname = current_database() AND wait_event_type = 'Lock'"))
                   && q.next() && q.value(0).toInt() == 1;
        };
        QTRY_VERIFY_WITH_TIMEOUT(waitingForLocks(), 20000);

        // A asks for Y, which B holds: a deadlock. B has waited longer, so
        // its check (deadlock_timeout, 1 s after it began to wait) finds it
        // first and PostgreSQL undoes B; A's statement then goes in.
        QCOMPARE(run(adb, tagOne, {y}), QString());
        QVERIFY(adb.commit());
        QVERIFY(b->wait(60000));
        delete b;

        QVERIFY2(changed == 999, qPrintable(QStringLiteral("changed %1: %2").arg(int(changed)).arg(error)));
        QSqlQuery q(watcher.database());
        QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM paper_tags")) && q.next());
        QCOMPARE(q.value(0).toInt(), 1001);
        // The crossing really happened (and was not avoided by luck); the
        // server counts it once B's session has reported its statistics.
        const auto deadlocks = [&] {
            QSqlQuery d(watcher.database());
            return d.exec(QStringLiteral("SELECT deadlocks FROM pg_stat_database WHERE datname = current_database()"))
                       && d.next() ? d.value(0).toInt() : -1;
        };
        QTRY_VERIFY_WITH_TIMEOUT(deadlocks() >= 1, 10000);
    }
};

QTEST_GUILESS_MAIN(TestOrganiseConflict)
#include "tst_organiseconflict.moc"
