// BibReader and its parts (BibParser, BibEncoding, BibNames, LatexDecoder)
// on fixtures that look like real exports (JabRef, Zotero/Better BibTeX,
// Google Scholar, a large public bibliography with macros and crossrefs),
// on every encoding, on bad entries and on hostile input.
#include "bibencoding.h"
#include "bibnames.h"
#include "bibparser.h"
#include "bibreader.h"
#include "latexdecoder.h"
#include "support/testdata.h"

#include <QtTest>

namespace {

BibDocument readFixture(const QString &name)
{
    return BibReader::read(TestData::fixtureBytes(QStringLiteral("bib/") + name));
}

const BibEntry *entryByKey(const BibDocument &doc, const QString &key)
{
    for (const BibEntry &e : doc.entries)
        if (e.key == key)
            return &e;
    return nullptr;
}

QStringList keys(const BibDocument &doc)
{
    QStringList out;
    for (const BibEntry &e : doc.entries)
        out.append(e.key);
    return out;
}

} // namespace

class TestBibReader : public QObject
{
    Q_OBJECT

private slots:
    void fixtures_data();
    void fixtures();
    void jabref();
    void zotero();
    void scholar();
    void macrosAndCrossref();
    void encodings_data();
    void encodings();
    void values_data();
    void values();
    void latex_data();
    void latex();
    void names_data();
    void names();
    void nameLists();
    void badEntries();
    void badFile_data();
    void badFile();
    void errorMessage();
    void textBetweenEntriesKept();
    void hostile_data();
    void hostile();
    void sniff_data();
    void sniff();
};

void TestBibReader::fixtures_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<int>("entries");
    QTest::addColumn<int>("errors");
    QTest::addColumn<int>("strings");
    QTest::addColumn<int>("preambles");
    QTest::addColumn<int>("comments");
    QTest::addColumn<QString>("encoding");
    QTest::newRow("JabRef") << "jabref.bib" << 3 << 0 << 0 << 0 << 3 << "UTF-8";
    QTest::newRow("Zotero/Better BibTeX") << "zotero.bib" << 4 << 0 << 0 << 0 << 0 << "UTF-8";
    QTest::newRow("Google Scholar") << "scholar.bib" << 3 << 0 << 0 << 0 << 0 << "UTF-8";
    QTest::newRow("public bibliography") << "public-macros.bib" << 9 << 0 << 6 << 1 << 1 << "UTF-8";
    QTest::newRow("windows-1252") << "windows-1252.bib" << 1 << 0 << 0 << 0 << 0 << "windows-1252";
    QTest::newRow("JabRef windows-1252") << "jabref-windows-1252.bib" << 1 << 0 << 0 << 0 << 1 << "windows-1252";
    QTest::newRow("UTF-16LE") << "utf16le.bib" << 1 << 0 << 0 << 0 << 0 << "UTF-16LE";
    QTest::newRow("UTF-16BE") << "utf16be.bib" << 1 << 0 << 0 << 0 << 0 << "UTF-16BE";
    QTest::newRow("bad entries") << "bad-mixed.bib" << 3 << 4 << 0 << 0 << 0 << "UTF-8";
    QTest::newRow("not BibTeX") << "bad-not-bibtex.bib" << 0 << 1 << 0 << 0 << 1 << "UTF-8";
}

void TestBibReader::fixtures()
{
    QFETCH(QString, file);
    const BibDocument doc = readFixture(file);
    QTEST(int(doc.entries.size()), "entries");
    QTEST(int(doc.errors.size()), "errors");
    QTEST(int(doc.strings.size()), "strings");
    QTEST(int(doc.preambles.size()), "preambles");
    QTEST(int(doc.comments.size()), "comments");
    QTEST(doc.encoding, "encoding");
    QFETCH(int, errors);
    QCOMPARE(doc.ok(), errors == 0);
}

