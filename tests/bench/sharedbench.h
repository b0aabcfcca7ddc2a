#pragma once
// The benchmark's shared-library figures (issue 19): the same profile
// files imported into a new database on a PostgreSQL server (the app's
// import: ImportBatch over PgPaperStore), its rows checked against the
// SQLite store's, then the same store calls timed on both backends: open
// with the first page of rows and the count, a filter (category and years)
// with its facet counts and chart data, and searches (first page and
// count). Printed as rows of the benchmark's table, PostgreSQL beside SQLite.

#include "benchreport.h"

#include <QString>
#include <QStringList>

#include <functional>

class AbstractPaperStore;

class SharedBench
{
public:
    using Log = std::function<void(const QString &)>;

    SharedBench(BenchReport &report, int size, Log log) : m_report(report), m_size(size), m_log(std::move(log)) {}

    static void defineRows(BenchReport &report);
    // url: a server's maintenance database the role may create databases from
    // (packaging/with-test-postgres.sh's PAPERSCOPE_TEST_POSTGRES).
    bool run(const QString &url, const QStringList &files, const QString &sqlitePath, QString *error);

private:
    bool createDatabase(const QString &url, QString *location, QString *error);
    bool import(const QString &location, const QStringList &files, QString *error);
    QStringList rows(const QString &location, const QString &sqlitePath, QString *error);
    void measure(AbstractPaperStore &store, const QString &backend, const std::function<bool()> &reopen);

    BenchReport &m_report;
    int m_size = 0;
    Log m_log;
};
