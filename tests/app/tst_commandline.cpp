// End-to-end tests of the command line (design.md section 4): the real
// binary on temporary stores, without a display.
#include "support/bibtools.h"
#include "support/testdata.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QtTest>

namespace {
using TestData::fixture;
using TestData::Run;
} // namespace

class TestCommandLine : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;
    QString m_db;
    int m_n = 0;

    Run paperscope(const QStringList &args, const QString &db = QString())
    {
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.remove(QStringLiteral("DISPLAY"));
        env.remove(QStringLiteral("WAYLAND_DISPLAY"));
        env.remove(QStringLiteral("QT_QPA_PLATFORM")); // headless must not need one
        env.insert(QStringLiteral("XDG_DATA_HOME"), m_dir.filePath(QStringLiteral("xdg")));
        p.setProcessEnvironment(env);
        QStringList full;
        if (!db.isEmpty())
            full << QStringLiteral("--db") << db;
        full << args;
        p.start(QStringLiteral(PAPERSCOPE_BINARY), full);
        if (!p.waitForFinished(60000))
            return {};
        return {p.exitCode(), QString::fromUtf8(p.readAllStandardOutput()), QString::fromUtf8(p.readAllStandardError())};
    }
    QJsonArray listJson(const QStringList &filters)
    {
        const Run r = paperscope(QStringList{QStringLiteral("list"), QStringLiteral("--json")} + filters, m_db);
        if (r.exitCode != 0)
            qWarning() << r.err;
        return QJsonDocument::fromJson(r.out.toUtf8()).array();
    }
    QStringList validFixtures() const
    {
        QStringList files;
        for (const QString &f : QDir(QStringLiteral(PAPERSCOPE_TEST_DATA)).entryList({QStringLiteral("profile-*")}, QDir::Files, QDir::Name))
            files << fixture(f);
        return files;
    }