void TestBibReader::jabref()
{
    const BibDocument doc = readFixture(QStringLiteral("jabref.bib"));
    QCOMPARE(keys(doc), QStringList({"Mueller2019", "Strasse2020", "Knuth1984"}));
    const BibEntry &a = doc.entries.at(0);
    QCOMPARE(a.type, QStringLiteral("article"));
    QCOMPARE(a.line, 3);
    QCOMPARE(a.fields.size(), 12);
    QCOMPARE(a.fields.at(0).name, QStringLiteral("author"));     // names are case-insensitive
    QCOMPARE(a.fields.at(0).line, 4);
    QCOMPARE(a.value("title"), QStringLiteral("{Deep} Learning for Code Search: A Survey"));
    QCOMPARE(a.value("month"), QStringLiteral("January"));
    QCOMPARE(a.field("month")->raw(), QStringLiteral("jan"));
    QCOMPARE(a.field("year")->raw(), QStringLiteral("{2019}"));
    QCOMPARE(a.value("owner"), QStringLiteral("jd"));          // fields Paperscope does not know
    QCOMPARE(a.value("timestamp"), QStringLiteral("2019.03.04"));
    QCOMPARE(BibNames::parse(a.value("author")).display(),
             QStringList({"Jörg Müller", "John Smith", "María García"}));
    const BibEntry &b = doc.entries.at(1);
    QCOMPARE(b.type, QStringLiteral("inproceedings"));
    QCOMPARE(LatexDecoder::toUnicode(b.value("title")), QStringLiteral("Mining & Repairing Builds"));
    QCOMPARE(BibNames::parse(b.value("author")).display(),
             QStringList({"Hans Straße", "Anders Ångström", "Ayşe Çelik"}));
    const BibEntry &c = doc.entries.at(2);
    QCOMPARE(c.field("year")->raw(), QStringLiteral("1984"));
    QCOMPARE(LatexDecoder::toUnicode(c.value("note")),
             QString::fromUtf8("Reprinted\u00a0in \u201cCSLI\u201d \u2014 with notes"));
    QVERIFY(doc.comments.at(0).text.contains(QLatin1String("% Encoding: UTF-8")));
    QVERIFY(doc.comments.at(1).text.startsWith(QLatin1String("@Comment{jabref-meta: databaseType:bibtex;}")));
    QCOMPARE(doc.comments.at(2).line, 38);
    QVERIFY(doc.comments.at(2).text.contains(QLatin1String("StaticGroup:builds")));
}

void TestBibReader::zotero()
{
    const BibDocument doc = readFixture(QStringLiteral("zotero.bib"));
    QCOMPARE(keys(doc), QStringList({"muller2020DeepCodeSearch", "fair2024CodeWorldModel",
                                     "gu2024CRUXEvalBenchmarkCode", "bigcode2023Starcoder"}));
    const BibEntry &a = doc.entries.at(0);
    QCOMPARE(a.line, 2); // after the BOM and a blank line
    QCOMPARE(a.value("date"), QStringLiteral("2020-03-15"));
    QCOMPARE(LatexDecoder::toUnicode(a.value("title")), QStringLiteral("Deep Code Search with Transformers"));
    QCOMPARE(BibNames::parse(a.value("author")).display(), QStringList({"Jörg Müller", "Ayşe Çelik"}));
    QVERIFY(a.value("file").contains(QStringLiteral("Müller - 2020")));
    const BibEntry &b = doc.entries.at(1);
    QCOMPARE(b.type, QStringLiteral("online"));
    QCOMPARE(BibNames::parse(b.value("author")).display(),
             QStringList({"FAIR CodeGen team", "Jade Copet", "Quentin Carbonneaux"}));
    QCOMPARE(BibNames::parse(b.value("author")).names.at(0).last, QStringLiteral("{FAIR CodeGen team}"));
    QCOMPARE(b.value("eprintclass"), QStringLiteral("cs.SE"));
    QCOMPARE(LatexDecoder::toUnicode(b.value("title")),
             QStringLiteral("CWM: An Open-Weights LLM for Research on Code Generation with World Models"));
    QCOMPARE(doc.entries.at(2).value("date"), QStringLiteral("2024-07"));
    QCOMPARE(BibNames::parse(doc.entries.at(2).value("author")).display().at(1), QStringLiteral("Baptiste Rozière"));
    QCOMPARE(doc.entries.at(3).type, QStringLiteral("software"));
}

