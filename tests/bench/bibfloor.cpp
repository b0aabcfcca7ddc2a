#include "bibfloor.h"

#include "benchutil.h"
#include "paperstore.h"
#include "sqlitefloor.h"

#include <QElapsedTimer>
#include <QVector>

#include <sqlite3.h>

#include <ctime>

namespace {

// One value as SQLite gave it.
struct Value
{
    int type = SQLITE_NULL;
    qint64 integer = 0;
    double real = 0;
    QByteArray bytes;
};

struct Db
{
    sqlite3 *db = nullptr;
    ~Db() { sqlite3_close(db); }
    bool exec(const QByteArray &sql, QString *error)
    {
        char *message = nullptr;
        if (sqlite3_exec(db, sql.constData(), nullptr, nullptr, &message) == SQLITE_OK)
            return true;
        *error = QStringLiteral("%1: %2").arg(QString::fromUtf8(sql), QString::fromUtf8(message));
        sqlite3_free(message);
        return false;
    }
    QVector<QVector<Value>> rows(const QByteArray &sql)
    {
        QVector<QVector<Value>> out;
        sqlite3_stmt *stmt = nullptr;
        if (sqlite3_prepare_v2(db, sql.constData(), -1, &stmt, nullptr) != SQLITE_OK)
            return out;
        const int columns = sqlite3_column_count(stmt);
        while (sqlite3_step(stmt) == SQLITE_ROW) {
            QVector<Value> row(columns);
            for (int c = 0; c < columns; ++c) {
                Value &v = row[c];
                v.type = sqlite3_column_type(stmt, c);
                if (v.type == SQLITE_INTEGER)
                    v.integer = sqlite3_column_int64(stmt, c);
                else if (v.type == SQLITE_FLOAT)
                    v.real = sqlite3_column_double(stmt, c);
                else if (v.type != SQLITE_NULL)
                    v.bytes = QByteArray(static_cast<const char *>(sqlite3_column_blob(stmt, c)),
                                         sqlite3_column_bytes(stmt, c));
            }
            out.append(std::move(row));
        }
        sqlite3_finalize(stmt);
        return out;
    }
};

bool openDb(Db *db, const QString &path, int flags, QString *error)
{
    if (sqlite3_open_v2(path.toUtf8().constData(), &db->db, flags, nullptr) == SQLITE_OK)
        return true;
    *error = QStringLiteral("cannot open %1").arg(path);
    return false;
}

} // namespace

