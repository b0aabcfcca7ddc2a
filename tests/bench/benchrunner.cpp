#include "benchrunner.h"

#include "benchscenario.h"
#include "benchutil.h"
#include "bibtexexport.h"
#include "importbatch.h"
#include "organisebench.h"
#include "paperstore.h"
#include "profilegenerator.h"
#include "profileparser.h"
#include "sharedbench.h"
#include "sqlitefloor.h"

#include <ctime>

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QThread>

#include <atomic>
#include <cstdio>

using Unit = BenchReport::Unit;

namespace {
const QString kWithin50 = QStringLiteral("< 50 ms");
const QString kWithin100 = QStringLiteral("< 100 ms");
} // namespace

BenchRunner::BenchRunner(const BenchOptions &options) : m_options(options)
{
    defineRows();
    if (!m_options.postgresUrl.isEmpty())
        SharedBench::defineRows(m_report);
    m_report.addNote(QStringLiteral("Machine: %1.").arg(machine()));
    m_report.addNote(QStringLiteral("Ratios (×) are to the plain-SQLite floor for the same rows and work: the C API,"
                                    " one transaction, the same schema and FTS5 index (built once at the end of the load);"
                                    " for rates, floor rate / rate."));
}

// "2 cores, AMD EPYC, 24 GB RAM" from /proc.
QString BenchRunner::machine()
{
    QString cpu = QStringLiteral("unknown CPU");
    QFile cpuinfo(QStringLiteral("/proc/cpuinfo"));
    if (cpuinfo.open(QIODevice::ReadOnly)) {
        for (const QByteArray &line : cpuinfo.readAll().split('\n')) {
            if (line.startsWith("model name")) {
                cpu = QString::fromUtf8(line.mid(line.indexOf(':') + 1).trimmed());
                break;
            }
        }
    }
    qint64 ramKb = 0;
    QFile meminfo(QStringLiteral("/proc/meminfo"));
    if (meminfo.open(QIODevice::ReadOnly)) {
        for (const QByteArray &line : meminfo.readAll().split('\n')) {
            if (line.startsWith("MemTotal:"))
                ramKb = line.mid(9).trimmed().split(' ').value(0).toLongLong();
        }
    }
    return QStringLiteral("%1 cores, %2, %3 GB RAM").arg(QThread::idealThreadCount()).arg(cpu).arg(ramKb / 1048576.0, 0, 'f', 0);
}

void BenchRunner::log(const QString &message) const
{
    fprintf(stderr, "[bench %d] %s\n", m_size, qPrintable(message));
    fflush(stderr);
}

