// Tests for ProfileParser: the header, paper blocks, dates, authors,
// encodings and line ends, duplicates, and the refusals with their lines.
#include "profileparser.h"

#include "support/testdata.h"

#include <QtTest>

namespace {

QByteArray fixture(const char *name)
{
    return TestData::fixtureBytes(QLatin1String(name));
}

// A one-paper profile around the given paper header line.
QByteArray withPaperHeader(const QByteArray &header)
{
    return QByteArray("Test Person\n\nSE\nh-index1\n1papers\n1citations\nNovelty1%\nAI Score1\n\n"
                      "1 Papers\n\n")
        + header + QByteArray("\nA Title\n\nTest Person\n\nAn abstract.\n");
}

using TestData::utf16be;

const QDate kSaved(2026, 11, 20);

} // namespace

class TestProfileParser : public QObject
{
    Q_OBJECT
private slots:
    void adaLovecode()
    {
        const ProfileParseResult r = ProfileParser::parse(fixture("profile-ada-lovecode.txt"), kSaved);
        QVERIFY2(r.ok, qPrintable(r.message(QStringLiteral("ada"))));
        const ProfileRecord &p = r.profile;
        QCOMPARE(p.name, QStringLiteral("Ada Lovecode"));
        QCOMPARE(p.primaryCategory, QStringLiteral("SE"));
        QCOMPARE(p.hIndex, 42);
        QCOMPARE(p.paperCount, 5);
        QCOMPARE(p.citations, 1234);
        QCOMPARE(p.novelty, 61);
        QCOMPARE(p.aiScore, 77);
        QCOMPARE(p.papers.size(), 5);

        const PaperRecord &santa = p.papers.at(0);
        QCOMPARE(santa.title, QStringLiteral("SantaCoder: don't reach for the stars!"));
        QCOMPARE(santa.category, QStringLiteral("SE"));
        QCOMPARE(santa.date, QDate(2023, 1, 9));
        QVERIFY(santa.hasCode);
        QCOMPARE(santa.authors, (QStringList{QStringLiteral("Loubna Ben Allal"),
                                             QStringLiteral("Raymond Li"),
                                             QStringLiteral("Denis Kocetkov")}));
        QVERIFY(santa.authorsTruncated);
        QCOMPARE(santa.affiliations, (QStringList{QStringLiteral("cmu"), QStringLiteral("huggingface")}));
        QVERIFY(santa.abstract.startsWith(QStringLiteral("The BigCode project trains")));
        QVERIFY(santa.abstract.contains(QStringLiteral("the $\\ell_1$ loss, \\textit{near-duplicate}")));
        QVERIFY(santa.abstract.contains(QStringLiteral("5% of The Stack & evaluates")));
        QVERIFY(santa.abstract.endsWith(QStringLiteral("^caret.")));
        QCOMPARE(santa.line, 12);

        const PaperRecord &cwm = p.papers.at(1);
        QCOMPARE(cwm.date, QDate(2025, 9, 30));
        QVERIFY(!cwm.hasCode);
        QCOMPARE(cwm.authors.first(), QStringLiteral("FAIR CodeGen team"));
        QCOMPARE(cwm.authors.size(), 3);
        QVERIFY(cwm.authorsTruncated);
        QCOMPARE(cwm.affiliations, QStringList{QStringLiteral("meta-ai")});
        QCOMPARE(cwm.line, 19);

        const PaperRecord &slop = p.papers.at(2);
        QCOMPARE(slop.date, QDate(2026, 3, 25));
        QVERIFY(slop.hasCode);
        QVERIFY(slop.authorsTruncated);
        QVERIFY(slop.affiliations.isEmpty());
        QCOMPARE(slop.authors.last(), QStringLiteral("Alexander Yun"));
        QVERIFY(slop.abstract.endsWith(QStringLiteral("{against complete specifications}.")));
        QCOMPARE(slop.line, 26);

        const PaperRecord &crux = p.papers.at(3);
        QCOMPARE(crux.date, QDate(2024, 1, 5));
        QCOMPARE(crux.authors, (QStringList{QStringLiteral("Ada Lovecode"),
                                            QStringLiteral("Baptiste Rozi\u00e8re"),
                                            QStringLiteral("Hugh Leather")}));
        QVERIFY(crux.affiliations.isEmpty());
        QCOMPARE(crux.line, 33);

        const PaperRecord &completion = p.papers.at(4);
        QCOMPARE(completion.category, QStringLiteral("CL"));
        QCOMPARE(completion.title,
                 QStringLiteral("Completion $\\neq$ Collaboration: Scaling Collaborative Effort with Agents"));
        QCOMPARE(completion.date, QDate(2025, 10, 29));
        QCOMPARE(completion.affiliations, QStringList{QStringLiteral("cmu")});
        QCOMPARE(completion.abstract,
                 QStringLiteral("Current evaluations of agents remain centered around one-shot task completion."));
        QCOMPARE(completion.line, 40);
    }

