// paperscope_bench: the on-demand benchmark of issue 6 (not a test; see
// tests/bench/run-bench.sh and README.md's "Performance" section).
//
//   paperscope_bench [--max N] [--sizes N,N,...] [--seed S] [--data DIR]
//                    [--reuse-stores] [--export-seconds S] [--import-seconds S]
//                    [--generate-only] [--markdown FILE] [--postgres URL]
//
// The same binary is its own child process for the window figures
// (--probe-window STORE [--open-only | --until-index], --probe-floor STORE).
#include "benchrunner.h"
#include "windowprobe.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QFile>

#include <algorithm>
#include <cstdio>
#include <cstring>

int main(int argc, char **argv)
{
    QElapsedTimer started;
    started.start();
    if (argc >= 3 && strcmp(argv[1], "--probe-window") == 0) {
        QApplication app(argc, argv);
        const bool openOnly = argc >= 4 && strcmp(argv[3], "--open-only") == 0;
        const bool untilIndex = argc >= 4 && strcmp(argv[3], "--until-index") == 0;
        return WindowProbe::run(QString::fromLocal8Bit(argv[2]), started, openOnly, untilIndex);
    }
    if (argc >= 3 && strcmp(argv[1], "--probe-floor") == 0) {
        QCoreApplication app(argc, argv);
        return WindowProbe::runFloor(QString::fromLocal8Bit(argv[2]), started);
    }

    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Paperscope's benchmark: import, window, filters, search, sort, export."));
    parser.addHelpOption();
    parser.addOptions({
        {QStringLiteral("max"), QStringLiteral("Largest store size (papers); default 1000000."), QStringLiteral("N")},
        {QStringLiteral("sizes"), QStringLiteral("Store sizes, comma-separated (default 10000,100000,1000000)."),
         QStringLiteral("LIST")},
        {QStringLiteral("seed"), QStringLiteral("Seed of the generated profiles."), QStringLiteral("S")},
        {QStringLiteral("data"), QStringLiteral("Folder for profiles and stores (default /tmp/paperscope-bench)."),
         QStringLiteral("DIR")},
        {QStringLiteral("reuse-stores"), QStringLiteral("Skip the imports when the stores exist (no import figures).")},
        {QStringLiteral("export-seconds"), QStringLiteral("Stop an export after S seconds (default 120)."),
         QStringLiteral("S")},
        {QStringLiteral("import-seconds"), QStringLiteral("Stop the app's import after S seconds and go on with a copy of"
                                                          " the floor's store (for slow baselines)."), QStringLiteral("S")},
        {QStringLiteral("generate-only"), QStringLiteral("Only write the profile files.")},
        {QStringLiteral("import-only"), QStringLiteral("Stop after the import and the floor (both from this run).")},
        {QStringLiteral("markdown"), QStringLiteral("Also write the table to FILE."), QStringLiteral("FILE")},
        {QStringLiteral("postgres"), QStringLiteral("Also import into a shared library on this PostgreSQL server and time"
                                                    " it beside SQLite (default: $PAPERSCOPE_TEST_POSTGRES; 'none' for"
                                                    " none)."), QStringLiteral("URL")},
    });
    parser.process(app);

    BenchOptions options;
    if (parser.isSet(QStringLiteral("sizes"))) {
        options.sizes.clear();
        for (const QString &s : parser.value(QStringLiteral("sizes")).split(QLatin1Char(','), Qt::SkipEmptyParts))
            options.sizes << s.toInt();
    }
    if (parser.isSet(QStringLiteral("max"))) {
        const int max = parser.value(QStringLiteral("max")).toInt();
        options.sizes.erase(std::remove_if(options.sizes.begin(), options.sizes.end(), [max](int s) { return s > max; }),
                            options.sizes.end());
        if (options.sizes.isEmpty())
            options.sizes << max;
    }
    if (parser.isSet(QStringLiteral("seed")))
        options.seed = parser.value(QStringLiteral("seed")).toULongLong();
    if (parser.isSet(QStringLiteral("data")))
        options.dataDir = parser.value(QStringLiteral("data"));
    options.reuseStores = parser.isSet(QStringLiteral("reuse-stores"));
    if (parser.isSet(QStringLiteral("export-seconds")))
        options.exportSeconds = parser.value(QStringLiteral("export-seconds")).toInt();

    if (parser.isSet(QStringLiteral("import-seconds")))
        options.importSeconds = parser.value(QStringLiteral("import-seconds")).toInt();
    options.generateOnly = parser.isSet(QStringLiteral("generate-only"));
    options.importOnly = parser.isSet(QStringLiteral("import-only"));
    options.postgresUrl = parser.isSet(QStringLiteral("postgres")) ? parser.value(QStringLiteral("postgres"))
                                                                   : qEnvironmentVariable("PAPERSCOPE_TEST_POSTGRES");
    if (options.postgresUrl == QLatin1String("none"))
        options.postgresUrl.clear();

    BenchRunner runner(options);
    const bool ok = runner.run();
    if (parser.isSet(QStringLiteral("markdown"))) {
        QFile file(parser.value(QStringLiteral("markdown")));
        if (file.open(QIODevice::WriteOnly))
            file.write(runner.report().markdown().toUtf8());
    }
    return ok ? 0 : 1;
}
