// .bib files through the real binary (issue 17): import by content, bad
// files refused whole (or their readable entries with --skip-bad), list
// --json with entry_type, citation_key and fields, search by folded text,
// a profile and a .bib naming one paper, and the export round trip.
#include "support/testdata.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QtTest>

namespace {
using TestData::fixture;
using TestData::Run;

QString bib(const char *name)
{
    return fixture(QStringLiteral("bib/") + QLatin1String(name));
}
} // namespace

class TestBibImport : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;
    int m_n = 0;

    QString newStore() { return m_dir.filePath(QStringLiteral("store-%1.sqlite").arg(++m_n)); }

    Run paperscope(const QStringList &args, const QString &db)
    {
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.remove(QStringLiteral("DISPLAY"));
        env.remove(QStringLiteral("WAYLAND_DISPLAY"));
        env.remove(QStringLiteral("QT_QPA_PLATFORM"));
        env.insert(QStringLiteral("XDG_DATA_HOME"), m_dir.filePath(QStringLiteral("xdg")));
        p.setProcessEnvironment(env);
        p.start(QStringLiteral(PAPERSCOPE_BINARY), QStringList{QStringLiteral("--db"), db} + args);
        if (!p.waitForFinished(60000))
            return {};
        return {p.exitCode(), QString::fromUtf8(p.readAllStandardOutput()), QString::fromUtf8(p.readAllStandardError())};
    }
    QJsonArray list(const QString &db, const QStringList &filters = {})
    {
        const Run r = paperscope(QStringList{QStringLiteral("list"), QStringLiteral("--json")} + filters, db);
        if (r.exitCode != 0)
            qWarning() << r.err;
        return QJsonDocument::fromJson(r.out.toUtf8()).array();
    }
    QJsonObject byKey(const QJsonArray &papers, const QString &key)
    {
        for (const QJsonValue &v : papers)
            if (v.toObject().value(QStringLiteral("citation_key")).toString() == key)
                return v.toObject();
        return {};
    }

private slots:
    void importsEveryFixture_data();
    void importsEveryFixture();
    void listJson();
    void searchFolded();
    void badFileStoresNothing();
    void typeAndVenueFilters();
    void skipBad();
    void folder();
    void profileAndBibAreOnePaper();
    void roundTrip();
};

void TestBibImport::importsEveryFixture_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<int>("papers");
    QTest::newRow("JabRef") << bib("jabref.bib") << 3;
    QTest::newRow("Zotero") << bib("zotero.bib") << 4;
    QTest::newRow("Google Scholar") << bib("scholar.bib") << 3;
    QTest::newRow("public bibliography") << bib("public-macros.bib") << 9;
    QTest::newRow("windows-1252") << bib("windows-1252.bib") << 1;
    QTest::newRow("UTF-16") << bib("utf16le.bib") << 1;
}

void TestBibImport::importsEveryFixture()
{
    QFETCH(QString, file);
    const QString db = newStore();
    const Run r = paperscope({QStringLiteral("import"), file}, db);
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QTEST(int(list(db).size()), "papers");
    const Run again = paperscope({QStringLiteral("import"), file}, db); // re-import changes nothing
    QCOMPARE(again.exitCode, 0);
    QTEST(int(list(db).size()), "papers");
}

void TestBibImport::listJson()
{
    const QString db = newStore();
    QCOMPARE(paperscope({QStringLiteral("import"), bib("jabref.bib"), bib("zotero.bib")}, db).exitCode, 0);
    const QJsonArray papers = list(db);
    const QJsonObject a = byKey(papers, QStringLiteral("Mueller2019"));
    QCOMPARE(a.value(QStringLiteral("entry_type")).toString(), QStringLiteral("article"));
    QCOMPARE(a.value(QStringLiteral("title")).toString(), QStringLiteral("Deep Learning for Code Search: A Survey"));
    QCOMPARE(a.value(QStringLiteral("year")).toInt(), 2019);
    QCOMPARE(a.value(QStringLiteral("venue")).toString(), QStringLiteral("Empirical Software Engineering"));
    QCOMPARE(a.value(QStringLiteral("authors")).toArray().at(0).toString(), QStringLiteral("Jörg Müller"));
    const QJsonObject fields = a.value(QStringLiteral("fields")).toObject();
    QCOMPARE(fields.size(), 12);
    QCOMPARE(fields.value(QStringLiteral("month")).toString(), QStringLiteral("January"));
    QCOMPARE(fields.value(QStringLiteral("owner")).toString(), QStringLiteral("jd"));
    QCOMPARE(fields.value(QStringLiteral("title")).toString(), QStringLiteral("{Deep} Learning for Code Search: A Survey"));
    const QJsonObject cwm = byKey(papers, QStringLiteral("fair2024CodeWorldModel"));
    QCOMPARE(cwm.value(QStringLiteral("entry_type")).toString(), QStringLiteral("online"));
    QCOMPARE(cwm.value(QStringLiteral("category")).toString(), QStringLiteral("SE"));
    QCOMPARE(cwm.value(QStringLiteral("arxiv_id")).toString(), QStringLiteral("2409.12345"));
    QCOMPARE(cwm.value(QStringLiteral("authors")).toArray().at(0).toString(), QStringLiteral("FAIR CodeGen team"));
    QCOMPARE(byKey(papers, QStringLiteral("muller2020DeepCodeSearch")).value(QStringLiteral("date")).toString(),
             QStringLiteral("2020-03-15"));
}

