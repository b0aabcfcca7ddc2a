// A .bib file larger than one window (BibChunkReader::windowBytes) read and
// stored a chunk at a time (AbstractPaperStore::importProfileChunks): the
// reader gives the entries BibReader::read() gives (duplicates left out,
// crossref resolved both ways round, @string macros across windows, lines
// right); the store ends up as when the whole file went in one ProfileRecord
// (importProfile); importing it again changes nothing; a bad entry in the
// last window stores nothing and says where; Cancel mid-file, alone or in a
// batch, stores nothing.
#include "bibchunkreader.h"
#include "bibpapermapper.h"
#include "bibreader.h"
#include "importbatch.h"
#include "paperstore.h"
#include "profileimporter.h"
#include "support/bibstoretesting.h"

#include <QBuffer>
#include <QtTest>

using namespace BibStoreTesting;

namespace {

// entries entries, over several windows: macros defined first and used
// throughout, children before and after their crossref parents, keywords,
// the same title twice; extra goes at the end.
QByteArray bigBib(int entries, const QByteArray &extra = QByteArray())
{
    QByteArray out = "@string{jt = \"Journal of Tests\"}\n@preamble{\"\\newcommand{\\x}{}\"}\n\n";
    for (int i = 0; i < entries; ++i) {
        const QByteArray n = QByteArray::number(i);
        if (i % 100 == 0) {
            out += "@proceedings{proc" + n + ",\n  title = {Proceedings " + n + "},\n  year = 2001,\n  publisher = {ACM},\n}\n\n";
            continue;
        }
        if (i % 7 == 0) // its parent comes later
            out += "@inproceedings{key" + n + ",\n  author = {M{\\\"u}ller, J{\\\"o}rg and Smith, Ann},\n  title = {Paper number "
                + n + " on things},\n  crossref = {proc" + QByteArray::number(i - i % 100 + 100) + "},\n  pages = {1--2},\n}\n\n";
        else if (i % 5 == 0) // its parent came before
            out += "@inproceedings{key" + n + ",\n  author = {Knuth, Donald},\n  title = {Paper number " + n
                + " on things},\n  crossref = {proc" + QByteArray::number(i - i % 100) + "},\n  keywords = {alpha; beta},\n}\n\n";
        else
            out += "@article{key" + n + ",\n  author = {Garc{\\'\\i}a, Mar{\\'\\i}a},\n  title = {"
                + (i % 331 == 0 ? QByteArray("The same title") : "Paper number " + n + " on things")
                + "},\n  journal = jt,\n  year = " + QByteArray::number(1990 + i % 30) + ",\n  month = mar,\n}\n\n";
    }
    out += "@proceedings{proc" + QByteArray::number(entries - entries % 100 + 100) + ",\n  title = {Last proceedings},\n}\n\n";
    return out + extra;
}

QString write(const QTemporaryDir &dir, const QString &name, const QByteArray &bytes)
{
    const QString path = dir.filePath(name);
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(bytes) != bytes.size())
        return QString();
    return path;
}

// The store's papers as text, in id order (what a comparison must see).
QStringList contents(PaperStore &store)
{
    QStringList out;
    for (const PaperRecord &p : all(store)) {
        QStringList fields;
        for (const auto &f : p.bibFields)
            fields << f.first + QLatin1Char('=') + f.second;
        out << QStringLiteral("%1|%2|%3|%4|%5|%6|%7|%8|%9")
                   .arg(p.id).arg(p.citationKey, p.title, p.entryType, p.venue, p.authors.join(QLatin1Char(';')),
                        p.date.toString(Qt::ISODate), p.doi, fields.join(QLatin1Char(';')));
    }
    std::sort(out.begin(), out.end());
    return out;
}

} // namespace

class TestBibChunks : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;
    int m_n = 0;

    bool open(PaperStore &store) { return store.open(m_dir.filePath(QStringLiteral("s%1.sqlite").arg(++m_n))); }