void BenchRunner::defineRows()
{
    BenchReport &r = m_report;
    r.define(QStringLiteral("files"), QStringLiteral("Profile files (paper entries)"), Unit::Text);
    r.define(QStringLiteral("parse"), QStringLiteral("Parse profile files"), Unit::Rate, QStringLiteral("≥ 50k/s"));
    r.define(QStringLiteral("import"), QStringLiteral("Import, files to store"), Unit::Ms, QStringLiteral("≤ 1.5× floor"));
    r.define(QStringLiteral("import.rate"), QStringLiteral("Import rate (papers)"), Unit::Rate);
    r.define(QStringLiteral("store.size"), QStringLiteral("Store size"), Unit::MB);
    r.define(QStringLiteral("open"), QStringLiteral("Open window, first rows painted"), Unit::Ms, QStringLiteral("< 1 s"));
    r.define(QStringLiteral("open.rss"), QStringLiteral("Peak RSS at first rows"), Unit::MB, QStringLiteral("< 150 MB"));
    r.define(QStringLiteral("open.rss.empty"), QStringLiteral("(same, empty store)"), Unit::MB);
    r.define(QStringLiteral("index"), QStringLiteral("Open to in-memory index read (background)"), Unit::Ms);
    r.define(QStringLiteral("index.rss"), QStringLiteral("RSS with the index read"), Unit::MB, QStringLiteral("< 150 MB"));
    for (const FilterCase &c : BenchScenario::filters()) {
        const bool common = c.key == QStringLiteral("search.common");
        r.define(QStringLiteral("filter.%1.list").arg(c.key), QStringLiteral("%1: list").arg(c.label), Unit::Ms,
                 common ? QStringLiteral("off the GUI thread") : kWithin50);
        r.define(QStringLiteral("filter.%1.counts").arg(c.key), QStringLiteral("%1: facet counts").arg(c.label),
                 Unit::Ms, common ? QStringLiteral("off the GUI thread") : kWithin100);
        r.define(QStringLiteral("filter.%1.charts").arg(c.key), QStringLiteral("%1: chart data").arg(c.label),
                 Unit::Ms, common ? QStringLiteral("off the GUI thread") : kWithin100);
    }
    r.define(QStringLiteral("matches"), QStringLiteral("Matches (category, years, affiliation, rare, common, prefix)"), Unit::Text);
    r.define(QStringLiteral("window.category"), QStringLiteral("Window: tick a category (list + counts + paint)"), Unit::Ms, kWithin100);
    for (const FilterCase &c : BenchScenario::filters()) {
        if (!c.key.startsWith(QLatin1String("search.")))
            continue;
        r.define(QStringLiteral("window.") + c.key, QStringLiteral("Window: %1 + Enter, results painted").arg(c.label),
                 Unit::Ms, c.key == QStringLiteral("search.common") ? QString() : kWithin50);
        r.define(QStringLiteral("window.%1.blocked").arg(c.key),
                 QStringLiteral("Window: %1, longest GUI-thread block").arg(c.label), Unit::Ms,
                 c.key == QStringLiteral("search.common") ? QStringLiteral("off the GUI thread") : QString());
    }
    QString common, rare;
    for (const FilterCase &c : BenchScenario::filters()) {
        if (c.key == QLatin1String("search.common"))
            common = c.filter.text;
        if (c.key == QLatin1String("search.rare"))
            rare = c.filter.text;
    }
    r.define(QStringLiteral("window.search.superseded"),
             QStringLiteral("Window: search '%1', then '%2' before it is in (cancelled), results painted").arg(common, rare),
             Unit::Ms, kWithin50);
    for (const SortCase &s : BenchScenario::sorts())
        r.define(s.key, s.label, Unit::Ms, kWithin50);
    for (const SortCase &s : BenchScenario::sorts())
        r.define(s.key + QStringLiteral(".first"), s.label + QStringLiteral(", first time (order not read yet)"), Unit::Ms);
    r.define(QStringLiteral("scroll.end"), QStringLiteral("Jump to the end of the list"), Unit::Ms, kWithin50);
    r.define(QStringLiteral("scroll.middle"), QStringLiteral("Jump to the middle of the list"), Unit::Ms, kWithin50);
    for (const FilterCase &c : OrganiseBench::filters()) {
        r.define(QStringLiteral("organise.%1.list").arg(c.key), QStringLiteral("%1: list").arg(c.label), Unit::Ms, kWithin50);
        r.define(QStringLiteral("organise.%1.counts").arg(c.key),
                 QStringLiteral("%1: facet and Organise panel counts").arg(c.label), Unit::Ms, kWithin100);
    }
    r.define(QStringLiteral("organise.rows"), QStringLiteral("Matches (tag, starred, collection)"), Unit::Text);
    r.define(QStringLiteral("organise.panel"), QStringLiteral("Organise panel counts (no filter)"), Unit::Ms, kWithin100);
    r.define(QStringLiteral("organise.tag10k"), QStringLiteral("Tag 10k selected papers (one undo step, list and counts refreshed)"),
             Unit::Ms, QStringLiteral("< 1 s"));
    r.define(QStringLiteral("organise.tag10k.undo"), QStringLiteral("Undo that tag"), Unit::Ms, QStringLiteral("< 1 s"));
    r.define(QStringLiteral("peak.rss"), QStringLiteral("Peak RSS after all the steps above"), Unit::MB, QStringLiteral("< 150 MB"));
    r.define(QStringLiteral("export.cli"), QStringLiteral("BibTeX export, command line (all papers)"), Unit::Rate,
             QStringLiteral("≥ 50k/s"));
    r.define(QStringLiteral("export.window"), QStringLiteral("BibTeX export, window (ids, all papers)"), Unit::Rate,
             QStringLiteral("≥ 50k/s"));
}