namespace BibFloor {

double load(const QString &appStore, const QString &floorPath, qint64 *rows, QString *error, bool storeJournal,
            double *cpuMs)
{
    *rows = 0;
    BenchUtil::removeStore(floorPath);
    {
        PaperStore schema; // the store's own schema, whatever its version
        if (!schema.open(floorPath)) {
            *error = schema.lastError();
            return -1;
        }
    }
    Db from, to;
    if (!openDb(&from, appStore, SQLITE_OPEN_READONLY, error) || !openDb(&to, floorPath, SQLITE_OPEN_READWRITE, error))
        return -1;
    for (const QString &pragma : SqliteFloor::pragmas()) {
        if (!to.exec(pragma.toUtf8(), error))
            return -1;
    }
    // As SqliteFloor::load: the default rollback journal and the imports' page cache.
    if ((!storeJournal && !to.exec("PRAGMA journal_mode = DELETE", error)) || !to.exec("PRAGMA cache_size = -65536", error))
        return -1;
    // PAPERSCOPE_BIBFLOOR_PRAGMAS="PRAGMA a = b; ...": the floor under other
    // settings (the app's WAL journal or page cache, say), to see what they cost.
    const QByteArray extra = qgetenv("PAPERSCOPE_BIBFLOOR_PRAGMAS");
    if (!extra.isEmpty() && !to.exec(extra, error))
        return -1;
    const QVector<QVector<Value>> trigger =
        to.rows("SELECT sql FROM sqlite_master WHERE type = 'trigger' AND name = 'papers_fts_insert'");
    if (trigger.isEmpty()) {
        *error = QStringLiteral("the store has no papers_fts_insert trigger");
        return -1;
    }
    const QByteArray ftsTrigger = trigger.first().first().bytes;
    // The tables the import fills, in the order they were created (a table
    // is made after those it refers to); not the full-text index's, and not
    // those the schema itself fills.
    QVector<QByteArray> tables;
    for (const QVector<Value> &t : to.rows("SELECT name FROM sqlite_master WHERE type = 'table' AND sql NOT LIKE"
                                           " 'CREATE VIRTUAL%' AND name NOT LIKE 'sqlite%' AND name NOT LIKE"
                                           " 'papers_fts%' ORDER BY rowid")) {
        if (to.rows("SELECT 1 FROM \"" + t.first().bytes + "\" LIMIT 1").isEmpty())
            tables << t.first().bytes;
    }

    QElapsedTimer timer;
    qint64 ns = 0;
    std::clock_t cpu = 0, cpuStart = std::clock();
    timer.start();
    if (!to.exec("BEGIN", error) || !to.exec("DROP TRIGGER papers_fts_insert", error))
        return -1;
    ns += timer.nsecsElapsed();
    cpu += std::clock() - cpuStart;
    for (const QByteArray &table : std::as_const(tables)) {
        const QVector<QVector<Value>> data = from.rows("SELECT * FROM \"" + table + "\""); // untimed
        if (data.isEmpty())
            continue;
        QByteArray marks("?");
        for (int c = 1; c < data.first().size(); ++c)
            marks += ",?";
        timer.restart();
        cpuStart = std::clock();
        sqlite3_stmt *insert = nullptr;
        const QByteArray sql = "INSERT INTO \"" + table + "\" VALUES (" + marks + ")";
        if (sqlite3_prepare_v2(to.db, sql.constData(), -1, &insert, nullptr) != SQLITE_OK) {
            *error = QString::fromUtf8(sqlite3_errmsg(to.db));
            return -1;
        }
        bool ok = true;
        for (const QVector<Value> &row : data) {
            for (int c = 0; c < row.size(); ++c) {
                const Value &v = row.at(c);
                if (v.type == SQLITE_INTEGER)
                    sqlite3_bind_int64(insert, c + 1, v.integer);
                else if (v.type == SQLITE_FLOAT)
                    sqlite3_bind_double(insert, c + 1, v.real);
                else if (v.type == SQLITE_TEXT)
                    sqlite3_bind_text(insert, c + 1, v.bytes.constData(), int(v.bytes.size()), SQLITE_STATIC);
                else if (v.type == SQLITE_BLOB)
                    sqlite3_bind_blob(insert, c + 1, v.bytes.constData(), int(v.bytes.size()), SQLITE_STATIC);
                else
                    sqlite3_bind_null(insert, c + 1);
            }
            ok = sqlite3_step(insert) == SQLITE_DONE;
            sqlite3_reset(insert);
            if (!ok)
                break;
        }
        if (!ok)
            *error = QStringLiteral("%1: %2").arg(QString::fromUtf8(table), QString::fromUtf8(sqlite3_errmsg(to.db)));
        sqlite3_finalize(insert);
        ns += timer.nsecsElapsed();
        cpu += std::clock() - cpuStart;
        if (!ok)
            return -1;
        *rows += data.size();
    }
    timer.restart();
    cpuStart = std::clock();
    if (!to.exec("INSERT INTO papers_fts(papers_fts) VALUES ('rebuild')", error) || !to.exec(ftsTrigger, error)
        || !to.exec("COMMIT", error))
        return -1;
    ns += timer.nsecsElapsed();
    cpu += std::clock() - cpuStart;
    if (cpuMs)
        *cpuMs = double(cpu) * 1000 / CLOCKS_PER_SEC;
    return double(ns) / 1e6;
}

} // namespace BibFloor
