// Tests for TextIdLookup and TextSearchWorker: over a store whose titles,
// authors and abstracts hold plain words, words sharing long prefixes,
// accents, other scripts, digits and underscores, every search text's ids
// must be exactly those FTS5 answers for FilterSql::ftsQuery() (its own
// prefix query), with chunks of every size and more terms than one OR
// holds, on a connection with the vocabulary table and on one without.
// The worker answers the newest request only.
#include "filtersql.h"
#include "paperstore.h"
#include "textidlookup.h"
#include "textsearchworker.h"

#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

#include <random>

namespace {

const QStringList vocabulary = {
    QStringLiteral("model"), QStringLiteral("models"), QStringLiteral("modelling"), QStringLiteral("Modèle"),
    QStringLiteral("MODAL"), QStringLiteral("holonomic"), QStringLiteral("neurosymbolic"), QStringLiteral("naïve"),
    QStringLiteral("Zürich"), QStringLiteral("straße"), QStringLiteral("αβγ"), QStringLiteral("数据"),
    QStringLiteral("foo_bar"), QStringLiteral("x2023"), QStringLiteral("2023"), QStringLiteral("l'équipe"),
    QStringLiteral("GPT-4o"), QStringLiteral("Œuvre"), QStringLiteral("cafe"), QStringLiteral("café"),
};

QVector<ProfileRecord> profiles(int papers)
{
    std::mt19937 rng(5);
    const auto word = [&] { return vocabulary.at(int(rng() % vocabulary.size())); };
    ProfileRecord profile;
    profile.name = QStringLiteral("Ada Lovecode");
    for (int i = 0; i < papers; ++i) {
        PaperRecord p;
        // "term0" .. "term49": one prefix with more terms than an OR holds.
        p.title = QStringLiteral("Paper %1 %2 term%3 %4").arg(i).arg(word()).arg(rng() % 50).arg(word());
        p.date = QDate(2020, 1 + int(rng() % 12), 1 + int(rng() % 28));
        p.category = QStringLiteral("LG");
        p.authors << QStringLiteral("Émile Zola") << QStringLiteral("Author%1").arg(rng() % 9);
        p.abstract = QStringLiteral("We study %1 and %2.").arg(word(), word());
        profile.papers << p;
    }
    return {profile};
}

} // namespace

class TestTextIdLookup : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;
    QString m_path;
    QSqlDatabase m_db;

    QVector<quint32> matchIds(const QString &fts)
    {
        QSqlQuery q(m_db);
        q.prepare(QStringLiteral("SELECT rowid FROM papers_fts WHERE papers_fts MATCH ? ORDER BY rowid"));
        q.addBindValue(fts);
        if (!q.exec())
            qWarning() << q.lastError().text();
        QVector<quint32> ids;
        while (q.next())
            ids << quint32(q.value(0).toLongLong());
        return ids;
    }

    QVector<quint32> lookupIds(const QString &fts, int chunkRows)
    {
        TextIdLookup lookup(m_db);
        lookup.setChunkRows(chunkRows);
        TextIdLookup::Bits matches;
        QString error;
        if (!lookup.find(fts, &matches, nullptr, &error))
            qWarning() << error;
        return TextIdLookup::ids(matches);
    }

