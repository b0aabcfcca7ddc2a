// Tests for TextFold and CitationKey: the pure helpers that identify papers
// and name them.
#include "citationkey.h"
#include "paperrecord.h"
#include "textfold.h"

#include <QtTest>

class TestTextFold : public QObject
{
    Q_OBJECT
private slots:
    void normalisedTitle_data()
    {
        QTest::addColumn<QString>("title");
        QTest::addColumn<QString>("expected");
        QTest::newRow("punctuation") << QStringLiteral("SantaCoder: don't reach for the stars!")
                                     << QStringLiteral("santacoder dont reach for the stars");
        QTest::newRow("case and spaces") << QStringLiteral("  CRUXEval:  a Benchmark ")
                                         << QStringLiteral("cruxeval a benchmark");
        QTest::newRow("diacritics") << QStringLiteral("Rozi\u00e8re's Na\u00efve Model")
                                    << QStringLiteral("rozieres naive model");
        QTest::newRow("math") << QStringLiteral("Completion $\\neq$ Collaboration")
                              << QStringLiteral("completion neq collaboration");
        QTest::newRow("hyphen") << QStringLiteral("Min-Max Bilevel") << QStringLiteral("min max bilevel");
        QTest::newRow("no ASCII letters") << QStringLiteral("\u062A\u0639\u0644\u0645:  \u0627\u0644\u0622\u0644\u0629!")
                                          << QStringLiteral("\u062A\u0639\u0644\u0645 \u0627\u0644\u0627\u0644\u0629"); // madda folded like an accent
        QTest::newRow("CJK and digits") << QStringLiteral("\u6DF1\u5EA6\u5B66\u4E60 2.0") << QStringLiteral("\u6DF1\u5EA6\u5B66\u4E60 2 0");
        QTest::newRow("mixed scripts") << QStringLiteral("\u6DF1\u5EA6LLM \u0391\u03B8\u03AE\u03BD\u03B1 Ros\u00E9")
                                       << QStringLiteral("\u6DF1\u5EA6llm \u03B1\u03B8\u03B7\u03BD\u03B1 rose");
        QTest::newRow("no letter at all") << QStringLiteral("\u00A6 \u2014 !?") << QString();
    }
    void normalisedTitle()
    {
        QFETCH(QString, title);
        QFETCH(QString, expected);
        QCOMPARE(TextFold::normalisedTitle(title), expected);
    }

    // The words a shared library's search index holds (PostgreSQL), folded
    // as SQLite's FTS5 unicode61 remove_diacritics folds them.
    void searchText_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("expected");
        QTest::newRow("diacritics and case") << QStringLiteral("M\u00FCller \u00C9COLE Rozi\u00E8re")
                                             << QStringLiteral("muller ecole roziere");
        QTest::newRow("punctuation splits") << QStringLiteral("  C++ (2024): don't!") << QStringLiteral("c 2024 don t");
        QTest::newRow("other scripts stay") << QStringLiteral("\u6DF1\u5EA6 \u03B1\u03B8\u03B7\u03BD\u03B1")
                                            << QStringLiteral("\u6DF1\u5EA6 \u03B1\u03B8\u03B7\u03BD\u03B1");
        QTest::newRow("empty") << QStringLiteral(" -- ") << QString();
    }
    void searchText()
    {
        QFETCH(QString, text);
        QFETCH(QString, expected);
        QCOMPARE(TextFold::searchText(text), expected);
    }

    void organisations_data()
    {
        QTest::addColumn<QString>("author");
        QTest::addColumn<bool>("organisation");
        QTest::newRow("team") << QStringLiteral("FAIR CodeGen team") << true;
        QTest::newRow("project") << QStringLiteral("The BigCode Project") << true;
        QTest::newRow("person") << QStringLiteral("Loubna Ben Allal") << false;
        QTest::newRow("initial") << QStringLiteral("Aidan M. Swope") << false;
        QTest::newRow("upper case") << QStringLiteral("OPENAI INC.") << true;
        QTest::newRow("after a hyphen") << QStringLiteral("Big-Lab") << true;
        QTest::newRow("longer word") << QStringLiteral("Laboratories Unlimited") << false;
        QTest::newRow("underscore joins") << QStringLiteral("a_team Team2") << false;
        QTest::newRow("Kelvin sign folds to k") << QStringLiteral("Lab\u212A") << false;
        QTest::newRow("dotted I ends a word") << QStringLiteral("Team\u0130 \u0130nc") << false;
        QTest::newRow("non-ASCII separates") << QStringLiteral("Zo\u00e9team") << true;
    }
    void organisations()
    {
        QFETCH(QString, author);
        QFETCH(bool, organisation);
        QCOMPARE(TextFold::isOrganisation(author), organisation);
    }

    void keys_data()
    {
        QTest::addColumn<QString>("firstAuthor");
        QTest::addColumn<QDate>("date");
        QTest::addColumn<QString>("title");
        QTest::addColumn<QString>("key");
        QTest::newRow("scholar") << QStringLiteral("Loubna Ben Allal") << QDate(2023, 1, 9)
                                 << QStringLiteral("SantaCoder: don't reach for the stars!")
                                 << QStringLiteral("allal2023santacoder");
        QTest::newRow("stop word") << QStringLiteral("Alex Gu") << QDate(2024, 2, 29)
                                   << QStringLiteral("The Counterfeit Conundrum")
                                   << QStringLiteral("gu2024counterfeit");
        QTest::newRow("diacritic") << QStringLiteral("Baptiste Rozi\u00e8re") << QDate(2024, 1, 5)
                                   << QStringLiteral("CRUXEval: A Benchmark")
                                   << QStringLiteral("roziere2024cruxeval");
        QTest::newRow("organisation") << QStringLiteral("FAIR CodeGen team") << QDate(2025, 9, 30)
                                      << QStringLiteral("CWM: An Open-Weights LLM")
                                      << QStringLiteral("fair2025cwm");
        QTest::newRow("math first") << QStringLiteral("Ken Gu") << QDate(2025, 10, 29)
                                    << QStringLiteral("$\\neq$ Collaboration")
                                    << QStringLiteral("gu2025collaboration");
    }
    void keys()
    {
        QFETCH(QString, firstAuthor);
        QFETCH(QDate, date);
        QFETCH(QString, title);
        QFETCH(QString, key);
        PaperRecord p;
        p.authors = QStringList{firstAuthor, QStringLiteral("Someone Else")};
        p.date = date;
        p.title = title;
        QCOMPARE(CitationKey::base(p), key);
    }

    void suffixes()
    {
        QCOMPARE(CitationKey::withSuffix(QStringLiteral("k"), 0), QStringLiteral("k"));
        QCOMPARE(CitationKey::withSuffix(QStringLiteral("k"), 1), QStringLiteral("ka"));
        QCOMPARE(CitationKey::withSuffix(QStringLiteral("k"), 26), QStringLiteral("kz"));
        QCOMPARE(CitationKey::withSuffix(QStringLiteral("k"), 27), QStringLiteral("kaa"));
    }
};

QTEST_GUILESS_MAIN(TestTextFold)
#include "tst_textfold.moc"
