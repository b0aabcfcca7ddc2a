// The .bib reader benchmark (issue 17): writes a large bibliography like the
// public ones (macros, month macros, concatenation, accents, crossrefs to
// proceedings; about 380 bytes an entry), times BibReader on it and the
// import's first pass over the file (BibChunkReader::scan; wall and CPU,
// best of three) and, when Debian's bibtool is installed, bibtool reading
// and writing the same file in the same run. Then the whole import
// into an empty store (as `paperscope import` does it: ImportBatch, store
// and search index included) beside its floor, plain SQLite writing the
// same rows into the same schema (BibFloor), and their ratio.
//   paperscope_bibbench [ENTRIES=100000] [FOLDER=/tmp] [--no-import | --no-reader | --floor-only | --write-only]
// The stores are FOLDER/paperscope-bibbench.sqlite (kept: the window
// probe and kbibtex-side-by-side.sh open it) and FOLDER/paperscope-bibfloor.sqlite.
#include "benchutil.h"
#include "bibchunkreader.h"
#include "bibfloor.h"
#include "bibreader.h"
#include "importbatch.h"
#include "paperstore.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTextStream>

#include <cstdio>
#include <ctime>

namespace {

QByteArray generate(int n)
{
    const char *const words[] = {"deep", "learning", "code", "search", "program", "repair", "neural", "model",
                                 "graph", "type", "inference", "compiler", "test", "generation", "large",
                                 "language", "models", "software", "benchmark", "survey"};
    const char *const first[] = {"Jörg", "Anders", "María", "Ayşe", "Donald", "Grace", "Alan", "Zoë"};
    const char *const last[] = {"M{\\\"u}ller", "Stra{\\ss}e", "Garc{\\'\\i}a", "\\c{C}elik", "Knuth",
                                "{\\AA}ngstr{\\\"o}m", "van der Poel", "Smith"};
    const char *const months[] = {"jan", "feb", "mar", "oct"};
    quint32 seed = 1;
    const auto next = [&seed](int m) { seed = seed * 1103515245u + 12345u; return int((seed >> 16) % quint32(m)); };
    QString out;
    QTextStream s(&out);
    s << "@preamble{\"\\newcommand{\\noopsort}[1]{}\"}\n";
    for (int j = 0; j < 50; ++j)
        s << "@string{j" << j << " = \"Journal of Things Number " << j << "\"}\n";
    for (int i = 0; i < n; ++i) {
        if (i % 50 == 0) {
            s << "@proceedings{proc" << i << ",\n  title = {Proceedings of the " << i
              << "th Conference on {Things}},\n  year = " << 1990 + i % 35 << ",\n  publisher = {ACM},\n}\n\n";
            continue;
        }
        QStringList authors;
        for (int a = next(5); a >= 0; --a)
            authors << QStringLiteral("%1, %2").arg(QString::fromUtf8(last[next(8)]), QString::fromUtf8(first[next(8)]));
        QStringList title;
        for (int w = 5 + next(8); w > 0; --w)
            title << QString::fromLatin1(words[next(20)]);
        if (i % 3 == 0)
            s << "@inproceedings{key" << i << ",\n  author = {" << authors.join(QStringLiteral(" and "))
              << "},\n  title = {" << title.join(QLatin1Char(' ')) << "},\n  crossref = {proc" << i - i % 50
              << "},\n  pages = {" << i % 300 << "--" << i % 300 + 10 << "},\n  doi = {10.1145/" << i << "},\n}\n\n";
        else
            s << "@article{key" << i << ",\n  author = {" << authors.join(QStringLiteral(" and ")) << "},\n  title = {"
              << title.join(QLatin1Char(' ')) << "},\n  journal = j" << i % 50 << ",\n  year = " << 1990 + i % 35
              << ",\n  month = " << months[i % 4] << ",\n  volume = " << i % 40 << ",\n  pages = \"" << i % 300
              << "--" << i % 300 + 12 << "\",\n}\n\n";
    }
    s.flush();
    return out.toUtf8();
}

int floorOf(const QString &storePath, const QString &folder, double importMs, double importCpuMs);

// The app's import of the file into an empty store, then the floor writing
// the same rows; both times and their ratio.
int importAndFloor(const QString &bibPath, const QString &folder)
{
    const QString storePath = folder + QStringLiteral("/paperscope-bibbench.sqlite");
    BenchUtil::removeStore(storePath);
    double importMs = 0, importCpuMs = 0;
    {
        PaperStore store;
        if (!store.open(storePath)) {
            std::printf("import: cannot open %s: %s\n", qPrintable(storePath), qPrintable(store.lastError()));
            return 1;
        }
        bool ok = false;
        QString line;
        QElapsedTimer t;
        t.start();
        const std::clock_t c0 = std::clock();
        {
            ImportBatch batch(store, [&](const FileImportResult &result) {
                ok = result.ok;
                line = result.ok ? QStringLiteral("%1 papers added, %2 already known")
                                       .arg(result.outcome.papersAdded).arg(result.outcome.papersKnown)
                                 : result.message;
            });
            batch.importFile(bibPath);
        }
        importMs = BenchUtil::elapsedMs(t);
        importCpuMs = double(std::clock() - c0) * 1000 / CLOCKS_PER_SEC;
        if (!ok) {
            std::printf("import: failed: %s\n", qPrintable(line));
            return 1;
        }
        std::printf("import (paperscope, store and search index): %.2f s wall, %.2f s CPU, %s\n", importMs / 1000,
                    importCpuMs / 1000, qPrintable(line));
    }
    std::fflush(stdout);
    return floorOf(storePath, folder, importMs, importCpuMs);
}

// The floor of an app's store; importMs < 0: no ratio. Ratios of wall and
// of CPU time (on a busy machine the CPU times are the steadier).
int floorOf(const QString &storePath, const QString &folder, double importMs, double importCpuMs)
{
    const QString floorPath = folder + QStringLiteral("/paperscope-bibfloor.sqlite");
    qint64 rows = 0;
    QString error;
    double floorCpuMs = 0, walCpuMs = 0;
    const double floorMs = BibFloor::load(storePath, floorPath, &rows, &error, false, &floorCpuMs);
    if (floorMs < 0) {
        std::printf("floor: failed: %s\n", qPrintable(error));
        return 1;
    }
    std::printf("floor (plain SQLite, the same %lld rows, FTS built at the end): %.2f s wall, %.2f s CPU\n", rows,
                floorMs / 1000, floorCpuMs / 1000);
    std::fflush(stdout);
    // The same in the store's own WAL journal (what the journal costs a bulk load).
    const double walMs = BibFloor::load(storePath, floorPath, &rows, &error, true, &walCpuMs);
    if (walMs >= 0)
        std::printf("floor in the store's WAL journal: %.2f s wall, %.2f s CPU\n", walMs / 1000, walCpuMs / 1000);
    if (importMs > 0) {
        std::printf("import / floor: %.2fx wall, %.2fx CPU (the aim: at most 1.5x)", importMs / floorMs,
                    importCpuMs / floorCpuMs);
        std::printf(walMs > 0 ? "; import / floor in WAL: %.2fx wall\n" : "\n", importMs / walMs);
    }
    BenchUtil::removeStore(floorPath);
    return 0;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QStringList args = app.arguments().mid(1);
    const bool importToo = !args.removeAll(QStringLiteral("--no-import"));
    const bool floorOnly = args.removeAll(QStringLiteral("--floor-only"));
    const bool writeOnly = args.removeAll(QStringLiteral("--write-only"));
    const bool noReader = args.removeAll(QStringLiteral("--no-reader")); // the import and its floor only
    const int n = args.size() > 0 ? args.at(0).toInt() : 100000;
    const QString folder = args.size() > 1 ? args.at(1) : QStringLiteral("/tmp");
    if (floorOnly)
        return floorOf(folder + QStringLiteral("/paperscope-bibbench.sqlite"), folder, -1, -1);
    const QString path = folder + QStringLiteral("/paperscope-bibbench.bib");
    const QByteArray bytes = generate(n);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
        return 1;
    file.close();
    std::printf("file: %s, %d entries, %.1f MB\n", qPrintable(path), n, bytes.size() / 1e6);
    if (writeOnly)
        return 0;
    if (noReader)
        return importAndFloor(path, folder);
    double bestWall = 1e9, bestCpu = 1e9;
    int entries = 0;
    for (int run = 0; run < 3; ++run) {
        const std::clock_t c0 = std::clock();
        QElapsedTimer t;
        t.start();
        const BibDocument doc = BibReader::read(bytes);
        bestWall = qMin(bestWall, t.nsecsElapsed() / 1e9);
        bestCpu = qMin(bestCpu, double(std::clock() - c0) / CLOCKS_PER_SEC);
        entries = int(doc.entries.size());
    }
    std::printf("BibReader: %d entries in %.2f s wall, %.2f s CPU: %.0f entries/s (CPU)\n", entries, bestWall,
                bestCpu, entries / bestCpu);
    // The import's first pass (BibChunkReader::scan): serial, before the store starts.
    bestWall = bestCpu = 1e9;
    for (int run = 0; run < 3; ++run) {
        QFile bib(path);
        if (!bib.open(QIODevice::ReadOnly))
            return 1;
        const std::clock_t c0 = std::clock();
        QElapsedTimer t;
        t.start();
        BibChunkReader reader(&bib);
        const BibDocument scanned = reader.scan();
        bestWall = qMin(bestWall, t.nsecsElapsed() / 1e9);
        bestCpu = qMin(bestCpu, double(std::clock() - c0) / CLOCKS_PER_SEC);
        entries = reader.readableEntries() + int(scanned.errors.size());
    }
    std::printf("BibChunkReader::scan (the import's first pass): %d entries in %.2f s wall, %.2f s CPU\n", entries,
                bestWall, bestCpu);
    const QString bibtool = QStandardPaths::findExecutable(QStringLiteral("bibtool"));
    if (bibtool.isEmpty()) {
        std::printf("bibtool: not installed\n");
    } else {
        QElapsedTimer t;
        t.start();
        QProcess p;
        p.start(bibtool, {QStringLiteral("-q"), QStringLiteral("-i"), path, QStringLiteral("-o"), path + QStringLiteral(".out")});
        p.waitForFinished(-1);
        std::printf("bibtool read+write: %.2f s wall (exit %d)\n", t.nsecsElapsed() / 1e9, p.exitCode());
        QFile::remove(path + QStringLiteral(".out"));
    }
    std::fflush(stdout);
    return importToo ? importAndFloor(path, folder) : 0;
}
