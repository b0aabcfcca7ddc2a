// Tests the translations: every .ts file is complete, and the window
// started in German (LANG=de_DE.UTF-8, as ctest sets for this test) shows
// German menu titles.
#include "apptranslations.h"
#include "dialogs.h"
#include "mainwindow.h"

#include <QMenuBar>
#include <QSettings>
#include <QtTest>

class TestTranslations : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;

private slots:
    void everyFileIsComplete_data()
    {
        QTest::addColumn<QString>("language");
        for (const char *lang : {"de", "fr", "es", "zh_CN"})
            QTest::newRow(lang) << QLatin1String(lang);
    }
    void everyFileIsComplete()
    {
        QFETCH(QString, language);
        QFile ts(QStringLiteral(PAPERSCOPE_SOURCE_DIR "/translations/paperscope_%1.ts").arg(language));
        QVERIFY2(ts.open(QIODevice::ReadOnly), qPrintable(ts.fileName()));
        const QString text = QString::fromUtf8(ts.readAll());
        const int messages = int(text.count(QStringLiteral("<message")));
        QVERIFY(messages > 50);
        QCOMPARE(int(text.count(QStringLiteral("type=\"unfinished\""))), 0);
        QCOMPARE(int(text.count(QStringLiteral("<translation></translation>"))), 0);
    }

    void windowSpeaksTheSystemLanguage()
    {
        QCOMPARE(qgetenv("LANG"), QByteArray("de_DE.UTF-8"));
        QCOMPARE(AppTranslations::install(QLocale::system()), QStringLiteral("de"));
        QSettings::setDefaultFormat(QSettings::IniFormat);
        QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_dir.path());
        Dialogs::setSuppressMessages(true);
        PaperStore store;
        QVERIFY(store.open(m_dir.filePath(QStringLiteral("de.sqlite"))));
        MainWindow window(store);
        QStringList titles;
        for (QAction *menu : window.menuBar()->actions())
            titles << menu->text();
        QVERIFY2(titles.contains(QStringLiteral("&Datei")), qPrintable(titles.join(QLatin1Char(' '))));
        QVERIFY2(titles.contains(QStringLiteral("&Bearbeiten")), qPrintable(titles.join(QLatin1Char(' '))));
        QVERIFY2(titles.contains(QStringLiteral("&Hilfe")), qPrintable(titles.join(QLatin1Char(' '))));
    }
};

QTEST_MAIN(TestTranslations)
#include "tst_translations.moc"