void TestBibImport::searchFolded()
{
    const QString db = newStore();
    QCOMPARE(paperscope({QStringLiteral("import"), bib("jabref.bib")}, db).exitCode, 0);
    for (const QString &text : {QStringLiteral("muller"), QStringLiteral("müller"), QStringLiteral("Müller")})
        QCOMPARE(list(db, {QStringLiteral("--search"), text}).size(), 1);
    QCOMPARE(list(db, {QStringLiteral("--search"), QStringLiteral("strasse")}).size(), 0); // ß is not "ss" in FTS5
    QCOMPARE(list(db, {QStringLiteral("--search"), QStringLiteral("angstrom")}).size(), 1);
}

void TestBibImport::badFileStoresNothing()
{
    const QString db = newStore();
    QCOMPARE(paperscope({QStringLiteral("import"), bib("scholar.bib")}, db).exitCode, 0);
    const Run r = paperscope({QStringLiteral("import"), bib("bad-mixed.bib")}, db);
    QVERIFY(r.exitCode != 0);
    QVERIFY2(r.err.contains(QStringLiteral("bad-mixed.bib:7: the entry is not closed")), qPrintable(r.err));
    QVERIFY(r.err.contains(QStringLiteral("bad-mixed.bib:21: missing comma before the field 'title' (entry nocomma)")));
    QVERIFY(r.err.contains(QStringLiteral("bad-mixed.bib:28: undefined macro 'j-undefined' (entry undefined)")));
    QVERIFY(r.err.contains(QStringLiteral("bad-mixed.bib:38:")));
    QCOMPARE(list(db).size(), 3); // nothing already in the store changed, nothing added
    const Run prose = paperscope({QStringLiteral("import"), bib("bad-not-bibtex.bib")}, db);
    QVERIFY(prose.exitCode != 0);
}

void TestBibImport::skipBad()
{
    const QString db = newStore();
    const Run r = paperscope({QStringLiteral("import"), QStringLiteral("--skip-bad"), bib("bad-mixed.bib")}, db);
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QVERIFY(r.err.contains(QStringLiteral("bad-mixed.bib:21:")));
    const QJsonArray papers = list(db);
    QCOMPARE(papers.size(), 3);
    QVERIFY(!byKey(papers, QStringLiteral("good2")).isEmpty());
}