    void adaYearless_data()
    {
        QTest::addColumn<QDate>("savedOn");
        QTest::addColumn<QDate>("expected");
        QTest::newRow("after") << QDate(2026, 11, 20) << QDate(2026, 3, 25);
        QTest::newRow("before") << QDate(2026, 3, 1) << QDate(2025, 3, 25);
        QTest::newRow("same day") << QDate(2026, 3, 25) << QDate(2026, 3, 25);
        QTest::newRow("day before") << QDate(2026, 3, 24) << QDate(2025, 3, 25);
    }
    void adaYearless()
    {
        QFETCH(QDate, savedOn);
        QFETCH(QDate, expected);
        const ProfileParseResult r = ProfileParser::parse(fixture("profile-ada-lovecode.txt"), savedOn);
        QVERIFY(r.ok);
        QCOMPARE(r.profile.papers.at(2).date, expected);
        QCOMPARE(r.profile.papers.at(0).date, QDate(2023, 1, 9)); // explicit years stay
    }

    void graceHopscotch()
    {
        const ProfileParseResult r = ProfileParser::parse(fixture("profile-grace-hopscotch.txt"), kSaved);
        QVERIFY(r.ok);
        QCOMPARE(r.profile.name, QStringLiteral("Grace Hopscotch"));
        QCOMPARE(r.profile.primaryCategory, QStringLiteral("LG"));
        QCOMPARE(r.profile.citations, 980);
        QCOMPARE(r.profile.papers.size(), 4);
        QCOMPARE(r.profile.papers.at(0).affiliations,
                 (QStringList{QStringLiteral("meta-ai"), QStringLiteral("mit")}));
        QCOMPARE(r.profile.papers.at(2).authors,
                 (QStringList{QStringLiteral("Joel Joseph"), QStringLiteral("Grace Hopscotch")}));
        QVERIFY(!r.profile.papers.at(2).authorsTruncated);
        QCOMPARE(r.profile.papers.at(3).category, QStringLiteral("AI"));
    }

    void paperHeaders_data()
    {
        QTest::addColumn<QByteArray>("header");
        QTest::addColumn<QString>("category");
        QTest::addColumn<QDate>("date");
        QTest::addColumn<bool>("hasCode");
        QTest::newRow("code") << QByteArray("SEJan 9, 2023Code") << QStringLiteral("SE") << QDate(2023, 1, 9) << true;
        QTest::newRow("no year") << QByteArray("SEMar 25Code") << QStringLiteral("SE") << QDate(2026, 3, 25) << true;
        QTest::newRow("no code") << QByteArray("LGOct 17, 2025") << QStringLiteral("LG") << QDate(2025, 10, 17) << false;
        QTest::newRow("dotted") << QByteArray("stat.MLJan 9, 2023") << QStringLiteral("stat.ML") << QDate(2023, 1, 9) << false;
        QTest::newRow("hyphen") << QByteArray("q-bioDec 1, 2020Code") << QStringLiteral("q-bio") << QDate(2020, 12, 1) << true;
        QTest::newRow("archive") << QByteArray("cs.SEMay 5, 2021") << QStringLiteral("cs.SE") << QDate(2021, 5, 5) << false;
        QTest::newRow("month-like") << QByteArray("MAMar 3, 2021") << QStringLiteral("MA") << QDate(2021, 3, 3) << false;
        QTest::newRow("trailing blanks") << QByteArray("SEJun 1, 2020 \t") << QStringLiteral("SE") << QDate(2020, 6, 1) << false;
        QTest::newRow("Dec 31 no year") << QByteArray("SEDec 31") << QStringLiteral("SE") << QDate(2025, 12, 31) << false;
    }
    void paperHeaders()
    {
        QFETCH(QByteArray, header);
        QFETCH(QString, category);
        QFETCH(QDate, date);
        QFETCH(bool, hasCode);
        const ProfileParseResult r = ProfileParser::parse(withPaperHeader(header), kSaved);
        QVERIFY2(r.ok, qPrintable(r.error));
        QCOMPARE(r.profile.papers.size(), 1);
        const PaperRecord &p = r.profile.papers.first();
        QCOMPARE(p.category, category);
        QCOMPARE(p.date, date);
        QCOMPARE(p.hasCode, hasCode);
        QCOMPARE(p.title, QStringLiteral("A Title"));
        QCOMPARE(p.line, 12);
    }

