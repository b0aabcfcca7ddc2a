// End-to-end tests of the organise commands (issue 18): tag, star/unstar,
// mark, note, collection, search; the filters --tag --starred --state
// --collection --saved --key; and what list --json and stats --json add.
// The real binary on temporary stores, without a display.
#include "support/testdata.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QtTest>

namespace {
using TestData::fixture;
using TestData::Run;
} // namespace

class TestOrganiseCommand : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;
    QString m_db;
    int m_n = 0;

    Run paperscope(const QStringList &args)
    {
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.remove(QStringLiteral("DISPLAY"));
        env.remove(QStringLiteral("WAYLAND_DISPLAY"));
        env.remove(QStringLiteral("QT_QPA_PLATFORM"));
        env.insert(QStringLiteral("XDG_DATA_HOME"), m_dir.filePath(QStringLiteral("xdg")));
        p.setProcessEnvironment(env);
        p.start(QStringLiteral(PAPERSCOPE_BINARY), QStringList{QStringLiteral("--db"), m_db} + args);
        if (!p.waitForFinished(60000))
            return {};
        return {p.exitCode(), QString::fromUtf8(p.readAllStandardOutput()), QString::fromUtf8(p.readAllStandardError())};
    }
    QJsonArray listJson(const QStringList &filters)
    {
        const Run r = paperscope(QStringList{QStringLiteral("list"), QStringLiteral("--json")} + filters);
        if (r.exitCode != 0)
            qWarning() << r.err;
        return QJsonDocument::fromJson(r.out.toUtf8()).array();
    }
    static QStringList keys(const QJsonArray &papers)
    {
        QStringList out;
        for (const QJsonValue &v : papers)
            out << v.toObject().value(QStringLiteral("citation_key")).toString();
        out.sort();
        return out;
    }
#define RUN_OK(...)                                                                                  \
    do {                                                                                             \
        const Run r_ = paperscope(QStringList{__VA_ARGS__});                                         \
        QVERIFY2(r_.exitCode == 0, qPrintable(r_.err + r_.out));                                     \
    } while (false)

