// Tests for a large .bib file imported by ImportJob (issue 17: progress and
// Cancel inside one big file): a batch of one file reports that file's own
// progress (its papers stored, then their fields: twice the entries), and
// Cancel in either half stops the file mid-way and rolls it back whole, so
// the store keeps exactly what it had. ImportJob::run is called on the test
// thread, so its signals arrive directly and Cancel lands at a known point.

#include "importjob.h"
#include "paperstore.h"

#include <QFile>
#include <QTemporaryDir>
#include <QtTest>

namespace {

constexpr int entries = 6000;

QByteArray bigBib(int n)
{
    QByteArray out = "@string{icse = {International Conference on Software Engineering}}\n\n";
    for (int i = 0; i < n; ++i) {
        out += QStringLiteral("@inproceedings{big%1,\n  title = {Large library entry number %1},\n"
                              "  author = {M{\\\"u}ller, Anna and Smith, Bo},\n  booktitle = icse,\n"
                              "  year = {%2},\n  keywords = {big, test}\n}\n\n")
                   .arg(i).arg(2000 + i % 25).toUtf8();
    }
    return out;
}

struct Run
{
    QVector<QPair<int, int>> steps; // (done, total) of the file's own progress
    QVector<FileImportResult> results;
    bool cancelled = false;
};

} // namespace

class TestBigBibJob : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;
    QString m_bib;

    QString freshStore(const QString &name)
    {
        const QString path = m_dir.filePath(name);
        PaperStore store; // one profile paper already there
        if (!store.open(path))
            return QString();
        ProfileRecord profile;
        profile.name = QStringLiteral("Someone");
        PaperRecord p;
        p.title = QStringLiteral("A paper already in the store");
        p.category = QStringLiteral("cs.SE");
        profile.papers << p;
        return store.importProfile(profile).ok ? path : QString();
    }

    // Runs the job; cancels once the file's progress passes cancelAt (0: never).
    Run run(const QString &storePath, int cancelAt)
    {
        Run r;
        ImportJob job(storePath, {m_bib}, {});
        connect(&job, &ImportJob::progress, this, [&](int done, int total, const QString &) {
            if (total == 2 * entries) {
                r.steps.append({done, total});
                if (cancelAt > 0 && done >= cancelAt)
                    job.cancel();
            }
        });
        connect(&job, &ImportJob::finished, this, [&](const QVector<FileImportResult> &results, bool cancelled) {
            r.results = results;
            r.cancelled = cancelled;
        });
        job.run();
        return r;
    }

    static int paperCount(const QString &storePath)
    {
        PaperStore store;
        return store.open(storePath) ? store.paperCount() : -1;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_bib = m_dir.filePath(QStringLiteral("library.bib"));
        QFile f(m_bib);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(bigBib(entries));
    }

    void progressInsideTheFile()
    {
        const QString store = freshStore(QStringLiteral("progress.sqlite"));
        QVERIFY(!store.isEmpty());
        const Run r = run(store, 0);
        QVERIFY(!r.cancelled);
        QCOMPARE(r.results.size(), 1);
        QVERIFY2(r.results.first().ok, qPrintable(r.results.first().message));
        QCOMPARE(paperCount(store), 1 + entries);
        // Both halves were reported, in order, below the total.
        QVERIFY2(r.steps.size() >= 4, qPrintable(QString::number(r.steps.size())));
        bool storing = false, fields = false;
        for (int i = 0; i < r.steps.size(); ++i) {
            const int done = r.steps.at(i).first;
            QVERIFY(done > 0 && done <= 2 * entries);
            if (i > 0)
                QVERIFY(done > r.steps.at(i - 1).first);
            storing = storing || done <= entries;
            fields = fields || done > entries;
        }
        QVERIFY(storing && fields);
    }

    void cancelWhileStoringPapers_data()
    {
        QTest::addColumn<int>("cancelAt");
        QTest::newRow("papers half") << 1;
        QTest::newRow("fields half") << entries + 1;
    }
    void cancelWhileStoringPapers()
    {
        QFETCH(int, cancelAt);
        const QString store = freshStore(QStringLiteral("cancel%1.sqlite").arg(cancelAt));
        QVERIFY(!store.isEmpty());
        const Run r = run(store, cancelAt);
        QVERIFY(r.cancelled);
        QVERIFY(!r.steps.isEmpty());
        QVERIFY(r.steps.last().first < 2 * entries); // stopped inside the file
        QCOMPARE(r.results.size(), 1);
        QVERIFY(!r.results.first().ok);
        QVERIFY2(r.results.first().message.contains(QLatin1String("cancelled")), qPrintable(r.results.first().message));
        // Rolled back whole: the store has what it had, and no profile for the file.
        QCOMPARE(paperCount(store), 1);
        PaperStore after;
        QVERIFY(after.open(store));
        QCOMPARE(after.profiles().size(), 1);
    }
};

QTEST_GUILESS_MAIN(TestBigBibJob)
#include "tst_bigbibjob.moc"
