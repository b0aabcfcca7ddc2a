// Tests for how ImportBatch keeps a batch's files when one of them fails
// in the store: the SQLite store takes the whole transaction back (no
// savepoint per file), and the batch imports the earlier files again, in
// order, with no progress asked (Cancel stopped the failed file, not them),
// and commits them at once. Also the next file read ahead of its turn.
#include "importbatch.h"
#include "paperstore.h"
#include "support/profilemaker.h"
#include "support/twoconnections.h"

#include <QTemporaryDir>
#include <QtTest>

#include <memory>

class TestImportBatchReplay : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;
    TwoConnections m_db;

    QString writeProfile(const QString &name, const QString &prefix, int papers)
    {
        const QString path = m_dir.filePath(QStringLiteral("%1-%2.txt").arg(prefix).arg(m_db.path.size()));
        if (!ProfileMaker::write(path, name, ProfileMaker::numbered(prefix + QStringLiteral(" paper"), papers)))
            return QString();
        return path;
    }
    int found(const QString &word) const
    {
        PaperFilter f;
        f.text = word;
        return m_db.other->paperCount(f);
    }

private slots:
    void init()
    {
        static int n = 0;
        QVERIFY(m_db.open(m_dir.filePath(QStringLiteral("replay%1.sqlite").arg(++n))));
    }
    void cleanup() { m_db.close(); }

    // As in the window: Cancel during a large file stops it and the loop.
    // The files before it (1600 papers each: large enough to be asked for
    // progress themselves, every 1536 papers), a pasted text and a missing file among them,
    // land and are reported as they were; the cancelled one leaves nothing.
    void aCancelledFileGoesBackAloneAndTheEarlierOnesLand()
    {
        QStringList files;
        for (int i = 0; i < 4; ++i)
            files << writeProfile(QStringLiteral("Person %1").arg(i), QStringLiteral("Early%1").arg(i), 1600);
        files.insert(2, m_dir.filePath(QStringLiteral("missing.txt")));
        const QString big = writeProfile(QStringLiteral("Big Person"), QStringLiteral("Big"), 4000);
        const QByteArray pasted =
            ProfileMaker::text(QStringLiteral("Pasted Person"), ProfileMaker::numbered(QStringLiteral("Pasted paper"), 60)).toUtf8();

        bool cancelled = false;
        int askedAfterCancel = 0;
        m_db.store->setImportProgress([&](int, int total) {
            if (cancelled)
                ++askedAfterCancel;
            if (total >= 4000)
                cancelled = true; // the user pressed Cancel while the big file went in
            return !cancelled;
        });
        QStringList reported;
        QVector<FileImportResult> results;
        {
            ImportBatch batch(*m_db.store, [&](const FileImportResult &r) {
                reported << r.source;
                results << r;
                QVERIFY(!r.ok || m_db.other->paperCount() > 0); // reported once in the store
            });
            for (int i = 0; i < files.size(); ++i)
                batch.importFile(files.at(i), i + 1 < files.size() ? files.at(i + 1) : big);
            batch.importBytes(pasted, QStringLiteral("pasted text"), QDateTime::currentDateTime());
            batch.importFile(big);
            QVERIFY(batch.finish());
        }
        QCOMPARE(reported, QStringList(files) << QStringLiteral("pasted text") << big);
        QCOMPARE(askedAfterCancel, 0);
        for (int i = 0; i < results.size(); ++i) {
            const FileImportResult &r = results.at(i);
            if (r.source == big || r.source.endsWith(QStringLiteral("missing.txt"))) {
                QVERIFY(!r.ok);
                continue;
            }
            QVERIFY2(r.ok, qPrintable(r.message));
            QCOMPARE(r.outcome.papersAdded, r.source == QStringLiteral("pasted text") ? 60 : 1600);
            QVERIFY(r.outcome.profileAdded);
        }
        QVERIFY2(results.last().message.contains(QStringLiteral("cancelled")), qPrintable(results.last().message));
        QCOMPARE(m_db.other->paperCount(), 4 * 1600 + 60);
        QCOMPARE(m_db.other->profiles().size(), 5);
        QCOMPARE(found(QStringLiteral("Big")), 0);
        QCOMPARE(found(QStringLiteral("Early0")), 1600);
        QCOMPARE(found(QStringLiteral("Pasted")), 60);
        QCOMPARE(m_db.other->facetCounts(Facet::Affiliation, PaperFilter()).size(), 1); // not duplicated
    }

    // After a replay the batch goes on: a later failure takes back only what
    // came after the replay's commit, and later files land.
    void theBatchGoesOnAfterAReplay()
    {
        const QString a = writeProfile(QStringLiteral("Ann Person"), QStringLiteral("Alpha"), 5);
        const QString big1 = writeProfile(QStringLiteral("Big One"), QStringLiteral("BigOne"), 1600);
        const QString b = writeProfile(QStringLiteral("Bo Person"), QStringLiteral("Beta"), 5);
        const QString big2 = writeProfile(QStringLiteral("Big Two"), QStringLiteral("BigTwo"), 1600);
        const QString c = writeProfile(QStringLiteral("Cy Person"), QStringLiteral("Gamma"), 5);
        m_db.store->setImportProgress([](int, int total) { return total < 1600; }); // refuses every big file
        int ok = 0;
        int refused = 0;
        {
            ImportBatch batch(*m_db.store, [&](const FileImportResult &r) { (r.ok ? ok : refused) += 1; });
            const QStringList files{a, big1, b, big2, c};
            for (int i = 0; i < files.size(); ++i)
                batch.importFile(files.at(i), files.value(i + 1));
        }
        QCOMPARE(ok, 3);
        QCOMPARE(refused, 2);
        QCOMPARE(m_db.other->paperCount(), 15);
        QCOMPARE(found(QStringLiteral("BigOne")) + found(QStringLiteral("BigTwo")), 0);
    }

    // The file read ahead is only used for the file it was read for.
    void aFileReadAheadServesOnlyItsOwnTurn()
    {
        const QString a = writeProfile(QStringLiteral("Ann Person"), QStringLiteral("Alpha"), 3);
        const QString b = writeProfile(QStringLiteral("Bo Person"), QStringLiteral("Beta"), 4);
        const QString c = writeProfile(QStringLiteral("Cy Person"), QStringLiteral("Gamma"), 5);
        QStringList names;
        {
            ImportBatch batch(*m_db.store, [&](const FileImportResult &r) { names << r.profileName; });
            batch.importFile(a, b); // b read ahead ...
            batch.importFile(c);    // ... but c comes instead
            batch.importFile(b, QStringLiteral("/nonexistent/never-imported.txt"));
        }
        QCOMPARE(names, (QStringList{QStringLiteral("Ann Person"), QStringLiteral("Cy Person"), QStringLiteral("Bo Person")}));
        QCOMPARE(m_db.other->paperCount(), 12);
        QCOMPARE(found(QStringLiteral("Gamma")), 5);
    }
};

QTEST_GUILESS_MAIN(TestImportBatchReplay)
#include "tst_importbatchreplay.moc"