private slots:
    void readerGivesWhatReadGives();
    void storeAsWhole();
    void badEntryInLastWindow();
    void cancelMidFile();
    void cancelMidFileInBatch();
};

void TestBibChunks::readerGivesWhatReadGives()
{
    const QByteArray bytes = bigBib(24000, "@article{key42,\n  title = {A duplicate},\n}\n\n@article{bad,\n  title = {x\n\n@misc{tail, title={T}}\n");
    QVERIFY(bytes.size() > 2 * BibChunkReader::windowBytes);
    const BibDocument whole = BibReader::read(bytes);
    QBuffer buffer;
    buffer.setData(bytes);
    QVERIFY(buffer.open(QIODevice::ReadOnly));
    BibChunkReader reader(&buffer);
    QVERIFY(reader.canRead());
    const BibDocument scanned = reader.scan();
    QCOMPARE(scanned.errors.size(), whole.errors.size());
    for (int i = 0; i < whole.errors.size(); ++i) {
        QCOMPARE(scanned.errors.at(i).line, whole.errors.at(i).line);
        QCOMPARE(scanned.errors.at(i).message, whole.errors.at(i).message);
    }
    QCOMPARE(scanned.preambles.size(), whole.preambles.size());
    QCOMPARE(reader.readableEntries(), int(whole.entries.size()));
    int i = 0, chunks = 0;
    QVector<BibEntry> entries;
    while (reader.next(&entries)) {
        ++chunks;
        for (const BibEntry &e : std::as_const(entries)) {
            const BibEntry &w = whole.entries.at(i++);
            QCOMPARE(e.key, w.key);
            QCOMPARE(e.line, w.line);
            QCOMPARE(e.fields.size(), w.fields.size());
            QCOMPARE(e.inherited.size(), w.inherited.size());
            QCOMPARE(e.value(QStringLiteral("booktitle")), w.value(QStringLiteral("booktitle")));
            QCOMPARE(e.value(QStringLiteral("journal")), w.value(QStringLiteral("journal")));
            QCOMPARE(e.value(QStringLiteral("month")), w.value(QStringLiteral("month")));
        }
        entries.clear();
    }
    QCOMPARE(i, int(whole.entries.size()));
    QVERIFY(chunks > 2);
}

void TestBibChunks::storeAsWhole()
{
    const QByteArray bytes = bigBib(9000);
    const QString path = write(m_dir, QStringLiteral("big.bib"), bytes);
    QVERIFY(!path.isEmpty());
    PaperStore chunked, whole;
    QVERIFY(open(chunked));
    QVERIFY(open(whole));
    int asked = 0;
    chunked.setImportProgress([&](int done, int total) {
        ++asked;
        return done <= total;
    });
    const FileImportResult r = ProfileImporter(chunked).importFile(path);
    QVERIFY2(r.ok, qPrintable(r.message));
    QVERIFY(asked > 2);

    // The same file the old way: every paper in one ProfileRecord.
    const BibDocument doc = BibReader::read(bytes);
    ProfileRecord profile;
    profile.name = QStringLiteral("big.bib");
    profile.sourceFile = path;
    profile.savedAt = QFileInfo(path).lastModified();
    profile.paperCount = int(doc.entries.size());
    for (const BibField &p : doc.preambles)
        profile.bibPreambles << p.value;
    for (const BibEntry &e : doc.entries) {
        BibPaper b = BibPaperMapper::map(e);
        b.paper.entryType = b.entryType;
        b.paper.venue = b.venue;
        b.paper.bibFields = b.fields;
        profile.papers << b.paper;
    }
    const ImportOutcome o = whole.importProfile(profile);
    QVERIFY2(o.ok, qPrintable(o.error));
    QCOMPARE(r.outcome.papersAdded, o.papersAdded);
    QCOMPARE(r.outcome.papersKnown, o.papersKnown);
    QCOMPARE(r.outcome.linksAdded, o.linksAdded);
    QVERIFY(r.outcome.papersKnown > 0); // the same title twice
    QCOMPARE(r.readableEntries, int(doc.entries.size()));
    QCOMPARE(contents(chunked), contents(whole));
    QCOMPARE(chunked.bibPreambles(), whole.bibPreambles());
    QCOMPARE(all(chunked, QStringLiteral("alpha")).size(), all(whole, QStringLiteral("alpha")).size());
    QCOMPARE(exported(chunked), exported(whole));

    const FileImportResult again = ProfileImporter(chunked).importFile(path);
    QVERIFY(again.ok);
    QVERIFY(again.outcome.changedNothing());
    QCOMPARE(contents(chunked), contents(whole));
}