    void yearlessDates_data()
    {
        QTest::addColumn<QByteArray>("header");
        QTest::addColumn<QDate>("savedOn");
        QTest::addColumn<QDate>("expected");
        QTest::newRow("Jan 1 on Jan 1") << QByteArray("SEJan 1") << QDate(2026, 1, 1) << QDate(2026, 1, 1);
        QTest::newRow("Dec 31 on Jan 1") << QByteArray("SEDec 31") << QDate(2026, 1, 1) << QDate(2025, 12, 31);
        QTest::newRow("Feb 29 in leap year after") << QByteArray("SEFeb 29") << QDate(2028, 3, 1) << QDate(2028, 2, 29);
        QTest::newRow("Feb 29 in leap year before") << QByteArray("SEFeb 29") << QDate(2028, 2, 28) << QDate(2024, 2, 29);
        QTest::newRow("Feb 29 in common year") << QByteArray("SEFeb 29") << QDate(2027, 6, 1) << QDate(2024, 2, 29);
        QTest::newRow("Feb 29 across 2100") << QByteArray("SEFeb 29") << QDate(2101, 1, 1) << QDate(2096, 2, 29);
    }
    void yearlessDates()
    {
        QFETCH(QByteArray, header);
        QFETCH(QDate, savedOn);
        QFETCH(QDate, expected);
        const ProfileParseResult r = ProfileParser::parse(withPaperHeader(header), savedOn);
        QVERIFY2(r.ok, qPrintable(r.error));
        QCOMPARE(r.profile.papers.first().date, expected);
    }

    void feb29Fixture()
    {
        const QByteArray bytes = fixture("profile-feb29.txt");
        ProfileParseResult r = ProfileParser::parse(bytes, kSaved);
        QVERIFY(r.ok);
        QCOMPARE(r.profile.papers.first().date, QDate(2024, 2, 29));
        QVERIFY(r.profile.papers.first().hasCode);
        r = ProfileParser::parse(bytes, QDate(2024, 2, 29));
        QCOMPARE(r.profile.papers.first().date, QDate(2024, 2, 29));
        r = ProfileParser::parse(bytes, QDate(2024, 2, 28));
        QCOMPARE(r.profile.papers.first().date, QDate(2020, 2, 29));
    }

    void crlfBomTrailingSpaces()
    {
        const QByteArray bytes = fixture("profile-crlf-bom.txt");
        QVERIFY(bytes.startsWith("\xEF\xBB\xBF"));
        QVERIFY(bytes.contains("\r\n"));
        const ProfileParseResult r = ProfileParser::parse(bytes, kSaved);
        QVERIFY2(r.ok, qPrintable(r.message(QStringLiteral("crlf"))));
        QCOMPARE(r.profile.name, QStringLiteral("Lin Crlf"));
        QCOMPARE(r.profile.primaryCategory, QStringLiteral("PL"));
        QCOMPARE(r.profile.hIndex, 7);
        QCOMPARE(r.profile.aiScore, 34);
        QCOMPARE(r.profile.papers.size(), 3);
        const PaperRecord &first = r.profile.papers.at(0);
        QCOMPARE(first.title, QStringLiteral("Type Inference for Caf\u00e9 Scripts"));
        QVERIFY(first.hasCode);
        QCOMPARE(first.date, QDate(2022, 2, 3));
        QCOMPARE(first.authors, (QStringList{QStringLiteral("Lin Crlf"), QStringLiteral("Baptiste Rozi\u00e8re")}));
        QCOMPARE(first.affiliations, (QStringList{QStringLiteral("inria"), QStringLiteral("cmu")}));
        QCOMPARE(first.abstract, QStringLiteral("We infer types for scripts written in caf\u00e9s."));
        QCOMPARE(first.line, 12);
        QCOMPARE(r.profile.papers.at(1).line, 19);
        QCOMPARE(r.profile.papers.at(1).authors, QStringList{QStringLiteral("Lin Crlf")});
        QVERIFY(r.profile.papers.at(1).authorsTruncated);
        QCOMPARE(r.profile.papers.at(2).date, QDate(2026, 5, 1));
        QCOMPARE(r.profile.papers.at(2).abstract, QStringLiteral("Last abstract, no final line end."));
    }