void TestBibReader::scholar()
{
    const BibDocument doc = readFixture(QStringLiteral("scholar.bib"));
    const BibEntry &a = doc.entries.at(0);
    QCOMPARE(a.key, QStringLiteral("allal2023santacoder"));
    QCOMPARE(a.fields.size(), 4); // no comma after the last field
    const BibNameList names = BibNames::parse(a.value("author"));
    QCOMPARE(names.names.size(), 10);
    QVERIFY(names.others);
    QCOMPARE(names.names.at(0).first, QStringLiteral("Loubna Ben"));
    QCOMPARE(names.names.at(0).last, QStringLiteral("Allal"));
    QCOMPARE(BibNames::parse(doc.entries.at(1).value("author")).display().at(6), QStringLiteral("Łukasz Kaiser"));
    QCOMPARE(doc.entries.at(2).value("publisher"), QStringLiteral("Pearson Education"));
}

void TestBibReader::macrosAndCrossref()
{
    const BibDocument doc = readFixture(QStringLiteral("public-macros.bib"));
    QVERIFY2(doc.ok(), qPrintable(doc.errors.value(0).message));
    QCOMPARE(doc.strings.at(0).name, QStringLiteral("ack-nhfb"));
    QCOMPARE(doc.strings.at(0).value, QStringLiteral("Nelson H. F. Beebe, University of Utah")); // white space folded
    QCOMPARE(doc.strings.at(5).name, QStringLiteral("pub-AW"));  // @String( ... )
    QCOMPARE(doc.preambles.at(0).value,
             QStringLiteral("\\input bibnames.sty\\hyphenation{Ja-va}\\ifx \\undefined \\TM \\def \\TM {${}^{\\sc TM}$} \\fi"));
    QVERIFY(doc.preambles.at(0).raw().startsWith(QLatin1String("\"\\input bibnames.sty\" # ")));

    const BibEntry *goTo = entryByKey(doc, QStringLiteral("Dijkstra:1968:GSC"));
    QVERIFY(goTo);
    QCOMPARE(goTo->value("journal"), QStringLiteral("Communications of the {ACM}"));
    QCOMPARE(goTo->field("journal")->raw(), QStringLiteral("j-CACM"));
    QCOMPARE(goTo->value("month"), QStringLiteral("March"));
    QCOMPARE(goTo->value("codenn"), QString());
    QCOMPARE(goTo->value("coden"), QStringLiteral("CACMA2"));
    QCOMPARE(goTo->value("acknowledgement"), doc.strings.at(0).value);

    const BibEntry *hoare = entryByKey(doc, QStringLiteral("Hoare:1969:ABC"));
    QCOMPARE(hoare->value("note"), QStringLiteral("See also ACM Transactions on Programming Languages and Systems, volume 1"));
    QCOMPARE(hoare->field("note")->raw(), QStringLiteral("\"See also \" # j-TOPLAS # \", \" # \"volume 1\""));
    QCOMPARE(hoare->value("volume"), QStringLiteral("12"));

    const BibEntry *wadler = entryByKey(doc, QStringLiteral("Wadler:1993:MFP"));
    QCOMPARE(wadler->fields.size(), 4);                      // kept as written
    QCOMPARE(wadler->value("year"), QStringLiteral("1993")); // seen through the parent
    QCOMPARE(wadler->value("publisher"), QStringLiteral("ACM Press"));
    QCOMPARE(wadler->value("address"), QStringLiteral("New York, NY, USA"));
    QVERIFY(wadler->value("booktitle").startsWith(QLatin1String("Conference record of the Twentieth")));
    QCOMPARE(wadler->value("pages"), QStringLiteral("71--84"));
    QVERIFY(!wadler->field("title")->value.contains(QLatin1String("Conference"))); // own title wins
    const BibEntry *parent = entryByKey(doc, QStringLiteral("ACM:1993:POPL"));
    QVERIFY(parent && parent->inherited.isEmpty());
    QCOMPARE(parent->type, QStringLiteral("proceedings"));

    const BibEntry *texbook = entryByKey(doc, QStringLiteral("Knuth:1984:TB"));
    QCOMPARE(texbook->type, QStringLiteral("book"));
    QCOMPARE(texbook->value("month"), QStringLiteral("January~February"));
    QCOMPARE(LatexDecoder::toUnicode(texbook->value("publisher")), QStringLiteral("Addison-Wesley"));
    QCOMPARE(LatexDecoder::toUnicode(texbook->value("title")), QStringLiteral("The \\TeXbook"));

    const BibNameList poel = BibNames::parse(entryByKey(doc, QStringLiteral("vanderPoel:1956:TLC"))->value("author"));
    QCOMPARE(poel.names.size(), 3);
    QCOMPARE(poel.names.at(0).first, QStringLiteral("Willem Louis"));
    QCOMPARE(poel.names.at(0).von, QStringLiteral("van der"));
    QCOMPARE(poel.names.at(0).last, QStringLiteral("Poel"));
    QCOMPARE(poel.names.at(1).last, QStringLiteral("{van Beethoven}"));
    QCOMPARE(poel.names.at(2).jr, QStringLiteral("Jr"));
    QCOMPARE(poel.names.at(2).first, QStringLiteral("Martin Luther"));
    QCOMPARE(poel.display().at(2), QStringLiteral("Martin Luther King Jr"));

    QCOMPARE(entryByKey(doc, QStringLiteral("Zenodo:2021:CSN"))->type, QStringLiteral("dataset"));
    const BibEntry *codex = entryByKey(doc, QStringLiteral("arXiv:2107.03374"));
    QCOMPARE(codex->value("archiveprefix"), QStringLiteral("arXiv"));
    QCOMPARE(codex->value("primaryclass"), QStringLiteral("cs.LG"));
    QVERIFY(BibNames::parse(codex->value("author")).others);
}

