// copy-to, run as a user runs it: a local store with profiles, a .bib file
// (preambles, fields, keywords as tags) and everything users decided (tags,
// stars, reading states, notes, nested collections, saved searches) is
// copied into a new shared library on the test command's PostgreSQL and
// from there into a new local file; list --json (tags and all), stats
// --json, collections and saved searches are the same in all three, and the
// shared copy takes new imports after the copied ids. A non-empty
// destination is refused, unchanged.
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
        const QList<QStringList> decide{
            {QStringLiteral("tag"), QStringLiteral("add"), QStringLiteral("thesis"), QStringLiteral("--category"),
             QStringLiteral("SE")},
            {QStringLiteral("tag"), QStringLiteral("add"), QStringLiteral("unused"), QStringLiteral("--year"),
             QStringLiteral("2023")},
            {QStringLiteral("tag"), QStringLiteral("remove"), QStringLiteral("unused"), QStringLiteral("--year"),
             QStringLiteral("2023")},
            {QStringLiteral("star"), QStringLiteral("--year"), QStringLiteral("2023")},
            {QStringLiteral("mark"), QStringLiteral("read"), QStringLiteral("--has-code")},
            {QStringLiteral("mark"), QStringLiteral("reading"), QStringLiteral("--category"), QStringLiteral("LG")},
            {QStringLiteral("note"), QStringLiteral("--key"), QStringLiteral("allal2023santacoder"),
             QStringLiteral("Read for chapter two")},
            {QStringLiteral("collection"), QStringLiteral("create"), QStringLiteral("Thesis")},
            {QStringLiteral("collection"), QStringLiteral("create"), QStringLiteral("Chapter 2"), QStringLiteral("--parent"),
             QStringLiteral("Thesis")},
            {QStringLiteral("collection"), QStringLiteral("create"), QStringLiteral("Empty")},
            {QStringLiteral("collection"), QStringLiteral("add"), QStringLiteral("Chapter 2"), QStringLiteral("--starred")},
            {QStringLiteral("collection"), QStringLiteral("add"), QStringLiteral("Thesis"), QStringLiteral("--tag"),
             QStringLiteral("thesis")},
            {QStringLiteral("search"), QStringLiteral("save"), QStringLiteral("Read code"), QStringLiteral("--state"),
             QStringLiteral("read"), QStringLiteral("--has-code")}};
        for (const QStringList &command : decide) {
            paperscope(QStringList{QStringLiteral("--db"), local} + command, &status, &err);
            QVERIFY2(status == 0, qPrintable(command.join(QLatin1Char(' ')) + QLatin1String(": ") + err));
        }

        const QString out = paperscope({QStringLiteral("--db"), local, QStringLiteral("copy-to"), url}, &status, &err);
        QVERIFY2(status == 0, qPrintable(err));
        QVERIFY2(!err.contains(QStringLiteral("not copied")), qPrintable(err)); // nothing left behind to warn about
        QVERIFY2(out.startsWith(QStringLiteral("copied ")), qPrintable(out));
        paperscope({QStringLiteral("--db"), url, QStringLiteral("copy-to"), back}, &status, &err);
        QVERIFY2(status == 0, qPrintable(err));

        const QList<QStringList> compared{
            {QStringLiteral("list"), QStringLiteral("--json")},
            {QStringLiteral("stats"), QStringLiteral("--json")},
            {QStringLiteral("list"), QStringLiteral("--json"), QStringLiteral("--collection"), QStringLiteral("thesis")},
            {QStringLiteral("list"), QStringLiteral("--saved"), QStringLiteral("Read code")},
            {QStringLiteral("collection"), QStringLiteral("list")},
            {QStringLiteral("search"), QStringLiteral("list")},
            {QStringLiteral("export"), QStringLiteral("--note-field"), QStringLiteral("note")}};
        for (const QStringList &command : compared) {
            int a = 0, b = 0, c = 0;
            const QString source = paperscope(QStringList{QStringLiteral("--db"), local} + command, &a);
            const QString shared = paperscope(QStringList{QStringLiteral("--db"), url} + command, &b);
            const QString copied = paperscope(QStringList{QStringLiteral("--db"), back} + command, &c);
            QVERIFY(a == 0 && b == 0 && c == 0);
            QVERIFY2(source.size() > 5, qPrintable(command.join(QLatin1Char(' '))));
            QCOMPARE(shared, source);
            QCOMPARE(copied, source);
        }
        // Every user decision made it, the .bib keywords among the tags.
        const QString list = paperscope({QStringLiteral("--db"), back, QStringLiteral("list"), QStringLiteral("--json")},
                                        &status);
        for (const char *seen : {"\"thesis\"", "\"starred\":true", "\"state\":\"read\"", "\"state\":\"reading\"",
                                 "Read for chapter two", "\"Chapter 2\""})
            QVERIFY2(list.contains(QLatin1String(seen)), seen);
        const QString tagged = paperscope({QStringLiteral("--db"), back, QStringLiteral("stats"), QStringLiteral("--json")},
                                          &status);
        QVERIFY(QJsonDocument::fromJson(tagged.toUtf8()).object().value(QStringLiteral("by_tag")).toObject().size() > 2);
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
