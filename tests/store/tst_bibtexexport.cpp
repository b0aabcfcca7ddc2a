// Tests for BibtexExport over a temporary store with more papers than one
// window: the entries come out in order (the ids' order, or date order for
// a filter), each exactly as BibtexWriter writes it, with one blank line
// between entries, whichever thread formatted them; cancelling stops it.
#include "bibtexexport.h"
#include "bibtexwriter.h"
#include "paperstore.h"

#include <QBuffer>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

#include <algorithm>
#include <atomic>

class TestBibtexExport : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;
    PaperStore m_store;
    static constexpr int papers = 2 * BibtexExport::window + 37;

private slots:
    void initTestCase()
    {
        QVERIFY(m_store.open(m_dir.filePath(QStringLiteral("export.sqlite"))));
        ProfileRecord profile;
        profile.name = QStringLiteral("Ex Porter");
        for (int i = 0; i < papers; ++i) {
            PaperRecord p;
            p.title = QStringLiteral("Entry %1: 50% of $x_1$ & {braces}").arg(i);
            p.date = QDate(2020, 1, 1).addDays((i * 37) % 900);
            p.category = QStringLiteral("SE");
            p.authors = QStringList{QStringLiteral("Ex Porter"), QStringLiteral("Zo\u00eb Second")};
            p.abstract = QStringLiteral("Abstract %1 with 5% and_underscores.").arg(i);
            profile.papers << p;
        }
        QVERIFY(m_store.importProfile(profile).ok);
    }

    void writesEveryEntryInOrder()
    {
        QVector<qint64> ids = m_store.paperIds(PaperFilter(), PaperSort::Title, Qt::DescendingOrder);
        QCOMPARE(ids.size(), papers);
        std::reverse(ids.begin(), ids.begin() + 100); // any order is kept as given
        QStringList entries;
        const BibtexWriter writer;
        for (const PaperRecord &p : m_store.papersByIds(ids))
            entries << writer.entry(p);
        BibtexExport exporter(m_store, BibtexWriter::NonAscii::KeepUtf8);
        QVector<int> progress;
        exporter.setProgress([&](int done, int total) {
            QCOMPARE(total, papers);
            progress << done;
        });
        QBuffer out;
        out.open(QIODevice::WriteOnly);
        QVERIFY(exporter.writeIds(&out, ids));
        QCOMPARE(exporter.written(), papers);
        QCOMPARE(QString::fromUtf8(out.data()), entries.join(QLatin1Char('\n')));
        QCOMPARE(progress, (QVector<int>{BibtexExport::window, 2 * BibtexExport::window, papers}));
    }

    void filteredExportIsInDateOrder()
    {
        QStringList entries;
        const BibtexWriter writer;
        const QVector<qint64> ids = m_store.paperIds(PaperFilter(), PaperSort::Date, Qt::AscendingOrder);
        for (const PaperRecord &p : m_store.papersByIds(ids))
            entries << writer.entry(p);
        BibtexExport exporter(m_store, BibtexWriter::NonAscii::KeepUtf8);
        QCOMPARE(exporter.text(ids), entries.join(QLatin1Char('\n')));
        QBuffer out;
        out.open(QIODevice::WriteOnly);
        QVERIFY(exporter.writeFiltered(&out, PaperFilter()));
        QCOMPARE(QString::fromUtf8(out.data()), entries.join(QLatin1Char('\n')));
    }

    // papersByIds keeps the order given: an id given twice comes twice, an
    // unknown one not at all (the rows are moved out of the read, not copied).
    void repeatedAndUnknownIds()
    {
        const QVector<qint64> all = m_store.paperIds(PaperFilter(), PaperSort::Date, Qt::AscendingOrder);
        const QVector<PaperRecord> rows = m_store.papersByIds({all.at(2), all.at(0), all.at(2), -5, all.at(1), all.at(0)});
        const QVector<qint64> expected{all.at(2), all.at(0), all.at(2), all.at(1), all.at(0)};
        QCOMPARE(rows.size(), expected.size());
        for (int i = 0; i < rows.size(); ++i) {
            QCOMPARE(rows.at(i).id, expected.at(i));
            QVERIFY(!rows.at(i).title.isEmpty());
            QVERIFY(!rows.at(i).authors.isEmpty());
        }
        QCOMPARE(rows.at(2).title, rows.at(0).title);
        QCOMPARE(rows.at(4).authors, rows.at(1).authors);
    }

    void cancelStopsBetweenWindows()
    {
        std::atomic<bool> cancel{false};
        BibtexExport exporter(m_store, BibtexWriter::NonAscii::KeepUtf8);
        exporter.setCancelFlag(&cancel);
        exporter.setProgress([&](int, int) { cancel = true; });
        QBuffer out;
        out.open(QIODevice::WriteOnly);
        QVERIFY(!exporter.writeFiltered(&out, PaperFilter()));
        QCOMPARE(exporter.error(), QStringLiteral("cancelled"));
        QCOMPARE(exporter.written(), int(BibtexExport::window));
    }

    // A window whose rows cannot be read fails the export with the store's
    // error (the marks read after it used to clear that error, and the
    // export "succeeded" with the window missing).
    void unreadableRowsFailTheExport()
    {
        const QString path = m_dir.filePath(QStringLiteral("broken.sqlite"));
        PaperStore store;
        QVERIFY(store.open(path));
        ProfileRecord profile;
        profile.name = QStringLiteral("Broken Store");
        for (int i = 0; i < 3; ++i) {
            PaperRecord p;
            p.title = QStringLiteral("Broken %1").arg(i);
            p.date = QDate(2021, 1, 1 + i);
            p.authors = QStringList{profile.name};
            profile.papers << p;
        }
        QVERIFY(store.importProfile(profile).ok);
        const QVector<qint64> ids = store.paperIds(PaperFilter(), PaperSort::Date, Qt::AscendingOrder);
        QCOMPARE(ids.size(), 3);
        {
            // Another program breaks the table under the open store.
            QSqlDatabase other = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("breaker"));
            other.setDatabaseName(path);
            QVERIFY(other.open());
            QSqlQuery q(other);
            QVERIFY2(q.exec(QStringLiteral("ALTER TABLE papers RENAME COLUMN abstract TO abstract_gone")),
                     qPrintable(q.lastError().text()));
            q.finish();
            other.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("breaker"));
        BibtexExport exporter(store, BibtexWriter::NonAscii::KeepUtf8);
        QBuffer out;
        out.open(QIODevice::WriteOnly);
        QVERIFY(!exporter.writeIds(&out, ids));
        QVERIFY(!exporter.error().isEmpty()); // the store's words (Qt's, for a statement that no longer prepares)
        QCOMPARE(exporter.written(), 0);
    }
};

QTEST_GUILESS_MAIN(TestBibtexExport)
#include "tst_bibtexexport.moc"