void TestBibReader::encodings_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("key");
    QTest::newRow("windows-1252, no header") << "windows-1252.bib" << "cp1252";
    QTest::newRow("JabRef header") << "jabref-windows-1252.bib" << "jabrefcp";
    QTest::newRow("UTF-16LE") << "utf16le.bib" << "utf16";
    QTest::newRow("UTF-16BE") << "utf16be.bib" << "utf16be";
}

void TestBibReader::encodings()
{
    QFETCH(QString, file);
    const BibDocument doc = readFixture(file);
    QCOMPARE(doc.entries.size(), 1);
    const BibEntry &e = doc.entries.at(0);
    QTEST(e.key, "key");
    QCOMPARE(BibNames::parse(e.value("author")).display(), QStringList({"Zoë Müller", "Hans Ørsted"}));
    QCOMPARE(e.value("title"), QString::fromUtf8("Naïve “quoted” code – a study"));
}

void TestBibReader::values_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("raw");
    QTest::newRow("braces") << "@a{k, f = {x {y} z}}" << "x {y} z" << "{x {y} z}";
    QTest::newRow("quotes with braced quote") << "@a{k, f = \"a {\"} b\"}" << "a {\"} b" << "\"a {\"} b\"";
    QTest::newRow("number") << "@a{k, f = 2020}" << "2020" << "2020";
    QTest::newRow("month macro any case") << "@a{k, f = DEC}" << "December" << "DEC";
    QTest::newRow("concatenation") << "@string{s = \"b\"}@a{k, f = \"a\" # s # {c} # 1}" << "abc1"
                                   << "\"a\" # s # {c} # 1";
    QTest::newRow("white space folded") << "@a{k, f = {a\n   b\tc}}" << "a b c" << "{a b c}";
    QTest::newRow("field name case") << "@a{k, F = {x}}" << "x" << "{x}";
    QTest::newRow("parentheses") << "@a(k, f = {x})" << "x" << "{x}";
    QTest::newRow("trailing comma") << "@a{k, f = {x},\n}" << "x" << "{x}";
    QTest::newRow("comment line between fields") << "@a{k,\n% note\n f = {x}}" << "x" << "{x}";
    QTest::newRow("empty") << "@a{k, f = {}}" << "" << "{}";
}

void TestBibReader::values()
{
    QFETCH(QString, text);
    const BibDocument doc = BibReader::readText(text);
    QVERIFY2(doc.ok(), qPrintable(doc.errors.value(0).message));
    QCOMPARE(doc.entries.size(), 1);
    const BibField *f = doc.entries.at(0).field(QStringLiteral("f"));
    QVERIFY(f);
    QTEST(f->value, "value");
    QTEST(f->raw(), "raw");
}

