// Tests the translations: every .ts file is complete (the English one holds
// every plural form and nothing else), the window started in German
// (LANG=de_DE.UTF-8, as ctest sets for this test) shows German menu titles
// and counts, a French translation installed later wins, and in English the
// plural forms come from the English translation ("1 paper", "8 papers").
#include "apptranslations.h"
#include "dialogs.h"
#include "mainwindow.h"
#include "paperstore.h"
#include "profileimporter.h"
#include "textreport.h"

#include <QMenuBar>
#include <QSettings>
#include <QtTest>

class TestTranslations : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;
    int m_stores = 0;

    static QStringList menuTitles(const MainWindow &window)
    {
        QStringList titles;
        for (QAction *menu : window.menuBar()->actions())
            titles << menu->text();
        return titles;
    }

    // A store with two profiles: 8 papers, one of Grace's already listed by Ada.
    QVector<FileImportResult> fill(PaperStore &store,
                                   std::initializer_list<const char *> names = {"profile-ada-lovecode.txt",
                                                                                "profile-grace-hopscotch.txt"})
    {
        QVector<FileImportResult> results;
        ProfileImporter importer(store);
        for (const char *name : names)
            results << importer.importFile(QStringLiteral(PAPERSCOPE_TEST_DATA "/") + QLatin1String(name));
        return results;
    }

    static QString tsText(const QString &language)
    {
        QFile ts(QStringLiteral(PAPERSCOPE_SOURCE_DIR "/translations/paperscope_%1.ts").arg(language));
        if (!ts.open(QIODevice::ReadOnly))
            qFatal("cannot read %s", qPrintable(ts.fileName()));
        return QString::fromUtf8(ts.readAll());
    }

private slots:
    void initTestCase()
    {
        QSettings::setDefaultFormat(QSettings::IniFormat);
        QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_dir.path());
        Dialogs::setSuppressMessages(true);
    }

    void everyFileIsComplete_data()
    {
        QTest::addColumn<QString>("language");
        for (const char *lang : {"de", "fr", "es", "zh_CN"})
            QTest::newRow(lang) << QString::fromLatin1(lang);
    }
    void everyFileIsComplete()
    {
        QFETCH(QString, language);
        const QString text = tsText(language);
        const int messages = int(text.count(QStringLiteral("<message")));
        QVERIFY(messages > 50);
        QCOMPARE(int(text.count(QStringLiteral("type=\"unfinished\""))), 0);
        QCOMPARE(int(text.count(QStringLiteral("<translation></translation>"))), 0);
    }

    // lupdate -pluralonly: only numerus messages, each with English's two forms filled.
    void englishHoldsThePluralForms()
    {
        const QString text = tsText(QStringLiteral("en"));
        const int messages = int(text.count(QStringLiteral("<message")));
        QVERIFY(messages > 10);
        QCOMPARE(int(text.count(QStringLiteral("<message numerus=\"yes\">"))), messages);
        QCOMPARE(int(text.count(QStringLiteral("<numerusform>"))), 2 * messages);
        QCOMPARE(int(text.count(QStringLiteral("<numerusform></numerusform>"))), 0);
        QCOMPARE(int(text.count(QStringLiteral("type=\"unfinished\""))), 0);
        QVERIFY(text.contains(QStringLiteral("<numerusform>%Ln paper</numerusform>")));
    }

    void windowSpeaksTheSystemLanguage()
    {
        QCOMPARE(qgetenv("LANG"), QByteArray("de_DE.UTF-8"));
        QCOMPARE(AppTranslations::install(QLocale::system()), QStringLiteral("de"));
        PaperStore store;
        QVERIFY(store.open(m_dir.filePath(QStringLiteral("store%1.sqlite").arg(++m_stores))));
        const QVector<FileImportResult> results = fill(store);
        MainWindow window(store);
        const QStringList titles = menuTitles(window);
        QVERIFY2(titles.contains(QStringLiteral("&Datei")), qPrintable(titles.join(QLatin1Char(' '))));
        QVERIFY2(titles.contains(QStringLiteral("&Bearbeiten")), qPrintable(titles.join(QLatin1Char(' '))));
        QVERIFY2(titles.contains(QStringLiteral("&Hilfe")), qPrintable(titles.join(QLatin1Char(' '))));
        QCOMPARE(window.statusText(), QStringLiteral("8 Paper"));

        // Plurals: one file and one known paper take the singular, the rest the plural.
        QCOMPARE(TextReport::importTotals(results),
                 QStringLiteral("2 Dateien importiert: 8 Paper hinzugefügt, 1 bereits bekannt"));
        QCOMPARE(TextReport::importTotals({results.first()}),
                 QStringLiteral("1 Datei importiert: 5 Paper hinzugefügt, 0 bereits bekannt"));
    }

    // Runs after the German test: the translator installed last wins.
    void windowSpeaksFrenchOnceInstalled()
    {
        QCOMPARE(AppTranslations::install(QLocale(QStringLiteral("fr_FR"))), QStringLiteral("fr"));
        PaperStore store;
        QVERIFY(store.open(m_dir.filePath(QStringLiteral("store%1.sqlite").arg(++m_stores))));
        const QVector<FileImportResult> results = fill(store);
        MainWindow window(store);
        const QStringList titles = menuTitles(window);
        for (const QString &title : {QStringLiteral("&Fichier"), QStringLiteral("É&dition"), QStringLiteral("A&ide")})
            QVERIFY2(titles.contains(title), qPrintable(titles.join(QLatin1Char(' '))));
        QCOMPARE(window.statusText(), QStringLiteral("8 articles"));

        // French takes the singular for 0 and 1.
        QCOMPARE(TextReport::importTotals(results),
                 QStringLiteral("2 fichiers importés : 8 articles ajoutés, 1 déjà connu"));
        QCOMPARE(TextReport::importTotals({results.first()}),
                 QStringLiteral("1 fichier importé : 5 articles ajoutés, 0 déjà connu"));
    }

    // Runs after the French test: installing English takes French away again,
    // and the English translation gives the singular without an "n == 1" case in the code.
    void windowSpeaksEnglishPlurals()
    {
        QCOMPARE(AppTranslations::install(QLocale(QStringLiteral("en_US"))), QString());
        PaperStore store;
        QVERIFY(store.open(m_dir.filePath(QStringLiteral("store%1.sqlite").arg(++m_stores))));
        const QVector<FileImportResult> results = fill(store);
        {
            MainWindow window(store);
            QVERIFY(menuTitles(window).contains(QStringLiteral("&File")));
            QCOMPARE(window.statusText(), QStringLiteral("8 papers"));
        }
        QCOMPARE(TextReport::importTotals(results),
                 QStringLiteral("2 files imported: 8 papers added, 1 already known"));

        PaperStore single;
        QVERIFY(single.open(m_dir.filePath(QStringLiteral("store%1.sqlite").arg(++m_stores))));
        const QVector<FileImportResult> one = fill(single, {"profile-feb29.txt"});
        MainWindow window(single);
        QCOMPARE(window.statusText(), QStringLiteral("1 paper"));
        QCOMPARE(TextReport::importTotals(one), QStringLiteral("1 file imported: 1 paper added, 0 already known"));
    }
};

QTEST_MAIN(TestTranslations)
#include "tst_translations.moc"
