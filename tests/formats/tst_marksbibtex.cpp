// Tests for MarksBibtex: tags into `keywords` merged with the entry's own
// keywords without duplicates, the note into `note` or `annote`, escaping,
// and entries written by BibtexWriter staying valid for biber and bibtex.
#include "bibtexwriter.h"
#include "marksbibtex.h"
#include "support/bibtools.h"

#include <QTemporaryDir>
#include <QtTest>

class TestMarksBibtex : public QObject
{
    Q_OBJECT

    static PaperRecord paper()
    {
        PaperRecord p;
        p.title = QStringLiteral("SantaCoder: don't reach for the stars!");
        p.authors = QStringList{QStringLiteral("Loubna Ben Allal"), QStringLiteral("Raymond Li")};
        p.date = QDate(2023, 1, 9);
        p.category = QStringLiteral("SE");
        p.citationKey = QStringLiteral("allal2023santacoder");
        return p;
    }

private slots:
    void tagsBecomeKeywords()
    {
        PaperMarks marks;
        marks.tags = QStringList{QStringLiteral("code generation"), QStringLiteral("R&D")};
        const QString entry = MarksBibtex::apply(BibtexWriter().entry(paper()), marks,
                                                 MarksBibtex::NoteField::None, false);
        QVERIFY2(entry.contains(QStringLiteral("  keywords = {code generation, R\\&D},\n}\n")), qPrintable(entry));
        QCOMPARE(int(entry.count(QStringLiteral("keywords"))), 1);
    }

    void mergesWithTheEntrysKeywords()
    {
        const QString entry = QStringLiteral("@article{k,\n  title = {T},\n  Keywords = {llm; Code Generation},\n"
                                             "  year = {2024}\n}\n");
        PaperMarks marks;
        marks.tags = QStringList{QStringLiteral("code generation"), QStringLiteral("thesis")};
        const QString out = MarksBibtex::apply(entry, marks, MarksBibtex::NoteField::None, false);
        QVERIFY2(out.contains(QStringLiteral("  keywords = {llm, Code Generation, thesis},\n")), qPrintable(out));
        QCOMPARE(int(out.count(QStringLiteral("eywords"), Qt::CaseInsensitive)), 1);
        QVERIFY(out.endsWith(QStringLiteral("  year = {2024}\n}\n")));
        QCOMPARE(MarksBibtex::splitKeywords(QStringLiteral(" a ,b;; c ")),
                 (QStringList{QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c")}));
    }

    void noteOnlyWhenAsked()
    {
        PaperMarks marks;
        marks.note = QStringLiteral("see §4 & 5%");
        const QString plain = BibtexWriter().entry(paper());
        QCOMPARE(MarksBibtex::apply(plain, marks, MarksBibtex::NoteField::None, false), plain);
        const QString annote = MarksBibtex::apply(plain, marks, MarksBibtex::NoteField::Annote, false);
        QVERIFY2(annote.contains(QStringLiteral("  annote = {see §4 \\& 5\\%},\n}\n")), qPrintable(annote));
        const QString withNote = QStringLiteral("@misc{k,\n  note = {old},\n  year = {2024},\n}\n");
        const QString replaced = MarksBibtex::apply(withNote, marks, MarksBibtex::NoteField::Note, true);
        QVERIFY2(replaced.contains(QStringLiteral("  note = {see ")) && !replaced.contains(QStringLiteral("old")),
                 qPrintable(replaced));
        QCOMPARE(int(replaced.count(QStringLiteral("note ="))), 1);
    }

    void biberAndBibtexReadIt()
    {
        PaperMarks marks;
        marks.tags = QStringList{QStringLiteral("thesis"), QStringLiteral("to cite")};
        marks.note = QStringLiteral("Compare with the baseline in section 4.");
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("refs.bib"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(MarksBibtex::apply(BibtexWriter().entry(paper()), marks, MarksBibtex::NoteField::Note, false).toUtf8());
        file.close();
        const BibTools::Verdict biber = BibTools::biber(path);
        QVERIFY2(biber.clean, qPrintable(biber.report));
        const BibTools::Verdict bibtex = BibTools::bibtex(path);
        QVERIFY2(bibtex.clean, qPrintable(bibtex.report));
    }
};

QTEST_GUILESS_MAIN(TestMarksBibtex)
#include "tst_marksbibtex.moc"
