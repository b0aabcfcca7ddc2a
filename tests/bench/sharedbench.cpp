#include "sharedbench.h"

#include "benchutil.h"
#include "benchvocabulary.h"
#include "importbatch.h"
#include "paperstore.h"
#include "pgconnection.h"
#include "pgpaperstore.h"
#include "storelocation.h"

#include <QCryptographicHash>
#include <QElapsedTimer>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

#include <cstring>

using Unit = BenchReport::Unit;

namespace {
const char *const backends[] = {"pg", "sqlite"};
const QString kFirstRows = QStringLiteral("< 1 s");
const QString kWithin100 = QStringLiteral("< 100 ms");
constexpr int pageRows = 100;

struct Search
{
    const char *key;
    QString term;
};
QVector<Search> searches()
{
    return {{"rare", BenchVocabulary::rareTerm()}, {"common", BenchVocabulary::commonTerm()},
            {"prefix", BenchVocabulary::prefixTerm()}};
}

PaperFilter categoryYears()
{
    PaperFilter f;
    f.categories = QStringList{BenchVocabulary::categories().first()};
    f.yearFrom = 2019;
    f.yearTo = 2021;
    return f;
}

QString label(const char *backend, const QString &what)
{
    return QStringLiteral("%1: %2").arg(strcmp(backend, "pg") == 0 ? QStringLiteral("Shared (PostgreSQL)")
                                                                    : QStringLiteral("Local (SQLite)"),
                                        what);
}
} // namespace

void SharedBench::defineRows(BenchReport &r)
{
    r.define(QStringLiteral("shared.import"), label("pg", QStringLiteral("import, files to library")), Unit::Ms);
    r.define(QStringLiteral("shared.import.rate"), label("pg", QStringLiteral("import rate (papers)")), Unit::Rate,
             QStringLiteral("≥ 20k/s"));
    r.define(QStringLiteral("shared.rows"), label("pg", QStringLiteral("rows as in the SQLite store")), Unit::Text);
    for (const char *b : backends)
        r.define(QStringLiteral("shared.open.%1").arg(QLatin1String(b)),
                 label(b, QStringLiteral("open, count and first %1 rows (date order)").arg(pageRows)), Unit::Ms,
                 kFirstRows);
    const QString filter = QStringLiteral("category %1, years 2019-2021").arg(BenchVocabulary::categories().first());
    for (const char *b : backends) {
        r.define(QStringLiteral("shared.filter.%1").arg(QLatin1String(b)),
                 label(b, QStringLiteral("%1: count and first rows").arg(filter)), Unit::Ms, kWithin100);
        r.define(QStringLiteral("shared.counts.%1").arg(QLatin1String(b)),
                 label(b, QStringLiteral("%1: facet counts (6 facets)").arg(filter)), Unit::Ms, kWithin100);
        r.define(QStringLiteral("shared.charts.%1").arg(QLatin1String(b)),
                 label(b, QStringLiteral("%1: chart data").arg(filter)), Unit::Ms, kWithin100);
    }
    for (const Search &s : searches()) {
        for (const char *b : backends)
            r.define(QStringLiteral("shared.search.%1.%2").arg(QLatin1String(s.key), QLatin1String(b)),
                     label(b, QStringLiteral("search %1 '%2': count and first rows").arg(QLatin1String(s.key), s.term)),
                     Unit::Ms, kWithin100);
    }
}

bool SharedBench::run(const QString &url, const QStringList &files, const QString &sqlitePath, QString *error)
{
    QString location;
    if (!createDatabase(url, &location, error) || !import(location, files, error))
        return false;
    const QStringList counts = rows(location, sqlitePath, error);
    if (counts.isEmpty())
        return false;
    m_report.setText(m_size, QStringLiteral("shared.rows"), counts.join(QStringLiteral(", ")));
    PgPaperStore pg;
    measure(pg, QStringLiteral("pg"), [&] { return pg.open(location); });
    PaperStore sqlite;
    measure(sqlite, QStringLiteral("sqlite"), [&] { return sqlite.open(sqlitePath); });
    return true;
}

