// ImportLookups: what it answers about normalised titles and citation keys
// is what one SELECT per question answers, for titles and keys asked in a
// chunk (one JSON array each, with quotes, backslashes, control characters
// and other scripts inside) and for ones never asked (the one-row
// fallback); added papers and a has_code set are answered until clear().
#include "importlookups.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QtTest>

class TestImportLookups : public QObject
{
    Q_OBJECT
    QSqlDatabase m_db;
    const QStringList m_stored{QStringLiteral("plain title"), QStringLiteral("a \"quoted\" title"),
                               QStringLiteral("back\\slash"), QStringLiteral("tab\there\nnewline"),
                               QStringLiteral("müller über straße"), QStringLiteral("数据 模型")};

private slots:
    void initTestCase()
    {
        m_db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("lookups"));
        m_db.setDatabaseName(QStringLiteral(":memory:"));
        QVERIFY(m_db.open());
        QSqlQuery q(m_db);
        QVERIFY(q.exec(QStringLiteral("CREATE TABLE papers (id INTEGER PRIMARY KEY, norm_title TEXT NOT NULL UNIQUE,"
                                      " has_code INTEGER NOT NULL DEFAULT 0, citation_key TEXT NOT NULL UNIQUE)")));
        q.prepare(QStringLiteral("INSERT INTO papers (id, norm_title, has_code, citation_key) VALUES (?,?,?,?)"));
        for (int i = 0; i < m_stored.size(); ++i) {
            q.bindValue(0, 10 + i);
            q.bindValue(1, m_stored.at(i));
            q.bindValue(2, i % 2);
            q.bindValue(3, QStringLiteral("key\"%1\\").arg(i));
            QVERIFY(q.exec());
        }
    }

    void jsonArrayReadsBack()
    {
        QStringList values = m_stored;
        values << QString() << QStringLiteral("\x01\x1f") << QStringLiteral("end\\");
        const QString json = ImportLookups::jsonTextArray(values);
        QJsonParseError error;
        const QJsonArray array = QJsonDocument::fromJson(json.toUtf8(), &error).array();
        QCOMPARE(error.error, QJsonParseError::NoError);
        QCOMPARE(array.toVariantList().size(), values.size());
        for (int i = 0; i < values.size(); ++i)
            QCOMPARE(array.at(i).toString(), values.at(i));
        QCOMPARE(ImportLookups::jsonTextArray({}), QStringLiteral("[]"));
    }

    void titlesAskedInAChunk()
    {
        ImportLookups lookups(m_db);
        QStringList asked = m_stored;
        asked << QStringLiteral("not stored") << QStringLiteral("plain title") << QStringLiteral("PLAIN TITLE");
        QVERIFY(lookups.askTitles(asked));
        for (int i = 0; i < m_stored.size(); ++i) {
            ImportLookups::Paper paper;
            bool found = false;
            QVERIFY(lookups.findPaper(m_stored.at(i), &paper, &found));
            QVERIFY2(found, qPrintable(m_stored.at(i)));
            QCOMPARE(paper.id, qint64(10 + i));
            QCOMPARE(paper.hasCode, i % 2 == 1);
        }
        for (const QString &absent : {QStringLiteral("not stored"), QStringLiteral("PLAIN TITLE"),
                                      QStringLiteral("never asked")}) {
            ImportLookups::Paper paper;
            bool found = true;
            QVERIFY(lookups.findPaper(absent, &paper, &found));
            QVERIFY2(!found, qPrintable(absent));
        }
    }

    void titlesNeverAsked()
    {
        ImportLookups lookups(m_db);
        ImportLookups::Paper paper;
        bool found = false;
        QVERIFY(lookups.findPaper(QStringLiteral("back\\slash"), &paper, &found));
        QVERIFY(found);
        QCOMPARE(paper.id, qint64(12));
        QCOMPARE(paper.hasCode, false);
    }

    void keys()
    {
        ImportLookups lookups(m_db);
        QVERIFY(lookups.askKeys({QStringLiteral("key\"0\\"), QStringLiteral("key\"3\\"), QStringLiteral("free")}));
        const auto taken = [&](const QString &key) {
            bool t = false;
            if (!lookups.keyTaken(key, &t))
                qWarning("keyTaken failed: %s", qPrintable(lookups.error()));
            return t;
        };
        QVERIFY(taken(QStringLiteral("key\"0\\")));
        QVERIFY(taken(QStringLiteral("key\"3\\")));
        QVERIFY(!taken(QStringLiteral("free")));
        QVERIFY(taken(QStringLiteral("key\"5\\")));  // never asked: one SELECT
        QVERIFY(!taken(QStringLiteral("Key\"5\\"))); // keys are case-sensitive, as the column
        QVERIFY(!taken(QStringLiteral("other")));
    }

    void addedAndCodeSetUntilClear()
    {
        ImportLookups lookups(m_db);
        QVERIFY(lookups.askTitles({QStringLiteral("new paper"), QStringLiteral("plain title")}));
        QVERIFY(lookups.askKeys({QStringLiteral("newkey")}));
        lookups.added(QStringLiteral("new paper"), 99, false, QStringLiteral("newkey"));
        lookups.codeSet(QStringLiteral("new paper"));
        lookups.codeSet(QStringLiteral("plain title"));
        ImportLookups::Paper paper;
        bool found = false;
        QVERIFY(lookups.findPaper(QStringLiteral("new paper"), &paper, &found));
        QVERIFY(found);
        QCOMPARE(paper.id, qint64(99));
        QVERIFY(paper.hasCode);
        QVERIFY(lookups.findPaper(QStringLiteral("plain title"), &paper, &found));
        QVERIFY(found && paper.hasCode);
        bool taken = false;
        QVERIFY(lookups.keyTaken(QStringLiteral("newkey"), &taken));
        QVERIFY(taken);
        // After clear() it answers from the table again (where nothing was written).
        lookups.clear();
        QVERIFY(lookups.findPaper(QStringLiteral("new paper"), &paper, &found));
        QVERIFY(!found);
        QVERIFY(lookups.findPaper(QStringLiteral("plain title"), &paper, &found));
        QVERIFY(found && !paper.hasCode);
        QVERIFY(lookups.keyTaken(QStringLiteral("newkey"), &taken));
        QVERIFY(!taken);
    }

    void sqlErrorIsReported()
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("empty"));
        db.setDatabaseName(QStringLiteral(":memory:"));
        QVERIFY(db.open());
        {
            ImportLookups lookups(db); // no papers table
            QVERIFY(!lookups.askTitles({QStringLiteral("x")}));
            QVERIFY(!lookups.error().isEmpty());
        }
        db.close();
    }
};

QTEST_GUILESS_MAIN(TestImportLookups)
#include "tst_importlookups.moc"
