// A .bib entry's `keywords` become tags on import (issue 17 with the
// organise store of issue 18): split at , and ;, trimmed, LaTeX decoded,
// the user's spelling kept; a re-import adds tags and never removes one;
// export merges the tags back into `keywords` without doubling it, so
// .bib -> import -> export -> import keeps the same tags.
#include "bibfieldstransaction.h"
#include "bibtexexport.h"
#include "organisestore.h"
#include "paperstore.h"
#include "profileimporter.h"
#include "support/bibstoretesting.h"

#include <QtTest>

using namespace BibStoreTesting;

namespace {

qint64 idOf(PaperStore &store, const QString &key)
{
    for (const PaperRecord &p : all(store))
        if (p.citationKey == key)
            return p.id;
    return -1;
}

QStringList tagsOf(PaperStore &store, const QString &key)
{
    QStringList tags = OrganiseStore(store).marks(idOf(store, key)).tags;
    tags.sort(Qt::CaseInsensitive);
    return tags;
}

const QByteArray library = QByteArrayLiteral(
    "@article{tagged2020,\n"
    "  title = {A Tagged Paper},\n"
    "  author = {Ann Bee},\n"
    "  keywords = {Deep  Learning; code search,, M{\\\"u}ller ;},\n"
    "  year = 2020\n"
    "}\n\n"
    "@misc{plain2021,\n"
    "  title = {An Untagged Paper},\n"
    "  author = {Cy Dee},\n"
    "  year = 2021\n"
    "}\n");

} // namespace

class TestBibTags : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;
    int m_n = 0;

    bool open(PaperStore &store) { return store.open(m_dir.filePath(QStringLiteral("s%1.sqlite").arg(++m_n))); }

private slots:
    void keywordsBecomeTags();
    void reimportAddsNeverRemoves();
    void roundTripKeepsTags();
    void sameTitleAgainLaterInTheFile();
    void manyEntriesOneFile();
};

void TestBibTags::keywordsBecomeTags()
{
    QCOMPARE(BibFieldsTransaction::keywordTags({{QStringLiteral("Keywords"), QStringLiteral(" a ,b;; \\'{e}t\\'{e} ;")}}),
             (QStringList{QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("été")}));
    PaperStore store;
    QVERIFY(open(store));
    QVERIFY(importText(store, library, QStringLiteral("lib.bib")));
    QCOMPARE(tagsOf(store, QStringLiteral("tagged2020")),
             (QStringList{QStringLiteral("code search"), QStringLiteral("Deep Learning"), QStringLiteral("Müller")}));
    QVERIFY(tagsOf(store, QStringLiteral("plain2021")).isEmpty());
    QStringList known = OrganiseStore(store).tags();
    known.sort(Qt::CaseInsensitive);
    QCOMPARE(known, tagsOf(store, QStringLiteral("tagged2020")));
    // The kept field is the user's text (white space collapsed, as BibTeX reads it).
    const PaperRecord *p = nullptr;
    const QVector<PaperRecord> papers = all(store);
    for (const PaperRecord &r : papers)
        p = r.citationKey == QLatin1String("tagged2020") ? &r : p;
    QVERIFY(p);
    QCOMPARE(p->bibFields.at(2).second, QStringLiteral("Deep Learning; code search,, M{\\\"u}ller ;"));
}

void TestBibTags::reimportAddsNeverRemoves()
{
    PaperStore store;
    QVERIFY(open(store));
    QVERIFY(importText(store, library, QStringLiteral("lib.bib")));
    const qint64 id = idOf(store, QStringLiteral("tagged2020"));
    OrganiseStore org(store);
    QCOMPARE(org.addTag(QStringLiteral("mine"), {id}), 1);
    QCOMPARE(org.removeTag(QStringLiteral("code search"), {id}), 1);
    // The same paper again, its keywords changed: one new tag, one in other
    // capitals (the tag keeps its first spelling), one gone from the file.
    QByteArray again = library;
    again.replace("Deep  Learning; code search,, M{\\\"u}ller ;", "deep learning, new one");
    QVERIFY(importText(store, again, QStringLiteral("lib.bib")));
    QCOMPARE(tagsOf(store, QStringLiteral("tagged2020")),
             (QStringList{QStringLiteral("Deep Learning"), QStringLiteral("mine"), QStringLiteral("Müller"),
                          QStringLiteral("new one")}));
}