    // The same file with LF, CRLF or lone CR line ends parses the same.
    void lineEnds_data()
    {
        QTest::addColumn<QByteArray>("lineEnd");
        QTest::newRow("CRLF") << QByteArray("\r\n");
        QTest::newRow("CR") << QByteArray("\r");
        QTest::newRow("LF + spaces") << QByteArray(" \t \n");
    }
    void lineEnds()
    {
        QFETCH(QByteArray, lineEnd);
        const QByteArray lf = fixture("profile-ada-lovecode.txt");
        QByteArray other = lf;
        other.replace("\n", lineEnd);
        const ProfileParseResult a = ProfileParser::parse(lf, kSaved);
        const ProfileParseResult b = ProfileParser::parse(other, kSaved);
        QVERIFY2(b.ok, qPrintable(b.error));
        QCOMPARE(b.profile.papers.size(), a.profile.papers.size());
        for (int i = 0; i < a.profile.papers.size(); ++i) {
            QCOMPARE(b.profile.papers.at(i).title, a.profile.papers.at(i).title);
            QCOMPARE(b.profile.papers.at(i).authors, a.profile.papers.at(i).authors);
            QCOMPARE(b.profile.papers.at(i).abstract, a.profile.papers.at(i).abstract);
            QCOMPARE(b.profile.papers.at(i).line, a.profile.papers.at(i).line);
        }
    }

    void latin1()
    {
        const QByteArray bytes = fixture("profile-latin1.txt");
        QVERIFY(bytes.contains('\xE9'));
        const ProfileParseResult r = ProfileParser::parse(bytes, kSaved);
        QVERIFY2(r.ok, qPrintable(r.error));
        QCOMPARE(r.profile.name, QStringLiteral("Zo\u00e9 M\u00e9nard"));
        QCOMPARE(r.profile.papers.size(), 2);
        QCOMPARE(r.profile.papers.at(0).title, QStringLiteral("R\u00e9sum\u00e9 Generation with Na\u00efve Models"));
        QCOMPARE(r.profile.papers.at(0).authors.last(), QStringLiteral("Baptiste Rozi\u00e8re"));
        QCOMPARE(r.profile.papers.at(0).affiliations, QStringList{QStringLiteral("inria")});
        QVERIFY(r.profile.papers.at(1).hasCode);
    }

    void utf16()
    {
        const QByteArray le = fixture("profile-utf16le.txt");
        QVERIFY(le.startsWith("\xFF\xFE"));
        const ProfileParseResult r = ProfileParser::parse(le, kSaved);
        QVERIFY2(r.ok, qPrintable(r.error));
        QCOMPARE(r.profile.name, QStringLiteral("Uta Sixteen"));
        QCOMPARE(r.profile.citations, 2048);
        QCOMPARE(r.profile.papers.size(), 2);
        const PaperRecord &p = r.profile.papers.first();
        QCOMPARE(p.title, QStringLiteral("Querying \u00fcber-Tables with \u03bb-Calculus"));
        QCOMPARE(p.authors.last(), QStringLiteral("J\u00f6rg M\u00fcller"));
        QCOMPARE(p.affiliations, QStringList{QStringLiteral("tum")});
        QCOMPARE(p.abstract, QStringLiteral("Abstract with \u00fc and \u2264 signs."));
        QCOMPARE(r.profile.papers.at(1).line, 19);

        const ProfileParseResult be = ProfileParser::parse(
            utf16be(QString::fromUtf8(fixture("profile-ada-lovecode.txt"))), kSaved);
        QVERIFY2(be.ok, qPrintable(be.error));
        QCOMPARE(be.profile.papers.size(), 5);
        QCOMPARE(be.profile.papers.at(3).authors.at(1), QStringLiteral("Baptiste Rozi\u00e8re"));
    }

