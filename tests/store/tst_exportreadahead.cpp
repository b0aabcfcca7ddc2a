// Tests for the BibTeX export's read-ahead (FileReadAhead, through the
// store's readAhead()): over a store whose papers were imported newest
// first, so the table's rowid order is the reverse of the export's date
// order (ties of a date broken by id), the export, which has the file read
// ahead beside it, is byte for byte what one ordered read of the papers
// formats, with the tags in place. The store reads its database and WAL
// ahead only when the rows would touch one page in 16 of them or more,
// never for an in-memory store, a missing file or a folder.
#include "bibtexexport.h"
#include "bibtexwriter.h"
#include "filereadahead.h"
#include "marksbibtex.h"
#include "organisestore.h"
#include "paperstore.h"

#include <QBuffer>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QtTest>

#include <algorithm>

class TestExportReadAhead : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;
    PaperStore m_store;
    QVector<qint64> m_dateOrder; // the export's order
    static constexpr int papers = 2 * BibtexExport::window + 37;

    static QString entryOf(const PaperRecord &p) { return BibtexWriter().entry(p); }

    qint64 storeBytes() const
    {
        const QString path = m_store.path();
        return QFileInfo(path).size() + QFileInfo(path + QStringLiteral("-wal")).size();
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_store.open(m_dir.filePath(QStringLiteral("ahead.sqlite"))));
        ProfileRecord profile;
        profile.name = QStringLiteral("Newest First");
        for (int i = 0; i < papers; ++i) {
            PaperRecord p;
            p.title = QStringLiteral("Paper %1 on $x_%1$ & more").arg(i);
            p.date = QDate(2025, 12, 31).addDays(-(i / 2)); // two papers a day, newest first
            p.category = i % 3 ? QStringLiteral("LG") : QStringLiteral("SE");
            p.authors = QStringList{QStringLiteral("Ann Bee"), QStringLiteral("Zo\u00eb %1").arg(i)};
            p.abstract = QStringLiteral("Abstract %1, 5% and_underscores.").arg(i);
            profile.papers << p;
        }
        QVERIFY(m_store.importProfile(profile).ok);
        m_dateOrder = m_store.paperIds(PaperFilter(), PaperSort::Date, Qt::AscendingOrder);
        QCOMPARE(m_dateOrder.size(), papers);
        // The point of the store's shape: the date order is not the rowid order.
        QVERIFY(m_dateOrder.first() > m_dateOrder.last());
        QVERIFY(!std::is_sorted(m_dateOrder.cbegin(), m_dateOrder.cend()));
        QVERIFY(!std::is_sorted(m_dateOrder.crbegin(), m_dateOrder.crend()));
        OrganiseStore organise(m_store);
        QCOMPARE(organise.addTag(QStringLiteral("zeta"), {m_dateOrder[0], m_dateOrder[7], m_dateOrder[600]}), 3);
        QCOMPARE(organise.addTag(QStringLiteral("Alpha"), {m_dateOrder[7]}), 1);
    }

    void exportIsTheOrderedRead()
    {
#if defined(Q_OS_LINUX) // posix_fadvise; elsewhere the export reads as it did
        // This export is large for its store: the file is read ahead.
        QVERIFY(m_store.readAhead(papers) > 0);
#endif
        // What the export wrote before the read-ahead: one ordered read of
        // all the ids, each entry with its tags, one blank line between.
        QStringList entries;
        const QVector<PaperRecord> rows = m_store.papersByIds(m_dateOrder);
        QCOMPARE(rows.size(), papers);
        for (const PaperRecord &p : rows) {
            const PaperMarks marks = m_store.exportMarks({p.id}).value(p.id);
            entries << (marks.tags.isEmpty() ? entryOf(p)
                                             : MarksBibtex::apply(entryOf(p), marks, MarksBibtex::NoteField::None, false));
        }
        const QByteArray expected = entries.join(QLatin1Char('\n')).toUtf8();
        QVERIFY(expected.startsWith("@misc{") || expected.startsWith("@article{"));
        QVERIFY(expected.contains("Paper 1036 on") && expected.contains("keywords"));
        QVERIFY(expected.indexOf("Paper 1036 on") < expected.indexOf("Paper 0 on")); // oldest first

        BibtexExport exporter(m_store, BibtexWriter::NonAscii::KeepUtf8);
        QVector<int> progress;
        exporter.setProgress([&](int done, int) { progress << done; });
        QBuffer out;
        out.open(QIODevice::WriteOnly);
        QVERIFY(exporter.writeFiltered(&out, PaperFilter()));
        QCOMPARE(exporter.written(), papers);
        QCOMPARE(out.data(), expected);
        QCOMPARE(progress, (QVector<int>{BibtexExport::window, 2 * BibtexExport::window, papers}));
    }

    void readsAheadOnlyWhenItPays()
    {
#if !defined(Q_OS_LINUX)
        QSKIP("the read-ahead is posix_fadvise on Linux");
#endif
        const qint64 bytes = storeBytes();
        QVERIFY(bytes > 0);
        const qint64 pageRows = FileReadAhead::pagesPerRow * FileReadAhead::pageBytes;
        const qint64 fewest = (bytes + pageRows - 1) / pageRows; // rows touching one page in 16
        QCOMPARE(m_store.readAhead(0), qint64(0));
        QCOMPARE(m_store.readAhead(fewest - 1), qint64(0));
        QCOMPARE(m_store.readAhead(fewest), bytes);
        QCOMPARE(m_store.readAhead(1000000), bytes);
    }

    void nothingToReadAhead()
    {
        PaperStore memory;
        QVERIFY(memory.open(QStringLiteral(":memory:")));
        QCOMPARE(memory.readAhead(1000000), qint64(0));
        QCOMPARE(FileReadAhead::file(m_dir.filePath(QStringLiteral("missing.sqlite"))), qint64(0));
        QCOMPARE(FileReadAhead::file(m_dir.path()), qint64(0));
        QCOMPARE(FileReadAhead::forRows(m_dir.filePath(QStringLiteral("missing.sqlite")), 1000000), qint64(0));
    }
};

QTEST_GUILESS_MAIN(TestExportReadAhead)
#include "tst_exportreadahead.moc"