void TestBibReader::latex_data()
{
    QTest::addColumn<QString>("latex");
    QTest::addColumn<QString>("unicode");
    QTest::newRow("braced umlaut") << "M{\\\"u}ller" << "Müller";
    QTest::newRow("accent with braced argument") << "Caf\\'{e}" << "Café";
    QTest::newRow("sharp s") << "Stra{\\ss}e" << "Straße";
    QTest::newRow("cedilla command") << "Fran\\c{c}ois" << "François";
    QTest::newRow("cedilla with space") << "Fran\\c cois" << "François";
    QTest::newRow("ring") << "{\\aa}se {\\AA}ngstr{\\\"o}m" << "åse Ångström";
    QTest::newRow("dotless i") << "Mar{\\'\\i}a" << "María";
    QTest::newRow("caron") << "{\\v{S}}koda \\v{c}" << "Škoda č";
    QTest::newRow("hungarian") << "Erd\\H{o}s" << "Erdős";
    QTest::newRow("stroke") << "{\\L}{\\'o}d{\\'z} {\\o}" << "Łódź ø";
    QTest::newRow("ampersand") << "R\\&D" << "R&D";
    QTest::newRow("specials") << "50\\% \\$5 \\#1 a\\_b" << "50% $5 #1 a_b";
    QTest::newRow("en dash") << "1--10" << "1–10";
    QTest::newRow("em dash") << "a---b" << "a—b";
    QTest::newRow("tie") << "D.~E. Knuth" << "D.\u00a0E. Knuth";
    QTest::newRow("quotes") << "``quoted''" << "“quoted”";
    QTest::newRow("case braces") << "{SantaCoder}: {LLMs} for {{Code}}" << "SantaCoder: LLMs for Code";
    QTest::newRow("font commands") << "\\emph{very} \\textbf{bold}" << "very bold";
    QTest::newRow("math kept") << "$O(n^2)$ time" << "$O(n^2)$ time";
    QTest::newRow("unknown command kept") << "\\foo{x}" << "\\foox";
    QTest::newRow("white space") << "  a \n  b  " << "a b";
    QTest::newRow("plain text unchanged") << "Plain title" << "Plain title";
    QTest::newRow("ligature-free hyphen") << "GPT-4" << "GPT-4";
    QTest::newRow("ellipsis") << "and so on\\ldots" << "and so on…";
    QTest::newRow("trailing backslash") << "a\\" << "a\\";
}

void TestBibReader::latex()
{
    QFETCH(QString, latex);
    QTEST(LatexDecoder::toUnicode(latex), "unicode");
}

void TestBibReader::names_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("first");
    QTest::addColumn<QString>("von");
    QTest::addColumn<QString>("last");
    QTest::addColumn<QString>("jr");
    QTest::newRow("First Last") << "Donald E. Knuth" << "Donald E." << "" << "Knuth" << "";
    QTest::newRow("Last, First") << "Knuth, Donald E." << "Donald E." << "" << "Knuth" << "";
    QTest::newRow("von Last, Jr, First") << "de la Fontaine, Jr., Jean" << "Jean" << "de la" << "Fontaine" << "Jr.";
    QTest::newRow("First von Last") << "Ludwig van Beethoven" << "Ludwig" << "van" << "Beethoven" << "";
    QTest::newRow("organisation") << "{FAIR CodeGen team}" << "" << "" << "{FAIR CodeGen team}" << "";
    QTest::newRow("single word") << "Aristotle" << "" << "" << "Aristotle" << "";
    QTest::newRow("tie") << "D.~E. Knuth" << "D. E." << "" << "Knuth" << "";
    QTest::newRow("accented von test") << "Jean {\\'E}mile Zola" << "Jean {\\'E}mile" << "" << "Zola" << "";
    QTest::newRow("braced last") << "Simon {Peyton Jones}" << "Simon" << "" << "{Peyton Jones}" << "";
}

