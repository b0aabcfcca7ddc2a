#pragma once
// Runs the benchmark for each store size: generates (or reuses) the
// profile files, times parsing, the app's import and the plain-SQLite
// floor, measures the stores, runs the window probe in a child process,
// runs the floor's plain queries, and times BibTeX export. Fills a
// BenchReport; progress goes to stderr.

#include "benchreport.h"

#include <QMap>
#include <QString>
#include <QVector>

struct BenchOptions
{
    QVector<int> sizes{10000, 100000, 1000000};
    quint64 seed = 20251215;
    QString dataDir = QStringLiteral("/tmp/paperscope-bench");
    bool reuseStores = false;     // skip the imports when the stores are already there
    int exportSeconds = 120;      // an export running longer is stopped and rated on what it wrote
    int importSeconds = 0;        // > 0: stop the app's import after this long (the store then
                                  // becomes a copy of the floor's, which holds the same rows)
    bool generateOnly = false;    // only write the profile files
    bool importOnly = false;      // stop after the import, the floor and their rows check
    QString postgresUrl;          // a server to import into and query too (SharedBench), or none
};

class BenchRunner
{
public:
    explicit BenchRunner(const BenchOptions &options);
    bool run();
    const BenchReport &report() const { return m_report; }

    static QString machine();

private:
    bool runSize(int size);
    void defineRows();
    QMap<QString, double> probe(const QString &mode, const QString &storePath, const QStringList &extra = {});
    void floorQueries(int size, const QString &floorPath, const QMap<QString, double> &app);
    void exportFigures(int size, const QString &storePath, const QString &floorPath);
    void log(const QString &message) const;

    BenchOptions m_options;
    BenchReport m_report;
    int m_size = 0;
};