// A new database paperscope_bench_SIZE beside url's (dropped first when there).
bool SharedBench::createDatabase(const QString &url, QString *location, QString *error)
{
    StoreLocation server;
    if (!StoreLocation::parse(url, &server, error) || !server.isShared()) {
        *error = QStringLiteral("not a PostgreSQL URL: %1").arg(url);
        return false;
    }
    const QString name = QStringLiteral("paperscope_bench_%1").arg(m_size);
    const QString connection = QStringLiteral("bench-admin");
    bool ok = PgConnection::open(server, connection, QString(), error);
    if (ok) {
        QSqlDatabase db = QSqlDatabase::database(connection);
        QSqlQuery q(db);
        // The name is the benchmark's own, not a value from outside.
        ok = q.exec(QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)").arg(name))
             && q.exec(QStringLiteral("CREATE DATABASE %1").arg(name));
        if (!ok)
            *error = q.lastError().text();
        q.finish();
        db.close();
    }
    QSqlDatabase::removeDatabase(connection);
    server.database = name;
    *location = server.toString();
    return ok;
}

bool SharedBench::import(const QString &location, const QStringList &files, QString *error)
{
    PgPaperStore store;
    if (!store.open(location)) {
        *error = store.lastError();
        return false;
    }
    QElapsedTimer timer;
    timer.start();
    qint64 imported = 0;
    bool failed = false;
    {
        ImportBatch batch(store, [&](const FileImportResult &result) {
            if (!result.ok && !failed) {
                *error = result.message;
                failed = true;
            }
            imported += result.outcome.papersAdded;
        });
        for (const QString &file : files) {
            batch.importFile(file);
            if (failed)
                break;
        }
        batch.finish();
    }
    if (failed)
        return false;
    const double ms = BenchUtil::elapsedMs(timer);
    m_log(QStringLiteral("shared import: %1 papers in %2 s").arg(imported).arg(ms / 1000));
    m_report.set(m_size, QStringLiteral("shared.import"), ms);
    m_report.set(m_size, QStringLiteral("shared.import.rate"), imported / (ms / 1000));
    return true;
}