void TestBibReader::names()
{
    QFETCH(QString, name);
    const BibName n = BibNames::parseName(name);
    QTEST(n.first, "first");
    QTEST(n.von, "von");
    QTEST(n.last, "last");
    QTEST(n.jr, "jr");
}

void TestBibReader::nameLists()
{
    const BibNameList list = BibNames::parse(QStringLiteral("A. Smith AND {Barnes and Noble} and\nB. Jones and others"));
    QCOMPARE(list.display(), QStringList({"A. Smith", "Barnes and Noble", "B. Jones"}));
    QVERIFY(list.others);
    QVERIFY(!BibNames::parse(QStringLiteral("Sandy Anderson")).others); // "and" inside a word
    QCOMPARE(BibNames::parse(QStringLiteral("Sandy Anderson")).names.size(), 1);
    QCOMPARE(BibNames::parse(QString()).names.size(), 0);
}

void TestBibReader::badEntries()
{
    const BibDocument doc = readFixture(QStringLiteral("bad-mixed.bib"));
    QVERIFY(doc.isBibtex);
    QVERIFY(!doc.ok());
    QCOMPARE(keys(doc), QStringList({"good1", "good2", "good3"}));
    QCOMPARE(doc.entries.at(1).value("title"), QStringLiteral("On Computable Numbers"));
    QCOMPARE(doc.errors.size(), 4);
    // The brace left open in the title closes at the entry's end, as bibtex
    // reads it, so the entry itself is what is not closed.
    QCOMPARE(doc.errors.at(0).line, 7);
    QCOMPARE(doc.errors.at(0).key, QStringLiteral("unbalanced"));
    QCOMPARE(doc.errors.at(0).message, QStringLiteral("the entry is not closed (missing '}' or unbalanced braces)"));
    QCOMPARE(doc.errors.at(1).line, 21);
    QCOMPARE(doc.errors.at(1).message, QStringLiteral("missing comma before the field 'title'"));
    QCOMPARE(doc.errors.at(2).line, 28);
    QCOMPARE(doc.errors.at(2).message, QStringLiteral("undefined macro 'j-undefined'"));
    QCOMPARE(doc.errors.at(3).line, 38);
    QCOMPARE(doc.errors.at(3).message, QStringLiteral("the key 'good1' is used twice (first on line 1)"));
}

void TestBibReader::badFile_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("line");
    QTest::addColumn<QString>("message");
    QTest::newRow("prose") << "Dear reader,\nthis is no bibliography.\n" << 0 << "not a BibTeX file: no @entry found";
    QTest::newRow("empty") << "" << 0 << "not a BibTeX file: no @entry found";
    QTest::newRow("binary") << QString::fromLatin1("@a{k,\0\0\0}", 10) << 0 << "not a BibTeX file: binary data";
    QTest::newRow("unclosed at end") << "@a{k,\n f = {x}\n" << 1 << "the entry is not closed (missing '}' or unbalanced braces)";
    QTest::newRow("value unclosed at end") << "@a{k,\n f = {x\n" << 2
                                           << "unbalanced braces: the value is not closed at the end of the file";
    QTest::newRow("missing equals") << "@a{k,\n f {x}}" << 2 << "missing '=' after the field 'f'";
    QTest::newRow("missing key") << "@a{\n f = {x}}" << 2 << "an entry without a citation key";
    QTest::newRow("comma after key") << "@a{k f = {x}}" << 1 << "missing comma after the key 'k'";
    QTest::newRow("repeated field") << "@a{k, f = 1,\n f = 2}" << 2 << "the field 'f' is given twice";
    QTest::newRow("stray character") << "@a{k, f = {x}, = 3}" << 1 << "expected a field name, found '='";
    QTest::newRow("bad string") << "@string{= {x}}" << 1 << "a @string needs NAME = value";
    QTest::newRow("quote with closing brace") << "@a{k, f = \"a}\"}" << 1 << "unbalanced braces in a quoted value";
}

void TestBibReader::badFile()
{
    QFETCH(QString, text);
    const BibDocument doc = BibReader::readText(text);
    QVERIFY(!doc.ok());
    QCOMPARE(doc.entries.size(), 0);
    QCOMPARE(doc.errors.size(), 1);
    QTEST(doc.errors.at(0).line, "line");
    QTEST(doc.errors.at(0).message, "message");
}

