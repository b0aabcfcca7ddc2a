// Hostile input (issue 8): whatever people drop on the window gets a clear
// result, imported or refused with a reason naming the file (and the line),
// in bounded memory and time, and the store is left as it was by a refusal.
// Empty, binary, NUL-laden, 200 MB, 1 MB-line, deeply braced, Latin-1 and
// UTF-16 files; right-to-left and zero-width characters; titles that look
// like SQL; a folder of ten thousand files through the real window.
#include "bibtexwriter.h"
#include "dialogs.h"
#include "importcontroller.h"
#include "mainwindow.h"
#include "paperstore.h"
#include "profileimporter.h"
#include "storeopener.h"
#include "support/bibtexcheck.h"
#include "support/bibtools.h"
#include "support/profilemaker.h"
#include "support/testsettings.h"

#include <QRandomGenerator>
#include <QRegularExpression>
#include <QtTest>

#include <memory>

namespace {
QString fixture(const char *name)
{
    return QStringLiteral(PAPERSCOPE_TEST_DATA "/") + QLatin1String(name);
}

QByteArray readBytes(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

// Peak resident memory since the last reset (Linux: VmHWM, reset through
// /proc/self/clear_refs); -1 where that cannot be done.
qint64 resetPeakMemory()
{
    QFile clear(QStringLiteral("/proc/self/clear_refs"));
    return clear.open(QIODevice::WriteOnly) && clear.write("5") == 1 ? 0 : -1;
}
qint64 peakMemoryKb()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    const QString text = QString::fromLatin1(status.readAll());
    const QRegularExpressionMatch m = QRegularExpression(QStringLiteral("VmHWM:\\s+(\\d+) kB")).match(text);
    return m.hasMatch() ? m.captured(1).toLongLong() : -1;
}
qint64 currentMemoryKb()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    const QString text = QString::fromLatin1(status.readAll());
    const QRegularExpressionMatch m = QRegularExpression(QStringLiteral("VmRSS:\\s+(\\d+) kB")).match(text);
    return m.hasMatch() ? m.captured(1).toLongLong() : -1;
}

#if defined(__SANITIZE_ADDRESS__)
constexpr bool underAddressSanitizer = true;
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
constexpr bool underAddressSanitizer = true;
#else
constexpr bool underAddressSanitizer = false;
#endif
#else
constexpr bool underAddressSanitizer = false;
#endif

const QString rtlName = QStringLiteral("\u202Eedoc\u202C \u0645\u062D\u0645\u062F \u200B\u200DZero\u200CWidth");
const QString sqlTitle = QStringLiteral("'); DROP TABLE papers;--");

QByteArray hostileProfile()
{
    QVector<ProfileMaker::Paper> papers;
    papers.append({sqlTitle, QStringLiteral("Robert'); DROP TABLE authors;--, Bobby \"Tables\" · x'--")});
    papers.append({QStringLiteral("\u062A\u0639\u0644\u0645 \u0627\u0644\u0622\u0644\u0629"), // Arabic only
                   QStringLiteral("\u05D3\u05D5\u05D3 \u05DC\u05D5\u05D9, \u0645\u062D\u0645\u062F \u0639\u0644\u064A")});
    papers.append({QStringLiteral("Zero\u200Bwidth\u200D joiners and \u202Eright-to-left\u202C overrides"),
                   QStringLiteral("A\u200Bnn Author, \u202EBo Builder")});
    papers.append({QStringLiteral("1; SELECT * FROM profiles WHERE '1'='1"), QStringLiteral("O'Brien, Null")});
    return ProfileMaker::text(rtlName, papers).toUtf8();
}
} // namespace