void TestBibChunks::badEntryInLastWindow()
{
    const QByteArray bytes = bigBib(9000, "@article{broken,\n  title = {no end\n\n@misc{after, title = {T}}\n");
    const QString path = write(m_dir, QStringLiteral("bad.bib"), bytes);
    const BibDocument doc = BibReader::read(bytes);
    QCOMPARE(doc.errors.size(), 1);
    PaperStore store;
    QVERIFY(open(store));
    const FileImportResult r = ProfileImporter(store).importFile(path);
    QVERIFY(!r.ok);
    QCOMPARE(r.message, BibReader::message(doc.errors.first(), path));
    QVERIFY(r.message.startsWith(path + QLatin1Char(':')));
    QCOMPARE(r.badEntries.size(), 1);
    QCOMPARE(store.paperCount(), 0);
    QVERIFY(store.profiles().isEmpty());

    ProfileImporter skipping(store);
    skipping.setSkipBad(true);
    const FileImportResult kept = skipping.importFile(path);
    QVERIFY2(kept.ok, qPrintable(kept.message));
    QCOMPARE(kept.readableEntries, int(doc.entries.size()));
    QVERIFY(byKey(all(store), QStringLiteral("after")));
}

void TestBibChunks::cancelMidFile()
{
    const QString path = write(m_dir, QStringLiteral("cancel.bib"), bigBib(9000));
    PaperStore store;
    QVERIFY(open(store));
    int asked = 0;
    store.setImportProgress([&](int, int) { return ++asked < 3; });
    const FileImportResult r = ProfileImporter(store).importFile(path);
    QVERIFY(!r.ok);
    QVERIFY2(r.message.contains(QLatin1String("cancelled")), qPrintable(r.message));
    QCOMPARE(asked, 3);
    QCOMPARE(store.paperCount(), 0);
    QVERIFY(store.profiles().isEmpty());
}

void TestBibChunks::cancelMidFileInBatch()
{
    const QString path = write(m_dir, QStringLiteral("batch.bib"), bigBib(9000));
    const QString small = write(m_dir, QStringLiteral("small.bib"), "@article{s1, title = {Small one}}\n");
    PaperStore store;
    QVERIFY(open(store));
    bool cancel = true;
    store.setImportProgress([&](int done, int total) { return !cancel || done < total / 2; });
    QVector<FileImportResult> results;
    {
        ImportBatch batch(store, [&](const FileImportResult &r) { results << r; });
        batch.importFile(small);
        batch.importFile(path);
        QVERIFY(batch.finish());
    }
    QCOMPARE(results.size(), 2);
    QVERIFY(results.at(0).ok);
    QVERIFY(!results.at(1).ok);
    QCOMPARE(store.paperCount(), 1);
    QCOMPARE(store.profiles().size(), 1);
    cancel = false;
    const FileImportResult r = ProfileImporter(store).importFile(path);
    QVERIFY2(r.ok, qPrintable(r.message));
    QCOMPARE(store.paperCount(), 1 + r.outcome.papersAdded);
    QCOMPARE(r.outcome.papersAdded + r.outcome.papersKnown, r.readableEntries);
}

QTEST_GUILESS_MAIN(TestBibChunks)
#include "tst_bibchunks.moc"