private slots:
    void initTestCase()
    {
        qRegisterMetaType<QVector<quint64>>();
        m_path = m_dir.filePath(QStringLiteral("text.sqlite"));
        PaperStore store;
        QVERIFY(store.open(m_path));
        for (const ProfileRecord &p : profiles(400))
            QVERIFY2(store.importProfile(p).ok, qPrintable(store.lastError()));
        m_db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("lookup"));
        m_db.setDatabaseName(m_path);
        QVERIFY(m_db.open());
    }
    void cleanupTestCase()
    {
        m_db.close();
        m_db = QSqlDatabase();
        QSqlDatabase::removeDatabase(QStringLiteral("lookup"));
    }

    void matchesLikeFts5_data()
    {
        QTest::addColumn<QString>("text");
        for (const char *text : {"model", "mod", "m", "MODEL", "modè", "Modèle", "modele", "naive", "naïve", "zur",
                                 "Zürich", "strasse", "straß", "αβ", "数据", "foo", "foo_bar", "bar", "2023", "20",
                                 "x20", "term", "term1", "term4", "équipe", "l", "GPT 4o", "gpt4", "oeuvre", "œuvre",
                                 "café", "cafe", "model term1", "zola emile", "émile", "nothing", "model nothing",
                                 "paper 12", "\"model\" OR x", "a_b_c", "1"})
            QTest::newRow(text) << QString::fromUtf8(text);
    }
    void matchesLikeFts5()
    {
        QFETCH(QString, text);
        const QString fts = FilterSql::ftsQuery(text);
        QVERIFY(!fts.isEmpty());
        const QVector<quint32> expected = matchIds(fts);
        QCOMPARE(lookupIds(fts, TextIdLookup::defaultChunkRows), expected);
        QCOMPARE(lookupIds(fts, 7), expected);   // many chunks
        QCOMPARE(lookupIds(fts, 1), expected);   // a row each
    }

    void prefixWithMoreTermsThanOneOr()
    {
        // term0 .. term49, and more: several OR groups for one word.
        QVERIFY(TextIdLookup(m_db).prepare());
        QSqlQuery q(m_db);
        QVERIFY(q.exec(QStringLiteral("SELECT COUNT(*) FROM temp.paperscope_fts_terms WHERE term >= 'term' AND term < 'tern'")));
        QVERIFY(q.next());
        QVERIFY(q.value(0).toInt() > TextIdLookup::maxTermsPerQuery);
        const QString fts = FilterSql::ftsQuery(QStringLiteral("term"));
        QCOMPARE(lookupIds(fts, 13), matchIds(fts));
    }

    void withoutVocabularyTable()
    {
        // A read-only connection made so before prepare(): FTS5's own prefix queries.
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("readonly"));
        db.setDatabaseName(m_path);
        QVERIFY(db.open());
        QSqlQuery(db).exec(QStringLiteral("PRAGMA query_only = 1"));
        {
            TextIdLookup lookup(db);
            QVERIFY(!lookup.prepare());
            for (const QString &text : {QStringLiteral("mod"), QStringLiteral("term1 model"), QStringLiteral("naïve")}) {
                TextIdLookup::Bits matches;
                QString error;
                QVERIFY2(lookup.find(FilterSql::ftsQuery(text), &matches, nullptr, &error), qPrintable(error));
                QCOMPARE(TextIdLookup::ids(matches), matchIds(FilterSql::ftsQuery(text)));
            }
        }
        db.close();
        db = QSqlDatabase();
        QSqlDatabase::removeDatabase(QStringLiteral("readonly"));
    }

    void cancelledOrMalformed()
    {
        TextIdLookup lookup(m_db);
        TextIdLookup::Bits matches;
        QString error;
        const std::atomic<bool> cancel{true};
        QVERIFY(!lookup.find(FilterSql::ftsQuery(QStringLiteral("model")), &matches, &cancel, &error));
        QVERIFY(!lookup.find(QStringLiteral("model OR x"), &matches, nullptr, &error)); // not an ftsQuery()
        QVERIFY(!error.isEmpty());
        QVERIFY(matches.isEmpty());
    }

    void workerAnswersTheNewestRequest()
    {
        TextSearchWorker worker(m_path, QString());
        QSignalSpy found(&worker, &TextSearchWorker::found);
        const QString older = FilterSql::ftsQuery(QStringLiteral("model"));
        const QString cancelled = FilterSql::ftsQuery(QStringLiteral("naive"));
        const QString newest = FilterSql::ftsQuery(QStringLiteral("term1"));
        worker.search(older);
        worker.search(cancelled);
        worker.cancel();
        QVERIFY(worker.pending().isEmpty());
        worker.search(newest);
        QCOMPARE(worker.pending(), newest);
        QVERIFY(found.wait(30000));
        QCOMPARE(found.count(), 1);
        QCOMPARE(found.first().at(0).toString(), newest);
        QCOMPARE(TextIdLookup::ids(found.first().at(1).value<QVector<quint64>>()), matchIds(newest));
        QVERIFY(worker.pending().isEmpty());
        QVERIFY(worker.started() >= 1);

        // Again on the same (kept) connection.
        worker.search(older);
        QVERIFY(found.wait(30000));
        QCOMPARE(found.count(), 2);
        QCOMPARE(TextIdLookup::ids(found.last().at(1).value<QVector<quint64>>()), matchIds(older));
    }

    void workerReportsAFailure()
    {
        TextSearchWorker worker(m_dir.filePath(QStringLiteral("missing/none.sqlite")), QString());
        QSignalSpy failed(&worker, &TextSearchWorker::failed);
        worker.search(FilterSql::ftsQuery(QStringLiteral("model")));
        QVERIFY(failed.wait(30000));
        QVERIFY(!failed.first().at(1).toString().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestTextIdLookup)
#include "tst_textidlookup.moc"
