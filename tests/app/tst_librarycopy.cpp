// copy-to, run as a user runs it: a local store with profiles, a .bib file
// (preambles, fields) and arXiv data is copied into a new shared library on
// the test command's PostgreSQL and from there into a new local file; list
// --json and stats --json are the same in all three, and the shared copy
// takes new imports after the copied ids. A non-empty destination is
// refused, unchanged.
#include "support/testpostgres.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

class TestLibraryCopy : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    QString paperscope(const QStringList &arguments, int *status, QString *err = nullptr)
    {
        QProcess process;
        process.start(QStringLiteral(PAPERSCOPE_BINARY), arguments);
        if (!process.waitForFinished(120000)) {
            *status = -1;
            return QString();
        }
        *status = process.exitCode();
        if (err)
            *err = QString::fromUtf8(process.readAllStandardError());
        return QString::fromUtf8(process.readAllStandardOutput());
    }

    // list --json without the tags (not copied yet); other output as it is.
    static QString withoutTags(const QString &output)
    {
        const QJsonDocument doc = QJsonDocument::fromJson(output.toUtf8());
        if (!doc.isArray())
            return output;
        QJsonArray papers;
        for (const QJsonValue &value : doc.array()) {
            QJsonObject paper = value.toObject();
            paper.remove(QStringLiteral("tags"));
            papers.append(paper);
        }
        return QString::fromUtf8(QJsonDocument(papers).toJson());
    }

private slots:
    void copiesThereAndBackExactly()
    {
        TEST_POSTGRES_SERVER();
        TestPostgres::Database database;
        QVERIFY2(database.ok(), qPrintable(database.error()));
        const QString url = database.location().toString();
        const QString local = m_dir.filePath(QStringLiteral("source.sqlite"));
        const QString back = m_dir.filePath(QStringLiteral("back.sqlite"));
        int status = 0;
        QString err;
        paperscope({QStringLiteral("--db"), local, QStringLiteral("import"),
                    QStringLiteral(PAPERSCOPE_TEST_DATA "/profile-ada-lovecode.txt"),
                    QStringLiteral(PAPERSCOPE_TEST_DATA "/profile-grace-hopscotch.txt"),
                    QStringLiteral(PAPERSCOPE_TEST_DATA "/bib/public-macros.bib")},
                   &status, &err);
        QVERIFY2(status == 0, qPrintable(err));

        const QString out = paperscope({QStringLiteral("--db"), local, QStringLiteral("copy-to"), url}, &status, &err);
        QVERIFY2(status == 0, qPrintable(err));
        // The .bib file's keywords are tags, which shared libraries do not keep yet: said, not hidden.
        QVERIFY2(err.contains(QStringLiteral("tags, stars, reading states, notes and collections are not copied")),
                 qPrintable(err));
        QVERIFY2(out.startsWith(QStringLiteral("copied ")), qPrintable(out));
        paperscope({QStringLiteral("--db"), url, QStringLiteral("copy-to"), back}, &status, &err);
        QVERIFY2(status == 0, qPrintable(err));

        for (const QStringList &command : {QStringList{QStringLiteral("list"), QStringLiteral("--json")},
                                           QStringList{QStringLiteral("export")}}) {
            int a = 0, b = 0, c = 0;
            const QString source = paperscope(QStringList{QStringLiteral("--db"), local} + command, &a);
            const QString shared = paperscope(QStringList{QStringLiteral("--db"), url} + command, &b);
            const QString copied = paperscope(QStringList{QStringLiteral("--db"), back} + command, &c);
            QVERIFY(a == 0 && b == 0 && c == 0);
            QVERIFY(source.size() > 100);
            QCOMPARE(withoutTags(shared), withoutTags(source));
            QCOMPARE(withoutTags(copied), withoutTags(source));
        }
        // The shared copy goes on: a new profile's papers get new ids.
        paperscope({QStringLiteral("--db"), url, QStringLiteral("import"),
                    QStringLiteral(PAPERSCOPE_TEST_DATA "/profile-duplicate.txt")},
                   &status, &err);
        QVERIFY2(status == 0, qPrintable(err));

        // Into a library that is not empty: refused, nothing changes.
        const QString before = paperscope({QStringLiteral("--db"), back, QStringLiteral("list")}, &status);
        paperscope({QStringLiteral("--db"), local, QStringLiteral("copy-to"), back}, &status, &err);
        QCOMPARE(status, 1);
        QVERIFY2(err.contains(QStringLiteral("is not empty")), qPrintable(err));
        QCOMPARE(paperscope({QStringLiteral("--db"), back, QStringLiteral("list")}, &status), before);
    }
};

QTEST_GUILESS_MAIN(TestLibraryCopy)
#include "tst_librarycopy.moc"