    void duplicatePaper()
    {
        const ProfileParseResult r = ProfileParser::parse(fixture("profile-duplicate.txt"), kSaved);
        QVERIFY2(r.ok, qPrintable(r.error));
        QCOMPARE(r.profile.papers.size(), 2);
        const PaperRecord &santa = r.profile.papers.first();
        QCOMPARE(santa.title, QStringLiteral("SantaCoder: don't reach for the stars!"));
        QVERIFY(santa.hasCode); // only the second copy says Code
        QCOMPARE(santa.affiliations, (QStringList{QStringLiteral("cmu"), QStringLiteral("huggingface"),
                                                  QStringLiteral("mit")}));
        QCOMPARE(santa.abstract, QStringLiteral("First copy of the abstract."));
        QCOMPARE(santa.line, 12);
        QCOMPARE(r.profile.papers.at(1).title, QStringLiteral("Another Paper"));
    }

    void noScoresExtraBlanksMissingAbstracts()
    {
        const ProfileParseResult r = ProfileParser::parse(fixture("profile-no-scores.txt"), kSaved);
        QVERIFY2(r.ok, qPrintable(r.message(QStringLiteral("no-scores"))));
        QCOMPARE(r.profile.novelty, -1);
        QCOMPARE(r.profile.aiScore, -1);
        QCOMPARE(r.profile.hIndex, 9);
        QCOMPARE(r.profile.citations, 1002003);
        QCOMPARE(r.profile.papers.size(), 3);
        const PaperRecord &first = r.profile.papers.at(0);
        QVERIFY(first.abstract.isEmpty());
        QCOMPARE(first.authors, (QStringList{QStringLiteral("Noah Scores"), QStringLiteral("FAIR CodeGen team")}));
        QCOMPARE(first.affiliations, QStringList{QStringLiteral("meta-ai")});
        QCOMPARE(first.line, 15);
        const PaperRecord &second = r.profile.papers.at(1);
        QCOMPARE(second.line, 19);
        QCOMPARE(second.abstract, QStringLiteral("This abstract was wrapped over three lines by an old tool."));
        const PaperRecord &third = r.profile.papers.at(2);
        QCOMPARE(third.line, 29);
        QCOMPARE(third.category, QStringLiteral("stat.ML"));
        QVERIFY(third.abstract.isEmpty());
        QVERIFY(third.authorsTruncated);
        QCOMPARE(third.authors, QStringList{QStringLiteral("Noah Scores")});
    }

    void noAffiliations()
    {
        const ProfileParseResult r = ProfileParser::parse(fixture("profile-no-affiliations.txt"), kSaved);
        QVERIFY2(r.ok, qPrintable(r.error));
        QCOMPARE(r.profile.papers.size(), 2);
        const PaperRecord &complete = r.profile.papers.at(0);
        QCOMPARE(complete.authors, (QStringList{QStringLiteral("Ann Affil"), QStringLiteral("Bo Bao"),
                                                QStringLiteral("Cy Cruz")}));
        QVERIFY(!complete.authorsTruncated);
        QVERIFY(complete.affiliations.isEmpty());
        const PaperRecord &truncated = r.profile.papers.at(1);
        QCOMPARE(truncated.authors, (QStringList{QStringLiteral("Ann Affil"), QStringLiteral("Bo Bao")}));
        QVERIFY(truncated.authorsTruncated);
        QVERIFY(truncated.affiliations.isEmpty());
        QCOMPARE(truncated.category, QStringLiteral("q-bio"));
    }

    void zeroPapers()
    {
        const ProfileParseResult r = ProfileParser::parse(fixture("profile-zero-papers.txt"), kSaved);
        QVERIFY2(r.ok, qPrintable(r.error));
        QCOMPARE(r.profile.name, QStringLiteral("Zero Hero"));
        QCOMPARE(r.profile.paperCount, 0);
        QVERIFY(r.profile.papers.isEmpty());
    }