// --type and --venue filter like --category; stats counts per type and venue.
void TestBibImport::typeAndVenueFilters()
{
    const QString path = m_dir.filePath(QStringLiteral("types.bib"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("@article{a1, title = {Coral Reefs}, journal = {Nature}, year = 2020}\n"
               "@Article{a2, title = {Deep Sea Vents}, journal = {nature}, year = 2021}\n"
               "@inproceedings{i1, title = {Fuzzing Compilers}, booktitle = {ICSE}, year = 2022}\n"
               "@misc{m1, title = {A Blog Post}, year = 2024}\n");
    file.close();
    const QString db = newStore();
    QCOMPARE(paperscope({QStringLiteral("import"), path, fixture(QStringLiteral("profile-ada-lovecode.txt"))}, db).exitCode, 0);
    const QJsonArray articles = list(db, {QStringLiteral("--type"), QStringLiteral("Article")});
    QCOMPARE(articles.size(), 2);
    for (const QJsonValue &v : articles)
        QCOMPARE(v.toObject().value(QStringLiteral("entry_type")).toString(), QStringLiteral("article"));
    QCOMPARE(list(db, {QStringLiteral("--venue"), QStringLiteral("NATURE"), QStringLiteral("--venue"),
                       QStringLiteral("ICSE")}).size(), 3);
    QCOMPARE(list(db, {QStringLiteral("--type"), QStringLiteral("misc"), QStringLiteral("--venue"),
                       QStringLiteral("ICSE")}).size(), 0);
    const Run stats = paperscope({QStringLiteral("stats"), QStringLiteral("--json")}, db);
    QCOMPARE(stats.exitCode, 0);
    const QJsonObject o = QJsonDocument::fromJson(stats.out.toUtf8()).object();
    QCOMPARE(o.value(QStringLiteral("papers")).toInt(), 9); // profile papers have no type: not in by_type
    const QJsonObject byType = o.value(QStringLiteral("by_type")).toObject();
    QCOMPARE(byType.value(QStringLiteral("article")).toInt(), 2);
    QCOMPARE(byType.value(QStringLiteral("inproceedings")).toInt(), 1);
    QCOMPARE(byType.value(QStringLiteral("misc")).toInt(), 1);
    QCOMPARE(byType.size(), 3);
    QCOMPARE(o.value(QStringLiteral("by_venue")).toObject().size(), 2);
    QCOMPARE(o.value(QStringLiteral("by_venue")).toObject().value(QStringLiteral("ICSE")).toInt(), 1);
    const Run text = paperscope({QStringLiteral("stats"), QStringLiteral("--type"), QStringLiteral("article")}, db);
    QVERIFY2(text.out.contains(QStringLiteral("by type:\n  article  2\n")), qPrintable(text.out));
    QVERIFY2(text.out.contains(QStringLiteral("by venue:\n  Nature  2\n")), qPrintable(text.out));
}

void TestBibImport::folder()
{
    QTemporaryDir folder;
    QVERIFY(QFile::copy(bib("scholar.bib"), folder.filePath(QStringLiteral("refs.bib"))));
    QVERIFY(QFile::copy(fixture(QStringLiteral("profile-ada-lovecode.txt")), folder.filePath(QStringLiteral("ada.txt"))));
    const QString db = newStore();
    const Run r = paperscope({QStringLiteral("import"), folder.path()}, db);
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QVERIFY(!byKey(list(db), QStringLiteral("allal2023santacoder")).value(QStringLiteral("entry_type")).isNull());
}

void TestBibImport::profileAndBibAreOnePaper()
{
    const QString db = newStore();
    QCOMPARE(paperscope({QStringLiteral("import"), fixture(QStringLiteral("profile-ada-lovecode.txt"))}, db).exitCode, 0);
    const QJsonArray before = list(db);
    QVERIFY(!before.isEmpty());
    const QJsonObject first = before.at(0).toObject();
    QTemporaryDir folder;
    QFile f(folder.filePath(QStringLiteral("mine.bib")));
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(QStringLiteral("@inproceedings{myOwnKey,\n  title = {%1},\n  booktitle = {Proc. {ICSE}},\n  note = {mine}\n}\n")
                .arg(first.value(QStringLiteral("title")).toString()).toUtf8());
    f.close();
    const Run r = paperscope({QStringLiteral("import"), f.fileName()}, db);
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    const QJsonArray after = list(db);
    QCOMPARE(after.size(), before.size());
    const QJsonObject merged = byKey(after, QStringLiteral("myOwnKey"));
    QCOMPARE(merged.value(QStringLiteral("title")).toString(), first.value(QStringLiteral("title")).toString());
    QCOMPARE(merged.value(QStringLiteral("entry_type")).toString(), QStringLiteral("inproceedings"));
    QCOMPARE(merged.value(QStringLiteral("fields")).toObject().value(QStringLiteral("note")).toString(), QStringLiteral("mine"));
    QCOMPARE(merged.value(QStringLiteral("profiles")).toArray().size(), 2); // the profile and mine.bib
}

void TestBibImport::roundTrip()
{
    const QString first = newStore(), second = newStore();
    const QString export1 = m_dir.filePath(QStringLiteral("export1.bib"));
    const QString export2 = m_dir.filePath(QStringLiteral("export2.bib"));
    QCOMPARE(paperscope({QStringLiteral("import"), bib("jabref.bib"), bib("zotero.bib"), bib("scholar.bib"),
                         bib("public-macros.bib")}, first).exitCode, 0);
    QCOMPARE(paperscope({QStringLiteral("export"), QStringLiteral("-o"), export1}, first).exitCode, 0);
    const Run imported = paperscope({QStringLiteral("import"), export1}, second);
    QVERIFY2(imported.exitCode == 0, qPrintable(imported.err));
    QCOMPARE(paperscope({QStringLiteral("export"), QStringLiteral("-o"), export2}, second).exitCode, 0);
    QFile a(export1), b(export2);
    QVERIFY(a.open(QIODevice::ReadOnly) && b.open(QIODevice::ReadOnly));
    const QByteArray bytes = a.readAll();
    QCOMPARE(b.readAll(), bytes);
    QVERIFY(bytes.contains("@article{Mueller2019,"));
    QVERIFY(bytes.contains("  owner = {jd}"));
    const QJsonArray one = list(first), two = list(second);
    QCOMPARE(two.size(), one.size());
    for (const QJsonValue &v : one) {
        const QJsonObject o = v.toObject();
        const QJsonObject p = byKey(two, o.value(QStringLiteral("citation_key")).toString());
        QCOMPARE(p.value(QStringLiteral("entry_type")), o.value(QStringLiteral("entry_type")));
        QCOMPARE(p.value(QStringLiteral("fields")), o.value(QStringLiteral("fields")));
    }
}

QTEST_GUILESS_MAIN(TestBibImport)
#include "tst_bibimport.moc"