class TestHostileInput : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;
    std::unique_ptr<PaperStore> m_store;
    int m_n = 0;

    QString writeFile(const QString &name, const QByteArray &bytes)
    {
        const QString path = m_dir.filePath(name);
        return ProfileMaker::write(path, bytes) ? path : QString();
    }
    // Every paper in the store, exported: well-formed BibTeX, one entry each.
    void checkExport(BibtexWriter::NonAscii mode = BibtexWriter::NonAscii::KeepUtf8)
    {
        const QVector<PaperRecord> papers =
            m_store->papers(PaperFilter(), PaperSort::Title, Qt::AscendingOrder, 0, 100000);
        QString bib;
        for (const PaperRecord &p : papers)
            bib += BibtexWriter(mode).entry(p) + QLatin1Char('\n');
        const BibtexCheck::Result check = BibtexCheck::check(bib);
        QVERIFY2(check.ok, qPrintable(check.error));
        QCOMPARE(check.entries, papers.size());
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        TestSettings::isolate(m_dir.path(), QStringLiteral("paperscope-hostile"));
        Dialogs::setSuppressMessages(true);
    }

    void init()
    {
        m_store = std::make_unique<PaperStore>();
        QVERIFY(m_store->open(m_dir.filePath(QStringLiteral("hostile%1.sqlite").arg(++m_n))));
    }

    void cleanup() { m_store.reset(); }

    void eachFileGetsAClearResult_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<bool>("imported");
        QTest::addColumn<QString>("reason");

        const QByteArray valid = readBytes(fixture("profile-ada-lovecode.txt"));
        QByteArray withNul = valid;
        withNul.insert(int(withNul.indexOf("SantaCoder")), QByteArray("\0\0", 2));
        QByteArray random(64 * 1024, Qt::Uninitialized);
        QRandomGenerator generator(42);
        for (char &c : random)
            c = char(generator.bounded(256u));
        ProfileMaker::Paper longAbstract{QStringLiteral("A paper with a long abstract")};
        longAbstract.abstract = QString(1024 * 1024, QLatin1Char('w'));
        ProfileMaker::Paper braces{QString(50000, QLatin1Char('{')) + QStringLiteral("Deep") + QString(10, QLatin1Char('}'))};
        braces.abstract = QString(50000, QLatin1Char('}')) + QString(50000, QLatin1Char('{'));
        braces.authors = QStringLiteral("{{{Ann}}} {Author, Bo}}} Builder{");
        ProfileMaker::Paper balanced{QStringLiteral("Nested {\\emph{{{{{{{{{{deep}}}}}}}}}}} groups $x^{{{{2}}}}$")};
        const QByteArray utf16le = readBytes(fixture("profile-utf16le.txt"));
        QByteArray utf16be = utf16le;
        for (int i = 0; i + 1 < utf16be.size(); i += 2) {
            const char low = utf16be.at(i);
            utf16be[i] = utf16be.at(i + 1);
            utf16be[i + 1] = low;
        }
        QByteArray controls = valid;
        controls.replace("SantaCoder", "Santa\x01\x02\x1b[31mCoder\x7f");

        QTest::newRow("empty file") << QByteArray() << false << QStringLiteral("empty");
        QTest::newRow("only white space") << QByteArray(" \n\t\r\n   \n") << false << QStringLiteral("empty");
        QTest::newRow("binary file (PNG)") << readBytes(fixture("bad-binary.png")) << false << QStringLiteral("binary");
        QTest::newRow("64 KB of random bytes") << random << false << QString();
        QTest::newRow("only NUL bytes") << QByteArray(4096, '\0') << false << QStringLiteral("binary");
        QTest::newRow("NUL bytes in a profile") << withNul << false << QStringLiteral("binary");
        QTest::newRow("1 MB single line") << QByteArray(1024 * 1024, 'a') << false << QStringLiteral("line longer");
        QTest::newRow("1 MB line as an abstract")
            << ProfileMaker::text(QStringLiteral("Long Liner"), {longAbstract}).toUtf8() << false
            << QStringLiteral("line longer");
        QTest::newRow("deeply nested unbalanced braces")
            << ProfileMaker::text(QStringLiteral("Brace {{{ Nester"), {braces}).toUtf8() << true << QString();
        QTest::newRow("deeply nested balanced braces")
            << ProfileMaker::text(QStringLiteral("Brace Balancer"), {balanced}).toUtf8() << true << QString();
        QTest::newRow("Latin-1 file") << readBytes(fixture("profile-latin1.txt")) << true << QString();
        QTest::newRow("UTF-16LE file with BOM") << utf16le << true << QString();
        QTest::newRow("UTF-16BE file with BOM") << utf16be << true << QString();
        QTest::newRow("UTF-16LE file without BOM") << utf16le.mid(2) << false << QStringLiteral("binary");
        QTest::newRow("right-to-left, zero-width, SQL-like") << hostileProfile() << true << QString();
        QTest::newRow("control characters in a title") << controls << true << QString();
        QTest::newRow("a title without a letter or a digit")
            << ProfileMaker::text(QStringLiteral("Symbol Person"), {{QStringLiteral("\u00A6 \u2014 !?")}}).toUtf8() << false
            << QStringLiteral("letter or a digit");
        QTest::newRow("a name of white space")
            << ProfileMaker::text(QStringLiteral("\u3000\u2003"), {{QStringLiteral("A title")}}).toUtf8() << false
            << QStringLiteral("researcher's name");
        QTest::newRow("a profile header and nothing else")
            << QByteArray("Name Only\n\nSE\nh-index1\n1papers\n1citations\n") << false << QStringLiteral("Papers");
    }

    // One file at a time through the importer: imported, or refused with
    // "FILE[:LINE]: reason" on one line and the store untouched.
    void eachFileGetsAClearResult()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(bool, imported);
        QFETCH(QString, reason);
        const QString path = writeFile(QStringLiteral("input%1.txt").arg(m_n), bytes);
        QVERIFY(!path.isEmpty());
        ProfileImporter importer(*m_store);
        const FileImportResult result = importer.importFile(path);
        qInfo("%s", qPrintable(result.ok ? QStringLiteral("imported: %1 papers").arg(result.outcome.papersAdded)
                                         : result.message.mid(m_dir.path().size() + 1)));
        if (!imported) {
            QVERIFY(!result.ok);
            QVERIFY2(result.message.startsWith(path + QLatin1Char(':')), qPrintable(result.message));
            QVERIFY2(result.message.contains(reason), qPrintable(result.message));
            QVERIFY(!result.message.contains(QLatin1Char('\n')));
            QCOMPARE(m_store->paperCount(), 0);
            QVERIFY(m_store->profiles().isEmpty());
            return;
        }
        QVERIFY2(result.ok, qPrintable(result.message));
        QVERIFY(result.outcome.papersAdded > 0);
        QCOMPARE(m_store->paperCount(), result.outcome.papersAdded);
        QCOMPARE(StoreOpener::integrityCheck(m_store->path()), QStringLiteral("ok"));
        checkExport(BibtexWriter::NonAscii::KeepUtf8);
        checkExport(BibtexWriter::NonAscii::LatexEscapes);
    }

    // Names and titles come back exactly as they were written, SQL stays
    // text, search with hostile text is only a search, and biber and
    // bibtex read the export without a warning.
    void hostileTextStaysText()
    {
        const QString path = writeFile(QStringLiteral("hostile.txt"), hostileProfile());
        ProfileImporter importer(*m_store);
        QVERIFY(importer.importFile(fixture("profile-ada-lovecode.txt")).ok);
        const FileImportResult result = importer.importFile(path);
        QVERIFY2(result.ok, qPrintable(result.message));
        QCOMPARE(result.outcome.papersAdded, 4);
        QCOMPARE(m_store->paperCount(), 9);
        QCOMPARE(m_store->profiles().size(), 2);
        QCOMPARE(m_store->profiles().at(1).name, rtlName); // "Ada ..." sorts first
        PaperFilter sql;
        sql.text = QStringLiteral("DROP TABLE papers");
        const QVector<PaperRecord> found = m_store->papers(sql, PaperSort::Title, Qt::AscendingOrder, 0, 10);
        QCOMPARE(found.size(), 1);
        QCOMPARE(found.first().title, sqlTitle);
        QCOMPARE(found.first().authors.first(), QStringLiteral("Robert'); DROP TABLE authors;--"));
        const QRegularExpression asciiKey(QStringLiteral("^[a-z0-9]+$"));
        for (const PaperRecord &p : m_store->papers(PaperFilter(), PaperSort::Title, Qt::AscendingOrder, 0, 100))
            QVERIFY2(asciiKey.match(p.citationKey).hasMatch(), qPrintable(p.citationKey));
        for (const QString &text : {sqlTitle, QStringLiteral("\""), QStringLiteral("*"), QStringLiteral("NEAR("),
                                    QStringLiteral("a OR"), QStringLiteral("-x"), QStringLiteral("^"),
                                    QStringLiteral("title:x"), QStringLiteral("\u202E\u200B"), QString(5000, QLatin1Char('('))}) {
            PaperFilter f;
            f.text = text;
            m_store->paperCount(f);
            QVERIFY2(m_store->lastError().isEmpty(), qPrintable(text.left(20) + QStringLiteral(": ") + m_store->lastError()));
        }
        const QString bib = m_dir.filePath(QStringLiteral("hostile.bib"));
        QFile out(bib);
        QVERIFY(out.open(QIODevice::WriteOnly));
        QVERIFY(BibtexWriter().write(&out, m_store->papers(PaperFilter(), PaperSort::Title, Qt::AscendingOrder, 0, 100)));
        out.close();
        const BibTools::Verdict biber = BibTools::biber(bib);
        QVERIFY2(biber.clean && biber.entries == 9, qPrintable(biber.report));
        const BibTools::Verdict bibtex = BibTools::bibtex(bib);
        QVERIFY2(bibtex.clean && bibtex.entries == 9, qPrintable(bibtex.report));
    }

    // A 200 MB text file (made here, deleted after) is refused at once by
    // its size, without being read: memory stays where it was.
    void twoHundredMegabytesRefused()
    {
        const QString folder = m_dir.filePath(QStringLiteral("huge"));
        QVERIFY(QDir().mkpath(folder));
        const QString path = folder + QStringLiteral("/huge.txt");
        {
            QFile f(path);
            QVERIFY(f.open(QIODevice::WriteOnly));
            QByteArray chunk;
            while (chunk.size() < 1024 * 1024)
                chunk += "Lorem ipsum dolor sit amet, h-index42 5papers consectetur adipiscing elit.\n";
            chunk.truncate(1024 * 1024);
            for (int i = 0; i < 200; ++i)
                QCOMPARE(f.write(chunk), qint64(chunk.size()));
        }
        QCOMPARE(QFileInfo(path).size(), qint64(200) * 1024 * 1024);
        const bool measured = resetPeakMemory() == 0;
        const qint64 start = currentMemoryKb();

        ProfileImporter importer(*m_store);
        const FileImportResult result = importer.importFile(path);
        QVERIFY(!result.ok);
        QVERIFY2(result.message.contains(QStringLiteral("too large")), qPrintable(result.message));
        qInfo("%s", qPrintable(result.message.mid(m_dir.path().size() + 1)));
        QCOMPARE(ProfileImporter::expandPaths({folder}), QStringList()); // not a profile, skipped unread

        // Dropped on the window: refused by the worker, the window goes on.
        MainWindow window(*m_store);
        window.show();
        QSignalSpy finished(window.importController(), &ImportController::batchFinished);
        window.importPaths({path});
        QVERIFY(finished.wait(120000));
        const auto results = finished.first().first().value<QVector<FileImportResult>>();
        QCOMPARE(results.size(), 1);
        QVERIFY(results.first().message.contains(QStringLiteral("too large")));
        QCOMPARE(m_store->paperCount(), 0);
        if (measured && start > 0)
            QVERIFY2(peakMemoryKb() - start < 64 * 1024,
                     qPrintable(QStringLiteral("peak %1 kB over %2 kB").arg(peakMemoryKb() - start).arg(start)));
        QVERIFY(QFile::remove(path));
    }

    // Ten thousand files in one folder (and a subfolder) dropped on the
    // real window: 2,000 profiles land, 1,000 broken ones are refused with
    // their line, 7,000 other files are passed over; the window keeps
    // handling events throughout.
    void tenThousandFilesThroughTheWindow()
    {
        const QString folder = m_dir.filePath(QStringLiteral("tenthousand"));
        QVERIFY(QDir().mkpath(folder + QStringLiteral("/deeper")));
        QSet<QString> expectedTitles;
        int profiles = 0, broken = 0;
        for (int i = 0; i < 10000; ++i) {
            const int kind = i % 10;
            const QString name = QStringLiteral("%1/%2f%3.txt").arg(folder, kind == 8 ? QStringLiteral("deeper/") : QString())
                                     .arg(i, 5, 10, QLatin1Char('0'));
            QByteArray bytes;
            if (kind == 0 || kind == 8) {
                const QVector<ProfileMaker::Paper> papers{{QStringLiteral("Folder paper %1").arg(i)},
                                                          {QStringLiteral("Folder shared paper %1").arg(i / 100)}};
                for (const ProfileMaker::Paper &p : papers)
                    expectedTitles.insert(p.title);
                bytes = ProfileMaker::text(QStringLiteral("Folder Person %1").arg(i), papers).toUtf8();
                ++profiles;
            } else if (kind == 1) {
                bytes = "Broken Person\n\nSE\nh-index1\n1papers\n1citations\n\n1 Paper\n\nnot a paper header\n";
                ++broken;
            } else if (kind == 6) {
                bytes = QByteArray();
            } else if (kind == 7) {
                bytes = QByteArray("\x89PNG\r\n\x1a\n\0\0\0\rIHDR", 16);
            } else {
                bytes = "Notes for the folder, file " + QByteArray::number(i) + "\n";
            }
            QVERIFY(ProfileMaker::write(name, bytes));
        }
        QCOMPARE(profiles, 2000);

        MainWindow window(*m_store);
        window.show();
        ImportController *imports = window.importController();
        QSignalSpy finished(imports, &ImportController::batchFinished);
        int landedWhileBusy = 0;
        connect(imports, &ImportController::fileImported, this, [&] {
            if (imports->isBusy())
                ++landedWhileBusy; // the GUI thread handled it while the worker went on
        });
        const bool measured = resetPeakMemory() == 0;
        const qint64 start = currentMemoryKb();
        window.importPaths({folder});
        QVERIFY(finished.wait(900000));
        const auto results = finished.first().first().value<QVector<FileImportResult>>();
        QCOMPARE(results.size(), profiles + broken);
        int ok = 0;
        for (const FileImportResult &r : results) {
            if (r.ok) {
                ++ok;
                continue;
            }
            QVERIFY2(r.message.contains(QStringLiteral(".txt:10: expected a paper header")), qPrintable(r.message));
        }
        QCOMPARE(ok, profiles);
        QCOMPARE(landedWhileBusy, profiles);
        QCOMPARE(m_store->paperCount(), int(expectedTitles.size()));
        QCOMPARE(m_store->profiles().size(), profiles);
        QCOMPARE(StoreOpener::integrityCheck(m_store->path()), QStringLiteral("ok"));
        QVERIFY(window.statusText().contains(QLocale().toString(int(expectedTitles.size()))));
        qInfo("10,000 files: %d imported, %d refused with their line, %d passed over; %d papers",
              ok, broken, 10000 - profiles - broken, int(expectedTitles.size()));
        // AddressSanitizer keeps freed memory in quarantine: not measured there.
        if (measured && start > 0 && !underAddressSanitizer)
            QVERIFY2(peakMemoryKb() - start < 256 * 1024,
                     qPrintable(QStringLiteral("peak %1 kB over %2 kB").arg(peakMemoryKb() - start).arg(start)));
    }
};

QTEST_MAIN(TestHostileInput)
#include "tst_hostileinput.moc"