private slots:
    void init()
    {
        m_db = m_dir.filePath(QStringLiteral("org%1.sqlite").arg(++m_n));
        const Run r = paperscope({QStringLiteral("import"), fixture(QStringLiteral("profile-ada-lovecode.txt")),
                                  fixture(QStringLiteral("profile-grace-hopscotch.txt"))});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    }

    void tagStarMarkAndFilter()
    {
        const Run tag = paperscope({QStringLiteral("tag"), QStringLiteral("add"), QStringLiteral("thesis"),
                                    QStringLiteral("--key"), QStringLiteral("allal2023santacoder"),
                                    QStringLiteral("--key"), QStringLiteral("fair2025cwm")});
        QCOMPARE(tag.exitCode, 0);
        QVERIFY2(tag.out.contains(QStringLiteral("tagged 2 of 2")), qPrintable(tag.out));
        RUN_OK(QStringLiteral("tag"), QStringLiteral("add"), QStringLiteral("agents"), QStringLiteral("--search"),
               QStringLiteral("agents"));
        RUN_OK(QStringLiteral("star"), QStringLiteral("--tag"), QStringLiteral("thesis"));
        RUN_OK(QStringLiteral("mark"), QStringLiteral("read"), QStringLiteral("--key"), QStringLiteral("fair2025cwm"));
        RUN_OK(QStringLiteral("mark"), QStringLiteral("reading"), QStringLiteral("--key"),
               QStringLiteral("allal2023santacoder"));
        RUN_OK(QStringLiteral("note"), QStringLiteral("--key"), QStringLiteral("fair2025cwm"), QStringLiteral("see"),
               QStringLiteral("section 4"));

        const QJsonArray thesis = listJson({QStringLiteral("--tag"), QStringLiteral("thesis")});
        QCOMPARE(keys(thesis), (QStringList{QStringLiteral("allal2023santacoder"), QStringLiteral("fair2025cwm")}));
        for (const QJsonValue &v : thesis) {
            const QJsonObject o = v.toObject();
            QVERIFY(o.value(QStringLiteral("starred")).toBool());
            QVERIFY(o.value(QStringLiteral("tags")).toArray().contains(QStringLiteral("thesis")));
            QVERIFY(o.contains(QStringLiteral("collections")));
            if (o.value(QStringLiteral("citation_key")).toString() == QStringLiteral("fair2025cwm")) {
                QCOMPARE(o.value(QStringLiteral("state")).toString(), QStringLiteral("read"));
                QCOMPARE(o.value(QStringLiteral("note")).toString(), QStringLiteral("see section 4"));
            } else {
                QCOMPARE(o.value(QStringLiteral("state")).toString(), QStringLiteral("reading"));
            }
        }
        QCOMPARE(keys(listJson({QStringLiteral("--state"), QStringLiteral("read")})),
                 QStringList{QStringLiteral("fair2025cwm")});
        QCOMPARE(listJson({QStringLiteral("--starred")}).size(), 2);
        QCOMPARE(listJson({QStringLiteral("--tag"), QStringLiteral("thesis"), QStringLiteral("--state"),
                           QStringLiteral("reading")}).size(), 1);
        const int agents = listJson({QStringLiteral("--tag"), QStringLiteral("agents")}).size();
        QVERIFY(agents > 0);
        QStringList either = keys(listJson({QStringLiteral("--tag"), QStringLiteral("agents")})) + keys(thesis);
        either.removeDuplicates();
        QCOMPARE(listJson({QStringLiteral("--tag"), QStringLiteral("agents"), QStringLiteral("--tag"),
                           QStringLiteral("thesis")}).size(),
                 either.size());

        const Run note = paperscope({QStringLiteral("note"), QStringLiteral("--key"), QStringLiteral("fair2025cwm")});
        QCOMPARE(note.out, QStringLiteral("see section 4\n"));
        RUN_OK(QStringLiteral("note"), QStringLiteral("--key"), QStringLiteral("fair2025cwm"), QStringLiteral("--clear"));
        QVERIFY(paperscope({QStringLiteral("note"), QStringLiteral("--key"), QStringLiteral("fair2025cwm")}).out.isEmpty());

        const Run stats = paperscope({QStringLiteral("stats"), QStringLiteral("--json")});
        QCOMPARE(stats.exitCode, 0);
        const QJsonObject s = QJsonDocument::fromJson(stats.out.toUtf8()).object();
        QCOMPARE(s.value(QStringLiteral("by_tag")).toObject().value(QStringLiteral("thesis")).toInt(), 2);
        QCOMPARE(s.value(QStringLiteral("by_state")).toObject().value(QStringLiteral("read")).toInt(), 1);
        QCOMPARE(s.value(QStringLiteral("by_state")).toObject().value(QStringLiteral("unread")).toInt(),
                 s.value(QStringLiteral("papers")).toInt() - 2);

        RUN_OK(QStringLiteral("unstar"), QStringLiteral("--key"), QStringLiteral("fair2025cwm"));
        QCOMPARE(listJson({QStringLiteral("--starred")}).size(), 1);
        RUN_OK(QStringLiteral("tag"), QStringLiteral("remove"), QStringLiteral("thesis"));
        QCOMPARE(listJson({QStringLiteral("--tag"), QStringLiteral("thesis")}).size(), 0);
    }

    void nothingMatchesFails()
    {
        for (const QStringList &args : {QStringList{QStringLiteral("tag"), QStringLiteral("add"), QStringLiteral("x"),
                                                    QStringLiteral("--key"), QStringLiteral("nosuchkey")},
                                        QStringList{QStringLiteral("star"), QStringLiteral("--tag"), QStringLiteral("none")},
                                        QStringList{QStringLiteral("mark"), QStringLiteral("read"), QStringLiteral("--year"),
                                                    QStringLiteral("1900")}}) {
            const Run r = paperscope(args);
            QCOMPARE(r.exitCode, 1);
            QVERIFY2(r.err.contains(QStringLiteral("no paper matches")), qPrintable(r.err));
        }
        QCOMPARE(paperscope({QStringLiteral("mark"), QStringLiteral("done")}).exitCode, 2);
        QCOMPARE(paperscope({QStringLiteral("list"), QStringLiteral("--state"), QStringLiteral("done")}).exitCode, 2);
        QCOMPARE(paperscope({QStringLiteral("tag"), QStringLiteral("add")}).exitCode, 2);
        QCOMPARE(paperscope({QStringLiteral("note"), QStringLiteral("hello")}).exitCode, 2);
        QCOMPARE(paperscope({QStringLiteral("list"), QStringLiteral("--saved"), QStringLiteral("nope")}).exitCode, 1);
    }

    void collectionsAndSavedSearches()
    {
        RUN_OK(QStringLiteral("collection"), QStringLiteral("create"), QStringLiteral("Thesis"));
        RUN_OK(QStringLiteral("collection"), QStringLiteral("create"), QStringLiteral("Chapter 2"),
               QStringLiteral("--parent"), QStringLiteral("Thesis"));
        QCOMPARE(paperscope({QStringLiteral("collection"), QStringLiteral("create"), QStringLiteral("thesis")}).exitCode, 1);
        RUN_OK(QStringLiteral("collection"), QStringLiteral("add"), QStringLiteral("Chapter 2"), QStringLiteral("--key"),
               QStringLiteral("fair2025cwm"));
        RUN_OK(QStringLiteral("collection"), QStringLiteral("add"), QStringLiteral("Thesis"), QStringLiteral("--category"),
               QStringLiteral("SE"), QStringLiteral("--has-code"));
        const Run list = paperscope({QStringLiteral("collection"), QStringLiteral("list")});
        QVERIFY2(list.out.contains(QStringLiteral("Thesis\t")) && list.out.contains(QStringLiteral("  Chapter 2\t1 paper")),
                 qPrintable(list.out));
        const QJsonArray inThesis = listJson({QStringLiteral("--collection"), QStringLiteral("Thesis")});
        QVERIFY(keys(inThesis).contains(QStringLiteral("fair2025cwm"))); // nested collections count
        // The listed count is what the filter lists (its nested collections' papers too).
        QVERIFY2(list.out.contains(QStringLiteral("Thesis\t%1 paper").arg(inThesis.size())), qPrintable(list.out));
        RUN_OK(QStringLiteral("collection"), QStringLiteral("rename"), QStringLiteral("Chapter 2"),
               QStringLiteral("Chapter Two"));
        const QJsonArray two = listJson({QStringLiteral("--collection"), QStringLiteral("Chapter Two")});
        QCOMPARE(keys(two), QStringList{QStringLiteral("fair2025cwm")});
        QCOMPARE(two.first().toObject().value(QStringLiteral("collections")).toArray(),
                 QJsonArray{QStringLiteral("Chapter Two")});
        RUN_OK(QStringLiteral("collection"), QStringLiteral("remove"), QStringLiteral("Chapter Two"),
               QStringLiteral("--key"), QStringLiteral("fair2025cwm"));
        QCOMPARE(listJson({QStringLiteral("--collection"), QStringLiteral("Chapter Two")}).size(), 0);

        RUN_OK(QStringLiteral("search"), QStringLiteral("save"), QStringLiteral("code"), QStringLiteral("--has-code"));
        QCOMPARE(paperscope({QStringLiteral("search"), QStringLiteral("list")}).out, QStringLiteral("code\n"));
        const int withCode = listJson({QStringLiteral("--has-code")}).size();
        QCOMPARE(listJson({QStringLiteral("--saved"), QStringLiteral("code")}).size(), withCode);
        RUN_OK(QStringLiteral("star"), QStringLiteral("--saved"), QStringLiteral("code"), QStringLiteral("--year"),
               QStringLiteral("2023"));
        QCOMPARE(listJson({QStringLiteral("--starred")}).size(),
                 listJson({QStringLiteral("--has-code"), QStringLiteral("--year"), QStringLiteral("2023")}).size());
        RUN_OK(QStringLiteral("search"), QStringLiteral("delete"), QStringLiteral("code"));
        QCOMPARE(paperscope({QStringLiteral("search"), QStringLiteral("delete"), QStringLiteral("code")}).exitCode, 1);
        RUN_OK(QStringLiteral("collection"), QStringLiteral("delete"), QStringLiteral("Thesis"));
        QVERIFY(paperscope({QStringLiteral("collection"), QStringLiteral("list")}).out.isEmpty());
    }

    void exportWritesTagsAndNote()
    {
        RUN_OK(QStringLiteral("tag"), QStringLiteral("add"), QStringLiteral("thesis"), QStringLiteral("--key"),
               QStringLiteral("allal2023santacoder"));
        RUN_OK(QStringLiteral("tag"), QStringLiteral("add"), QStringLiteral("to cite"), QStringLiteral("--key"),
               QStringLiteral("allal2023santacoder"));
        RUN_OK(QStringLiteral("note"), QStringLiteral("--key"), QStringLiteral("allal2023santacoder"),
               QStringLiteral("baseline in section 4"));
        const QString plain = m_dir.filePath(QStringLiteral("plain%1.bib").arg(m_n));
        RUN_OK(QStringLiteral("export"), QStringLiteral("--key"), QStringLiteral("allal2023santacoder"),
               QStringLiteral("-o"), plain);
        QFile file(plain);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QString bib = QString::fromUtf8(file.readAll());
        QVERIFY2(bib.contains(QStringLiteral("  keywords = {thesis, to cite},\n")), qPrintable(bib));
        QVERIFY(!bib.contains(QStringLiteral("baseline")));
        const Run annote = paperscope({QStringLiteral("export"), QStringLiteral("--tag"), QStringLiteral("thesis"),
                                       QStringLiteral("--note-field"), QStringLiteral("annote")});
        QCOMPARE(annote.exitCode, 0);
        QVERIFY2(annote.out.contains(QStringLiteral("  annote = {baseline in section 4},\n")), qPrintable(annote.out));
        QCOMPARE(paperscope({QStringLiteral("export"), QStringLiteral("--note-field"), QStringLiteral("margin")}).exitCode, 2);
    }

    void keptAcrossReimport()
    {
        RUN_OK(QStringLiteral("tag"), QStringLiteral("add"), QStringLiteral("keep"), QStringLiteral("--key"),
               QStringLiteral("allal2023santacoder"));
        RUN_OK(QStringLiteral("import"), fixture(QStringLiteral("profile-ada-lovecode.txt")));
        QCOMPARE(keys(listJson({QStringLiteral("--tag"), QStringLiteral("keep")})),
                 QStringList{QStringLiteral("allal2023santacoder")});
    }
};

QTEST_GUILESS_MAIN(TestOrganiseCommand)
#include "tst_organisecommand.moc"