    void refusals_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<int>("errorLine");
        QTest::addColumn<QString>("reason");
        const QByteArray ada = fixture("profile-ada-lovecode.txt");
        QTest::newRow("empty") << fixture("empty.txt") << 0 << QStringLiteral("the file is empty");
        QTest::newRow("blank lines only") << QByteArray(" \r\n\n\t\n") << 0 << QStringLiteral("the file is empty");
        QTest::newRow("binary") << fixture("bad-binary.png") << 0
                                << QStringLiteral("binary data, not a profile file");
        QTest::newRow("control chars") << QByteArray(64, '\x01') + QByteArray("Name\n") << 0
                                       << QStringLiteral("binary data, not a profile file");
        QTest::newRow("readme") << fixture("bad-readme.txt") << 3
                                << QStringLiteral("expected a category code such as 'SE', found "
                                                  "'Some text about the project that goes...'");
        QTest::newRow("truncated") << fixture("bad-truncated.txt") << 19
                                   << QStringLiteral("paper block ends before its authors");
        QTest::newRow("header at EOF") << ada.left(ada.indexOf("SEJan 5, 2024") + 13) << 33
                                       << QStringLiteral("paper block ends before its authors");
        QTest::newRow("feb30") << fixture("bad-feb30.txt") << 12 << QStringLiteral("impossible date 'Feb 30, 2024'");
        QTest::newRow("apr31") << withPaperHeader("SEApr 31, 2021") << 12
                               << QStringLiteral("impossible date 'Apr 31, 2021'");
        QTest::newRow("day 0") << withPaperHeader("SEMay 0") << 12 << QStringLiteral("impossible date 'May 0'");
        QTest::newRow("feb30 no year") << withPaperHeader("SEFeb 30Code") << 12
                                       << QStringLiteral("impossible date 'Feb 30'");
        QTest::newRow("no papers") << fixture("bad-no-papers.txt") << 10 << QStringLiteral("3 Papers");
        QTest::newRow("bad h-index") << QByteArray("Name\n\nSE\nh-index\n") << 4
                                     << QStringLiteral("expected 'h-index<number>', found 'h-index'");
        QTest::newRow("header ends") << QByteArray("Name\n\nSE\nh-index3\n3papers\n") << 5
                                     << QStringLiteral("expected '<number>citations', found the end of the file");
        QTest::newRow("bad paper header") << withPaperHeader("SEJanuary 9, 2023") << 12
                                          << QStringLiteral("expected a paper header such as 'SEJan 9, 2023', "
                                                            "found 'SEJanuary 9, 2023'");
        QTest::newRow("missing title") << QByteArray(ada).replace("SantaCoder: don't reach for the stars!\n", "SEFeb 1, 2023\n")
                                       << 13 << QStringLiteral("expected a paper title");
        QByteArray longLine = withPaperHeader("SEJan 9, 2023");
        longLine.replace("An abstract.", QByteArray(100001, 'x'));
        QTest::newRow("long line") << longLine << 17 << QStringLiteral("not a profile file");
    }
    void refusals()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(int, errorLine);
        QFETCH(QString, reason);
        const ProfileParseResult r = ProfileParser::parse(bytes, kSaved);
        QVERIFY(!r.ok);
        QVERIFY2(r.error.contains(reason), qPrintable(r.error));
        QCOMPARE(r.errorLine, errorLine);
        QVERIFY(!r.error.endsWith(QLatin1Char('.')));
        QVERIFY(!r.error.contains(QLatin1Char('\n')));
    }

    void messages()
    {
        ProfileParseResult r = ProfileParser::parse(fixture("bad-feb30.txt"), kSaved);
        QCOMPARE(r.message(QStringLiteral("bad-feb30.txt")),
                 QStringLiteral("bad-feb30.txt:12: impossible date 'Feb 30, 2024'"));
        r = ProfileParser::parse(QByteArray(), kSaved);
        QCOMPARE(r.message(QStringLiteral("empty.txt")), QStringLiteral("empty.txt: the file is empty"));
    }

    void looksLikeProfile_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<bool>("expected");
        QTest::newRow("ada") << fixture("profile-ada-lovecode.txt") << true;
        QTest::newRow("crlf bom") << fixture("profile-crlf-bom.txt") << true;
        QTest::newRow("latin1") << fixture("profile-latin1.txt") << true;
        QTest::newRow("utf16") << fixture("profile-utf16le.txt") << true;
        QTest::newRow("no scores") << fixture("profile-no-scores.txt") << true;
        QTest::newRow("empty") << QByteArray() << false;
        QTest::newRow("readme") << fixture("bad-readme.txt") << false;
        QTest::newRow("binary") << fixture("bad-binary.png") << false;
        QTest::newRow("h-index only") << QByteArray("Name\n\nSE\nh-index3\nmany papers\n") << false;
        QTest::newRow("too late") << QByteArray("a\nb\nc\nd\ne\nf\ng\nh\ni\nj\nk\nh-index3\n3papers\n") << false;
    }
    void looksLikeProfile()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(bool, expected);
        QCOMPARE(ProfileParser::looksLikeProfile(bytes), expected);
    }
};

QTEST_GUILESS_MAIN(TestProfileParser)
#include "tst_profileparser.moc"