void TestBibReader::errorMessage()
{
    const BibDocument doc = readFixture(QStringLiteral("bad-mixed.bib"));
    QCOMPARE(BibReader::message(doc.errors.at(2), QStringLiteral("refs.bib")),
             QStringLiteral("refs.bib:28: undefined macro 'j-undefined' (entry undefined)"));
    QCOMPARE(BibReader::message({0, QString(), QStringLiteral("not a BibTeX file")}, QStringLiteral("x.bib")),
             QStringLiteral("x.bib: not a BibTeX file"));
}

void TestBibReader::textBetweenEntriesKept()
{
    const BibDocument doc = BibReader::readText(
        QStringLiteral("Header text\n\n@a{k1, f = 1}\nmail me@example.org\n@comment{x}\n@a{k2, f = 2}\ntrailer\n"));
    QCOMPARE(keys(doc), QStringList({"k1", "k2"}));
    QCOMPARE(doc.comments.size(), 4);
    QCOMPARE(doc.comments.at(0).line, 1);
    QCOMPARE(doc.comments.at(0).text, QStringLiteral("Header text\n\n"));
    QCOMPARE(doc.comments.at(1).text, QStringLiteral("\nmail me@example.org\n"));
    QCOMPARE(doc.comments.at(1).line, 4); // its first non-blank line
    QCOMPARE(doc.comments.at(2).text, QStringLiteral("@comment{x}"));
    QCOMPARE(doc.comments.at(3).line, 7);
    QCOMPARE(doc.entries.at(1).line, 6);
}

void TestBibReader::hostile_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("entries");
    QTest::addColumn<bool>("errors");
    QString macros = QStringLiteral("@string{m0 = \"xxxxxxxxxxxxxxxx\"}\n");
    for (int i = 1; i < 40; ++i)
        macros += QStringLiteral("@string{m%1 = m%2 # m%2}\n").arg(i).arg(i - 1);
    macros += QStringLiteral("@a{k, f = m39}\n");
    QTest::newRow("exponential macros") << macros << 0 << true;
    QTest::newRow("deep braces") << QStringLiteral("@a{k, f = ") + QString(200000, QLatin1Char('{')) << 0 << true;
    QTest::newRow("many at signs") << QString(200000, QLatin1Char('@')) << 0 << true;
    QTest::newRow("many entries") << QStringLiteral("@a{k, f = 1}\n").repeated(1) + QStringLiteral("@b{").repeated(50000)
                                  << 1 << true;
    QString fields = QStringLiteral("@string{big = {") + QString(BibParser::maxValueLength / 2, QLatin1Char('x')) + QStringLiteral("}}\n@a{k");
    for (int i = 0; i < 200; ++i)
        fields += QStringLiteral(", f%1 = big # big").arg(i);
    fields += QStringLiteral("}\n@a{ok, f = 1}\n");
    QTest::newRow("repeated large concatenation") << fields << 1 << true;
}

void TestBibReader::hostile()
{
    QFETCH(QString, text);
    const BibDocument doc = BibReader::readText(text);
    QTEST(int(doc.entries.size()), "entries");
    QTEST(!doc.errors.isEmpty(), "errors");
    for (const BibError &e : doc.errors)
        QVERIFY(!e.message.contains(QLatin1Char('\n')));
}

void TestBibReader::sniff_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<bool>("bibtex");
    QTest::newRow("JabRef") << TestData::fixtureBytes(QStringLiteral("bib/jabref.bib")) << true;
    QTest::newRow("UTF-16") << TestData::fixtureBytes(QStringLiteral("bib/utf16le.bib")) << true;
    QTest::newRow("profile") << TestData::fixtureBytes(QStringLiteral("profile-ada-lovecode.txt")) << false;
    QTest::newRow("e-mail") << QByteArray("write to a@b.org {soon}") << false;
}

void TestBibReader::sniff()
{
    QFETCH(QByteArray, bytes);
    QTEST(BibReader::looksLikeBibtex(bytes), "bibtex");
}

QTEST_GUILESS_MAIN(TestBibReader)
#include "tst_bibreader.moc"