bool BenchRunner::run()
{
    for (int size : std::as_const(m_options.sizes)) {
        m_size = size;
        if (!runSize(size))
            return false;
        fprintf(stdout, "\n%s\n", qPrintable(m_report.markdown()));
        fflush(stdout);
    }
    return true;
}

bool BenchRunner::runSize(int size)
{
    const QDir data(m_options.dataDir);
    const QString filesDir = data.filePath(QStringLiteral("profiles-%1-seed%2").arg(size).arg(m_options.seed));
    const QString storePath = data.filePath(QStringLiteral("store-%1.sqlite").arg(size));
    const QString floorPath = data.filePath(QStringLiteral("floor-%1.sqlite").arg(size));
    QString error;
    QElapsedTimer timer;

    log(QStringLiteral("generating (or reusing) profile files in %1").arg(filesDir));
    timer.start();
    ProfileGenerator generator(size, m_options.seed);
    if (!generator.generate(filesDir, &error)) {
        log(error);
        return false;
    }
    const QStringList files = ProfileGenerator::files(filesDir);
    log(QStringLiteral("%1 files, %2 entries (%3 s)").arg(files.size()).arg(generator.entryCount()).arg(timer.elapsed() / 1000.0));
    m_report.setText(size, QStringLiteral("files"), QStringLiteral("%1 (%2)").arg(files.size()).arg(generator.entryCount()));
    if (m_options.generateOnly)
        return true;

    // Parse: the parser alone, on bytes already read.
    qint64 parseNs = 0;
    qint64 entries = 0;
    for (const QString &file : files) {
        QFile f(file);
        if (!f.open(QIODevice::ReadOnly))
            return false;
        const QByteArray bytes = f.readAll();
        timer.restart();
        const ProfileParseResult parsed = ProfileParser::parse(bytes, ProfileGenerator::savedAt().toLocalTime().date());
        parseNs += timer.nsecsElapsed();
        if (!parsed.ok) {
            log(parsed.message(file));
            return false;
        }
        entries += parsed.profile.papers.size();
    }
    m_report.set(size, QStringLiteral("parse"), double(entries) / (double(parseNs) / 1e9));
    log(QStringLiteral("parse: %1 s").arg(double(parseNs) / 1e9));

    // Import by the app (what the command line and the window's worker do), then the floor.
    const bool reuse = m_options.reuseStores && QFile::exists(storePath) && QFile::exists(floorPath);
    if (!reuse) {
        BenchUtil::removeStore(storePath);
        PaperStore store;
        if (!store.open(storePath)) {
            log(store.lastError());
            return false;
        }
        // As the command line and the window's worker import: few transactions (ImportBatch).
        const std::clock_t importCpu = std::clock();
        timer.restart();
        qint64 imported = 0;
        bool failed = false;
        {
            ImportBatch batch(store, [&](const FileImportResult &result) {
                if (!result.ok && !failed) {
                    log(result.message);
                    failed = true;
                }
                imported += result.outcome.papersAdded;
            });
            for (int i = 0; i < files.size(); ++i) {
                batch.importFile(files.at(i), files.value(i + 1));
                if (failed || (m_options.importSeconds > 0 && timer.elapsed() > m_options.importSeconds * 1000LL))
                    break;
            }
            batch.finish();
        }
        if (failed)
            return false;
        const double importMs = BenchUtil::elapsedMs(timer);
        const double importCpuS = double(std::clock() - importCpu) / CLOCKS_PER_SEC;
        const bool stopped = imported < size;
        log(QStringLiteral("import: %1 papers in %2 s (%3 s CPU)%4").arg(imported).arg(importMs / 1000).arg(importCpuS)
                .arg(stopped ? QStringLiteral(" (stopped)") : QString()));
        store.close();
        SqliteFloor floor;
        const double floorMs = floor.load(floorPath, files, &error);
        if (floorMs < 0) {
            log(QStringLiteral("floor: ") + error);
            return false;
        }
        log(QStringLiteral("floor load: %1 s (%2 s CPU)").arg(floorMs / 1000).arg(floor.loadCpuMs() / 1000));
        if (stopped) {
            // Rated on what it imported; the rest of the run uses the floor's rows.
            const double projected = importMs * size / qMax<qint64>(1, imported);
            m_report.set(size, QStringLiteral("import"), projected, floorMs);
            m_report.addNote(QStringLiteral("The import at %1 papers was stopped after %2 s (%3 papers) and its time"
                                            " projected; the store used after it is a copy of the floor's.")
                                 .arg(size).arg(m_options.importSeconds).arg(imported));
            floor.close();
            BenchUtil::removeStore(storePath);
            if (!QFile::copy(floorPath, storePath)) {
                log(QStringLiteral("cannot copy the floor store"));
                return false;
            }
        } else {
            m_report.set(size, QStringLiteral("import"), importMs, floorMs);
        }
        const double rate = imported / (importMs / 1000);
        m_report.set(size, QStringLiteral("import.rate"), rate, size / (floorMs / 1000));
    }

    // The same rows on both sides (a check of the floor), and the sizes after a checkpoint.
    qint64 bytes[2];
    const QString paths[2] = {storePath, floorPath};
    QStringList counts[2];
    for (int i = 0; i < 2; ++i) {
        SqliteFloor db;
        if (!db.open(paths[i], &error))
            return false;
        db.queryMs(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"), {}, 1);
        for (const char *table : {"papers", "authors", "paper_authors", "paper_affiliations", "profile_papers"})
            counts[i] << QStringLiteral("%1 %2").arg(QLatin1String(table))
                             .arg(db.rowCount(QStringLiteral("SELECT 1 FROM %1").arg(QLatin1String(table))));
    }
    log(QStringLiteral("rows: %1").arg(counts[0].join(QStringLiteral(", "))));
    if (counts[0] != counts[1])
        log(QStringLiteral("the floor's rows differ: %1").arg(counts[1].join(QStringLiteral(", "))));
    for (int i = 0; i < 2; ++i)
        bytes[i] = BenchUtil::storeBytes(paths[i]);
    m_report.set(size, QStringLiteral("store.size"), double(bytes[0]) / 1e6, double(bytes[1]) / 1e6);
    if (!m_options.postgresUrl.isEmpty()) {
        // A shared library of the same files, beside the SQLite store (issue 19).
        SharedBench shared(m_report, size, [this](const QString &message) { log(message); });
        if (!shared.run(m_options.postgresUrl, files, storePath, &error)) {
            log(QStringLiteral("shared library: ") + error);
            return false;
        }
    }
    if (m_options.importOnly)
        return true;

    {
        // What a user decided (issue 18), on the app's store only, after its size
        // was taken (a few MB of marks the floor does not have).
        PaperStore store;
        if (!store.open(storePath) || !OrganiseBench::setUp(store, &error)) {
            log(QStringLiteral("organise set-up: ") + (error.isEmpty() ? store.lastError() : error));
            return false;
        }
    }

    log(QStringLiteral("window probe"));
    const QMap<QString, double> app = probe(QStringLiteral("--probe-window"), storePath);
    if (app.isEmpty())
        return false;
    const QMap<QString, double> floorOpen = probe(QStringLiteral("--probe-floor"), floorPath);
    const QString emptyPath = data.filePath(QStringLiteral("store-empty.sqlite"));
    BenchUtil::removeStore(emptyPath);
    const QMap<QString, double> empty = probe(QStringLiteral("--probe-window"), emptyPath, {QStringLiteral("--open-only")});
    m_report.set(size, QStringLiteral("open"), app.value(QStringLiteral("open.ms")), floorOpen.value(QStringLiteral("open.ms")));
    m_report.set(size, QStringLiteral("open.rss"), app.value(QStringLiteral("open.rss_kb")) / 1024,
                 floorOpen.value(QStringLiteral("open.rss_kb")) / 1024);
    m_report.set(size, QStringLiteral("open.rss.empty"), empty.value(QStringLiteral("open.rss_kb")) / 1024);
    m_report.set(size, QStringLiteral("peak.rss"), app.value(QStringLiteral("peak.rss_kb")) / 1024);
    QStringList organiseRows;
    for (const FilterCase &c : OrganiseBench::filters()) {
        for (const char *part : {".list", ".counts"}) {
            const QString key = QStringLiteral("organise.") + c.key + QLatin1String(part);
            if (app.contains(key))
                m_report.set(size, key, app.value(key));
        }
        organiseRows << QString::number(qint64(app.value(QStringLiteral("organise.%1.rows").arg(c.key))));
    }
    m_report.setText(size, QStringLiteral("organise.rows"), organiseRows.join(QStringLiteral(" / ")));
    for (const char *key : {"organise.panel", "organise.tag10k", "organise.tag10k.undo"}) {
        if (app.contains(QLatin1String(key)))
            m_report.set(size, QLatin1String(key), app.value(QLatin1String(key)));
    }
    if (app.contains(QStringLiteral("index.ms"))) {
        m_report.set(size, QStringLiteral("index"), app.value(QStringLiteral("index.ms")));
        m_report.set(size, QStringLiteral("index.rss"), app.value(QStringLiteral("index.rss_kb")) / 1024);
    }
    floorQueries(size, floorPath, app);
    exportFigures(size, storePath, floorPath);
    return true;
}

QMap<QString, double> BenchRunner::probe(const QString &mode, const QString &storePath, const QStringList &extra)
{
    QProcess child;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    child.setProcessEnvironment(env);
    child.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    child.start(QCoreApplication::applicationFilePath(), QStringList{mode, storePath} + extra);
    QMap<QString, double> values;
    if (!child.waitForFinished(60 * 60 * 1000) || child.exitCode() != 0) {
        log(QStringLiteral("%1 failed (exit %2)").arg(mode).arg(child.exitCode()));
        return values;
    }
    for (const QByteArray &line : child.readAllStandardOutput().split('\n')) {
        const QList<QByteArray> parts = line.split('\t');
        if (parts.size() == 2)
            values.insert(QString::fromUtf8(parts.at(0)), parts.at(1).toDouble());
    }
    return values;
}

void BenchRunner::floorQueries(int size, const QString &floorPath, const QMap<QString, double> &app)
{
    SqliteFloor floor;
    QString error;
    if (!floor.open(floorPath, &error))
        return;
    const QString columns = BenchScenario::floorColumns();
    QStringList matches;
    const auto listFloor = [&](const QVector<FloorCondition> &conditions, const QString &orderBy) {
        QVariantList values;
        QString where = BenchScenario::floorWhere(conditions, -2, &values);
        where = where.isEmpty() ? QString() : QStringLiteral(" WHERE ") + where;
        return floor.queryMs(QStringLiteral("SELECT COUNT(*) FROM papers%1").arg(where), values)
            + floor.queryMs(QStringLiteral("SELECT %1 FROM papers%2 ORDER BY %3 LIMIT 50").arg(columns, where, orderBy), values);
    };
    QMap<QString, double> listFloors, countFloors, chartFloors;
    for (const FilterCase &c : BenchScenario::filters()) {
        const double list = listFloor(c.floor, QStringLiteral("date DESC, id DESC"));
        double counts = 0;
        for (Facet facet : {Facet::Category, Facet::Year, Facet::Affiliation, Facet::Profile}) {
            QVariantList values;
            const QString sql = BenchScenario::floorFacetSql(facet, c.floor, &values);
            counts += floor.queryMs(sql, values);
        }
        listFloors.insert(c.key, list);
        countFloors.insert(c.key, counts);
        QVariantList chartValues;
        QString chartWhere = BenchScenario::floorWhere(c.floor, int(Facet::Year), &chartValues);
        chartWhere = chartWhere.isEmpty() ? QString() : QStringLiteral(" AND ") + chartWhere;
        const double chart = floor.queryMs(QStringLiteral("SELECT year, category, COUNT(*) FROM papers"
                                                          " WHERE year IS NOT NULL%1 GROUP BY year, category").arg(chartWhere),
                                           chartValues);
        chartFloors.insert(c.key, chart);
        if (app.contains(QStringLiteral("filter.%1.charts").arg(c.key)))
            m_report.set(size, QStringLiteral("filter.%1.charts").arg(c.key), app.value(QStringLiteral("filter.%1.charts").arg(c.key)), chart);
        const QString key = QStringLiteral("filter.") + c.key;
        m_report.set(size, key + QStringLiteral(".list"), app.value(key + QStringLiteral(".list")), list);
        m_report.set(size, key + QStringLiteral(".counts"), app.value(key + QStringLiteral(".counts")), counts);
        matches << QString::number(qint64(app.value(key + QStringLiteral(".rows"))));
        if (c.key.startsWith(QLatin1String("search."))) {
            m_report.set(size, QStringLiteral("window.") + c.key, app.value(QStringLiteral("window.") + c.key),
                         list + counts + chart);
            if (app.contains(QStringLiteral("window.%1.blocked").arg(c.key)))
                m_report.set(size, QStringLiteral("window.%1.blocked").arg(c.key),
                             app.value(QStringLiteral("window.%1.blocked").arg(c.key)));
        }
    }
    m_report.setText(size, QStringLiteral("matches"), matches.join(QStringLiteral(" / ")));
    if (app.contains(QStringLiteral("window.search.superseded"))) {
        m_report.set(size, QStringLiteral("window.search.superseded"), app.value(QStringLiteral("window.search.superseded")));
        if (app.value(QStringLiteral("window.search.superseded.shown")) > 0)
            m_report.addNote(QStringLiteral("At %1 papers the cancelled search's results reached the list.").arg(size));
    }
    m_report.set(size, QStringLiteral("window.category"), app.value(QStringLiteral("window.category")),
                 listFloors.value(QStringLiteral("category")) + countFloors.value(QStringLiteral("category"))
                     + chartFloors.value(QStringLiteral("category")));
    for (const SortCase &s : BenchScenario::sorts()) {
        const double sortFloor = listFloor(s.floor, s.floorOrderBy);
        m_report.set(size, s.key, app.value(s.key + QStringLiteral(".list")), sortFloor);
        if (app.contains(s.key + QStringLiteral(".first")))
            m_report.set(size, s.key + QStringLiteral(".first"), app.value(s.key + QStringLiteral(".first")), sortFloor);
    }
    // The floor reads the last rows backwards, as a plain client would.
    const double end = listFloor({}, QStringLiteral("date, id"));
    m_report.set(size, QStringLiteral("scroll.end"), app.value(QStringLiteral("scroll.end")), end);
    m_report.set(size, QStringLiteral("scroll.middle"), app.value(QStringLiteral("scroll.middle")),
                 floor.queryMs(QStringLiteral("SELECT %1 FROM papers ORDER BY date DESC, id DESC LIMIT 50 OFFSET %2")
                                   .arg(columns).arg(size / 2)));
}

void BenchRunner::exportFigures(int size, const QString &storePath, const QString &floorPath)
{
    PaperStore store;
    if (!store.open(storePath))
        return;
    SqliteFloor floor;
    QString error;
    if (!floor.open(floorPath, &error))
        return;
    const double floorMs = floor.queryMs(QStringLiteral("SELECT %1 FROM papers ORDER BY date, id")
                                             .arg(BenchScenario::floorColumns()), {}, 1);
    const double floorRate = size / (floorMs / 1000);
    for (const bool byIds : {false, true}) {
        QFile sink(QStringLiteral("/dev/null"));
        if (!sink.open(QIODevice::WriteOnly))
            return;
        BibtexExport exporter(store, BibtexWriter::NonAscii::KeepUtf8);
        std::atomic<bool> stop{false};
        QElapsedTimer timer;
        timer.start();
        exporter.setCancelFlag(&stop);
        exporter.setProgress([&](int, int) { stop = timer.elapsed() > m_options.exportSeconds * 1000; });
        if (byIds)
            exporter.writeIds(&sink, store.paperIds(PaperFilter(), PaperSort::Date, Qt::AscendingOrder));
        else
            exporter.writeFiltered(&sink, PaperFilter());
        const double seconds = BenchUtil::elapsedMs(timer) / 1000;
        const QString key = byIds ? QStringLiteral("export.window") : QStringLiteral("export.cli");
        m_report.set(size, key, exporter.written() / seconds, floorRate);
        log(QStringLiteral("%1: %2 entries in %3 s%4").arg(key).arg(exporter.written()).arg(seconds)
                .arg(stop ? QStringLiteral(" (stopped)") : QString()));
        if (stop)
            m_report.addNote(QStringLiteral("%1 at %2 papers was stopped after %3 s and rated on the %4 entries it wrote.")
                                 .arg(key).arg(size).arg(m_options.exportSeconds).arg(exporter.written()));
    }
}