// "same" (or what differs): the tables' row counts and a digest of every
// paper's title, key, year, category, code flag, authors and affiliations.
QStringList SharedBench::rows(const QString &location, const QString &sqlitePath, QString *error)
{
    StoreLocation pgLocation;
    StoreLocation::parse(location, &pgLocation, error);
    const QString names[2] = {QStringLiteral("bench-check-pg"), QStringLiteral("bench-check-sqlite")};
    if (!PgConnection::open(pgLocation, names[0], QString(), error))
        return {};
    {
        QSqlDatabase sqlite = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), names[1]);
        sqlite.setDatabaseName(sqlitePath);
        sqlite.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        sqlite.open();
    }
    QStringList found[2];
    for (int i = 0; i < 2; ++i) {
        QSqlDatabase db = QSqlDatabase::database(names[i]);
        QSqlQuery q(db);
        q.setForwardOnly(true);
        if (i == 0) {
            // What autovacuum does within a minute of a bulk import: statistics,
            // and the visibility map that lets counts read indexes only.
            for (const char *table : {"papers", "authors", "paper_authors", "affiliations", "paper_affiliations",
                                      "profile_papers", "profiles"})
                q.exec(QStringLiteral("VACUUM (ANALYZE) %1").arg(QLatin1String(table)));
            q.exec(QStringLiteral("SELECT current_setting('server_version'), current_setting('fsync'),"
                                  " current_setting('synchronous_commit'), current_setting('shared_buffers')"));
            if (q.next())
                m_report.addNote(QStringLiteral("Shared library at %1 papers: PostgreSQL %2 on this machine over TCP"
                                                " (fsync %3, synchronous_commit %4, shared_buffers %5), VACUUM (ANALYZE)"
                                                " after the import as autovacuum does; query figures are medians of 5 runs through the"
                                                " store interface, the same calls on both backends.")
                                     .arg(m_size).arg(q.value(0).toString().section(QLatin1Char(' '), 0, 0),
                                                      q.value(1).toString(), q.value(2).toString(), q.value(3).toString()));
        }
        for (const char *table : {"papers", "authors", "paper_authors", "affiliations", "paper_affiliations",
                                  "profile_papers", "profiles"}) {
            q.exec(QStringLiteral("SELECT count(*) FROM %1").arg(QLatin1String(table)));
            found[i] << QStringLiteral("%1 %2").arg(QLatin1String(table)).arg(q.next() ? q.value(0).toLongLong() : -1);
        }
        QStringList papers;
        q.exec(QStringLiteral("SELECT norm_title, citation_key, year, category, has_code, authors_text,"
                              " affiliations_text FROM papers"));
        while (q.next()) {
            QStringList fields;
            for (int c = 0; c < 7; ++c)
                fields << q.value(c).toString();
            papers << fields.join(QLatin1Char('\t'));
        }
        papers.sort();
        found[i] << QStringLiteral("digest %1").arg(QString::fromLatin1(
                        QCryptographicHash::hash(papers.join(QLatin1Char('\n')).toUtf8(), QCryptographicHash::Sha1)
                            .toHex().left(12)));
        q.finish();
        db.close();
    }
    for (const QString &name : names)
        QSqlDatabase::removeDatabase(name);
    m_log(QStringLiteral("shared rows: %1").arg(found[0].join(QStringLiteral(", "))));
    if (found[0] == found[1])
        return {QStringLiteral("same")};
    m_log(QStringLiteral("the SQLite store's rows: %1").arg(found[1].join(QStringLiteral(", "))));
    QStringList differ;
    for (int i = 0; i < found[0].size(); ++i) {
        if (found[0].at(i) != found[1].at(i))
            differ << QStringLiteral("%1 (SQLite %2)").arg(found[0].at(i), found[1].at(i).section(QLatin1Char(' '), 1));
    }
    return {QStringLiteral("differ: ") + differ.join(QStringLiteral(", "))};
}

// Medians of 5 runs; the store stays open between them (warm, as in a
// session) except for the first rows, which open it each time.
void SharedBench::measure(AbstractPaperStore &store, const QString &backend, const std::function<bool()> &reopen)
{
    const auto key = [&](const QString &what) { return QStringLiteral("shared.%1.%2").arg(what, backend); };
    const auto firstPage = [&store](const PaperFilter &f) {
        store.paperCount(f);
        store.papers(f, PaperSort::Date, Qt::DescendingOrder, 0, pageRows);
    };
    m_report.set(m_size, key(QStringLiteral("open")),
                 BenchUtil::medianMs([&] { store.close(); }, [&] { reopen() ? firstPage(PaperFilter()) : void(); }, 5));
    if (!store.isOpen() && !reopen()) {
        m_log(QStringLiteral("%1: cannot open: %2").arg(backend, store.lastError()));
        return;
    }
    const PaperFilter filter = categoryYears();
    m_report.set(m_size, key(QStringLiteral("filter")), BenchUtil::medianMs({}, [&] { firstPage(filter); }, 5));
    m_report.set(m_size, key(QStringLiteral("counts")), BenchUtil::medianMs({}, [&] {
        for (Facet f : {Facet::Category, Facet::Year, Facet::Affiliation, Facet::Profile})
            store.facetCounts(f, filter, true);
        for (BibFacet f : {BibFacet::EntryType, BibFacet::Venue})
            store.bibFacetCounts(f, filter, true);
    }, 5));
    PaperFilter withoutYears = filter;
    withoutYears.yearFrom = withoutYears.yearTo = 0;
    m_report.set(m_size, key(QStringLiteral("charts")),
                 BenchUtil::medianMs({}, [&] { store.yearCategoryCounts(withoutYears); }, 5));
    for (const Search &s : searches()) {
        PaperFilter f;
        f.text = s.term;
        m_report.set(m_size, key(QStringLiteral("search.") + QLatin1String(s.key)),
                     BenchUtil::medianMs({}, [&] { firstPage(f); }, 5));
    }
    store.close();
}