void TestBibTags::roundTripKeepsTags()
{
    PaperStore first, second;
    QVERIFY(open(first) && open(second));
    QVERIFY(importText(first, library, QStringLiteral("lib.bib")));
    QCOMPARE(OrganiseStore(first).addTag(QStringLiteral("thesis"), {idOf(first, QStringLiteral("plain2021"))}), 1);
    const QByteArray one = exported(first);
    // Every tag is already a keyword: the field stays as written, once.
    QVERIFY2(one.contains("  keywords = {Deep Learning; code search,, M{\\\"u}ller ;},\n"), one.constData());
    QCOMPARE(int(one.count("keywords")), 2);
    // A new keywords field in the style of a .bib entry written back (no comma after the last field).
    QVERIFY2(one.contains("  year = {2021},\n  keywords = {thesis}\n}\n"), one.constData());
    QVERIFY(importText(second, one, QStringLiteral("export.bib")));
    for (const QString &key : {QStringLiteral("tagged2020"), QStringLiteral("plain2021")})
        QCOMPARE(tagsOf(second, key), tagsOf(first, key));
    QCOMPARE(exported(second), one);
}

void TestBibTags::manyEntriesOneFile()
{
    PaperStore store;
    QVERIFY(open(store));
    QByteArray text;
    for (int i = 0; i < 300; ++i)
        text += QStringLiteral("@misc{k%1,\n  title = {Paper number %1},\n  keywords = {shared; own %1}\n}\n\n")
                    .arg(i).toUtf8();
    QVERIFY(importText(store, text, QStringLiteral("many.bib")));
    QCOMPARE(int(OrganiseStore(store).tags().size()), 301);
    for (int i : {0, 150, 299})
        QCOMPARE(tagsOf(store, QStringLiteral("k%1").arg(i)),
                 (QStringList{QStringLiteral("own %1").arg(i), QStringLiteral("shared")}));
    PaperFilter shared;
    shared.tags = QStringList{QStringLiteral("SHARED")};
    QCOMPARE(store.paperCount(shared), 300);
}

// An entry naming a paper an earlier entry of the file became (another key,
// in the same chunk of 2,048 entries or a later one) merges into it: one
// paper, the later entry's key, type and venue, the keywords of both.
void TestBibTags::sameTitleAgainLaterInTheFile()
{
    PaperStore store;
    QVERIFY(open(store));
    QByteArray text;
    for (int i = 0; i < 2100; ++i)
        text += QStringLiteral("@article{k%1,\n  title = {Paper number %1},\n  year = 2020,\n  keywords = {w%1}\n}\n\n")
                    .arg(i).toUtf8();
    text += "@book{other10,\n  title = {Paper Number 10},\n  journal = {Second},\n  keywords = {again}\n}\n\n"
            "@misc{other2090,\n  title = {paper number 2090},\n  note = {dup}\n}\n";
    QVERIFY(importText(store, text, QStringLiteral("again.bib")));
    const QVector<PaperRecord> papers = all(store);
    QCOMPARE(papers.size(), 2100);
    QVERIFY(!byKey(papers, QStringLiteral("k10")));
    QVERIFY(!byKey(papers, QStringLiteral("k2090")));
    const PaperRecord *ten = byKey(papers, QStringLiteral("other10"));
    QVERIFY(ten);
    QCOMPARE(ten->title, QStringLiteral("Paper number 10"));
    QCOMPARE(ten->entryType, QStringLiteral("book"));
    QCOMPARE(ten->venue, QStringLiteral("Second"));
    QCOMPARE(tagsOf(store, QStringLiteral("other10")), (QStringList{QStringLiteral("again"), QStringLiteral("w10")}));
    const PaperRecord *late = byKey(papers, QStringLiteral("other2090"));
    QVERIFY(late);
    QCOMPARE(late->entryType, QStringLiteral("misc"));
    QCOMPARE(tagsOf(store, QStringLiteral("other2090")), QStringList{QStringLiteral("w2090")});
    QCOMPARE(tagsOf(store, QStringLiteral("k11")), QStringList{QStringLiteral("w11")});
}

QTEST_GUILESS_MAIN(TestBibTags)
#include "tst_bibtags.moc"