private slots:
    void init()
    {
        m_db = m_dir.filePath(QStringLiteral("cli%1.sqlite").arg(++m_n));
        const Run r = paperscope({QStringLiteral("import"), fixture(QStringLiteral("profile-ada-lovecode.txt")),
                                  fixture(QStringLiteral("profile-grace-hopscotch.txt"))}, m_db);
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY2(r.out.contains(QStringLiteral("Ada Lovecode (profile-ada-lovecode.txt): 5 papers added")), qPrintable(r.out));
        QVERIFY2(r.out.contains(QStringLiteral("2 files imported: 8 papers added, 1 already known")), qPrintable(r.out));
    }

    void helpAndVersion()
    {
        const Run help = paperscope({QStringLiteral("--help")});
        QCOMPARE(help.exitCode, 0);
        QVERIFY(help.out.contains(QStringLiteral("export [FILTERS]")));
        QVERIFY(help.out.contains(QStringLiteral("--has-code")));
        const Run version = paperscope({QStringLiteral("--version")});
        QCOMPARE(version.exitCode, 0);
        QVERIFY(version.out.startsWith(QStringLiteral("paperscope ")));
    }

    void usageErrors_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("reason");
        QTest::newRow("unknown command") << QStringList{QStringLiteral("frobnicate")} << QStringLiteral("unknown command");
        QTest::newRow("bad year") << QStringList{QStringLiteral("list"), QStringLiteral("--year"), QStringLiteral("20x4")} << QStringLiteral("--year");
        QTest::newRow("reversed years") << QStringList{QStringLiteral("list"), QStringLiteral("--year"), QStringLiteral("2024-2020")} << QStringLiteral("--year");
        QTest::newRow("unknown option") << QStringList{QStringLiteral("list"), QStringLiteral("--colour")} << QStringLiteral("colour");
        QTest::newRow("import without files") << QStringList{QStringLiteral("import")} << QStringLiteral("at least one FILE");
    }
    void usageErrors()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, reason);
        const Run r = paperscope(args, m_db);
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(reason), qPrintable(r.err));
        QCOMPARE(r.err.trimmed().count(QLatin1Char('\n')), 0); // one line
    }

    void refusedImportNamesFileAndLineAndChangesNothing()
    {
        const QString bad = fixture(QStringLiteral("bad-feb30.txt"));
        QVERIFY2(QFile::exists(bad), "fixture bad-feb30.txt missing");
        const QByteArray before = QJsonDocument(listJson({})).toJson();
        const Run r = paperscope({QStringLiteral("import"), bad}, m_db);
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(QRegularExpression(QStringLiteral("bad-feb30\\.txt:\\d+: ")).match(r.err).hasMatch(), qPrintable(r.err));
        QCOMPARE(QJsonDocument(listJson({})).toJson(), before);
    }

    void reimportChangesNothing()
    {
        const QByteArray before = QJsonDocument(listJson({})).toJson();
        const Run r = paperscope({QStringLiteral("import"), fixture(QStringLiteral("profile-ada-lovecode.txt"))}, m_db);
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.contains(QStringLiteral("nothing changed")), qPrintable(r.out));
        QCOMPARE(QJsonDocument(listJson({})).toJson(), before);
    }

    void listJsonHasTheFields()
    {
        const QJsonArray all = listJson({});
        QCOMPARE(all.size(), 8);
        QJsonObject santa;
        for (const QJsonValue &v : all) {
            if (v.toObject().value(QStringLiteral("citation_key")).toString() == QStringLiteral("allal2023santacoder"))
                santa = v.toObject();
        }
        QVERIFY(!santa.isEmpty());
        QCOMPARE(santa.value(QStringLiteral("title")).toString(), QStringLiteral("SantaCoder: don't reach for the stars!"));
        QCOMPARE(santa.value(QStringLiteral("date")).toString(), QStringLiteral("2023-01-09"));
        QCOMPARE(santa.value(QStringLiteral("year")).toInt(), 2023);
        QCOMPARE(santa.value(QStringLiteral("category")).toString(), QStringLiteral("SE"));
        QCOMPARE(santa.value(QStringLiteral("has_code")).toBool(), true);
        QCOMPARE(santa.value(QStringLiteral("authors")).toArray().size(), 3);
        QCOMPARE(santa.value(QStringLiteral("authors_truncated")).toBool(), true);
        QCOMPARE(santa.value(QStringLiteral("affiliations")).toArray().at(1).toString(), QStringLiteral("huggingface"));
        QVERIFY(santa.value(QStringLiteral("abstract")).toString().startsWith(QStringLiteral("The BigCode project")));
        QCOMPARE(santa.value(QStringLiteral("profiles")).toArray().at(0).toString(), QStringLiteral("Ada Lovecode"));
    }

    void listFilters_data()
    {
        QTest::addColumn<QStringList>("filters");
        QTest::addColumn<int>("expected");
        QTest::newRow("category") << QStringList{QStringLiteral("--category"), QStringLiteral("SE")} << 4;
        QTest::newRow("categories") << QStringList{QStringLiteral("--category"), QStringLiteral("SE"), QStringLiteral("--category"), QStringLiteral("AI")} << 5;
        QTest::newRow("year range") << QStringList{QStringLiteral("--year"), QStringLiteral("2021-2024")} << 4;
        QTest::newRow("affiliation") << QStringList{QStringLiteral("--affiliation"), QStringLiteral("meta-ai")} << 2;
        QTest::newRow("search prefix") << QStringList{QStringLiteral("--search"), QStringLiteral("theor")} << 1;
        QTest::newRow("has code") << QStringList{QStringLiteral("--has-code")} << 3;
        QTest::newRow("profile") << QStringList{QStringLiteral("--profile"), QStringLiteral("Ada Lovecode")} << 5;
        QTest::newRow("combined") << QStringList{QStringLiteral("--category"), QStringLiteral("SE"), QStringLiteral("--has-code"), QStringLiteral("--year"), QStringLiteral("2023")} << 1;
    }
    void listFilters()
    {
        QFETCH(QStringList, filters);
        QFETCH(int, expected);
        QCOMPARE(listJson(filters).size(), expected);
        const Run text = paperscope(QStringList{QStringLiteral("list")} + filters, m_db);
        QCOMPARE(text.exitCode, 0);
        QCOMPARE(text.out.count(QLatin1Char('\n')), expected);
    }

    void statsJson()
    {
        const Run r = paperscope({QStringLiteral("stats"), QStringLiteral("--json")}, m_db);
        QCOMPARE(r.exitCode, 0);
        const QJsonObject o = QJsonDocument::fromJson(r.out.toUtf8()).object();
        QCOMPARE(o.value(QStringLiteral("papers")).toInt(), 8);
        QCOMPARE(o.value(QStringLiteral("by_category")).toObject().value(QStringLiteral("SE")).toInt(), 4);
        QCOMPARE(o.value(QStringLiteral("by_year")).toObject().value(QStringLiteral("2025")).toInt(), 3);
        QCOMPARE(o.value(QStringLiteral("by_affiliation")).toObject().value(QStringLiteral("cmu")).toInt(), 2);

        const Run filtered = paperscope({QStringLiteral("stats"), QStringLiteral("--json"), QStringLiteral("--category"), QStringLiteral("LG")}, m_db);
        const QJsonObject f = QJsonDocument::fromJson(filtered.out.toUtf8()).object();
        QCOMPARE(f.value(QStringLiteral("papers")).toInt(), 2);
        QCOMPARE(f.value(QStringLiteral("by_category")).toObject().keys(), QStringList{QStringLiteral("LG")});

        const Run text = paperscope({QStringLiteral("stats")}, m_db);
        QVERIFY(text.out.startsWith(QStringLiteral("papers: 8\n")));
        QVERIFY(text.out.contains(QStringLiteral("by category:")));
    }

    void exportWritesBibtex()
    {
        const QString bib = m_dir.filePath(QStringLiteral("out%1.bib").arg(m_n));
        const Run r = paperscope({QStringLiteral("export"), QStringLiteral("--category"), QStringLiteral("SE"), QStringLiteral("-o"), bib}, m_db);
        QCOMPARE(r.exitCode, 0);
        QFile f(bib);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QString text = QString::fromUtf8(f.readAll());
        QCOMPARE(text.count(QStringLiteral("\n@")) + (text.startsWith(QLatin1Char('@')) ? 1 : 0), 4);
        QVERIFY(text.contains(QStringLiteral("{allal2023santacoder,")));
        QVERIFY(text.contains(QStringLiteral("and others")));
        QVERIFY(text.contains(QStringLiteral("{FAIR CodeGen team}")));

        const Run stdoutRun = paperscope({QStringLiteral("export"), QStringLiteral("--search"), QStringLiteral("santacoder")}, m_db);
        QCOMPARE(stdoutRun.exitCode, 0);
        QVERIFY(stdoutRun.out.startsWith(QLatin1Char('@')));
        QVERIFY(stdoutRun.out.contains(QStringLiteral("allal2023santacoder")));
    }

    // Every valid fixture, exported, passes the real biber and bibtex.
    void exportOfEveryFixtureValidates()
    {
        const QString db = m_dir.filePath(QStringLiteral("all.sqlite"));
        const Run imported = paperscope(QStringList{QStringLiteral("import")} + validFixtures(), db);
        QVERIFY2(imported.exitCode == 0, qPrintable(imported.err));
        const QString utf8 = m_dir.filePath(QStringLiteral("all-utf8.bib"));
        const QString latex = m_dir.filePath(QStringLiteral("all-latex.bib"));
        QCOMPARE(paperscope({QStringLiteral("export"), QStringLiteral("-o"), utf8}, db).exitCode, 0);
        QCOMPARE(paperscope({QStringLiteral("export"), QStringLiteral("--latex-escapes"), QStringLiteral("-o"), latex}, db).exitCode, 0);
        const Run stats = paperscope({QStringLiteral("stats"), QStringLiteral("--json")}, db);
        const int papers = QJsonDocument::fromJson(stats.out.toUtf8()).object().value(QStringLiteral("papers")).toInt();
        QVERIFY(papers >= 20);
        for (const QString &bib : {utf8, latex}) {
            const BibTools::Verdict biber = BibTools::biber(bib);
            QVERIFY2(biber.clean, qPrintable(biber.report));
            const BibTools::Verdict bibtex = BibTools::bibtex(bib);
            QVERIFY2(bibtex.clean, qPrintable(bibtex.report));
            QCOMPARE(biber.entries, papers);
            QCOMPARE(bibtex.entries, papers);
        }
    }
};

QTEST_GUILESS_MAIN(TestCommandLine)
#include "tst_commandline.moc"
