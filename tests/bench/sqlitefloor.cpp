#include "sqlitefloor.h"

#include "benchutil.h"
#include "floorrows.h"
#include "paperstore.h"
#include "profilegenerator.h"
#include "profileparser.h"

#include <QElapsedTimer>
#include <QFile>

#include <sqlite3.h>

#include <algorithm>
#include <ctime>

namespace {

// A prepared statement with raw binds; reset after every step.
class Statement
{
public:
    Statement(sqlite3 *db, const char *sql) : m_db(db) { sqlite3_prepare_v2(db, sql, -1, &m_stmt, nullptr); }
    ~Statement() { sqlite3_finalize(m_stmt); }
    bool ok() const { return m_stmt != nullptr; }
    Statement &bind(int i, qint64 v) { sqlite3_bind_int64(m_stmt, i, v); return *this; }
    Statement &bind(int i, const QByteArray &v)
    {
        sqlite3_bind_text(m_stmt, i, v.constData(), int(v.size()), SQLITE_STATIC);
        return *this;
    }
    Statement &bindOrNull(int i, const QByteArray &v)
    {
        return v.isEmpty() ? (sqlite3_bind_null(m_stmt, i), *this) : bind(i, v);
    }
    Statement &bindOrNull(int i, int v) { return v < 0 ? (sqlite3_bind_null(m_stmt, i), *this) : bind(i, qint64(v)); }
    bool run(QString *error)
    {
        const int rc = sqlite3_step(m_stmt);
        sqlite3_reset(m_stmt);
        if (rc == SQLITE_DONE)
            return true;
        *error = QString::fromUtf8(sqlite3_errmsg(m_db));
        return false;
    }

private:
    sqlite3 *m_db;
    sqlite3_stmt *m_stmt = nullptr;
};

} // namespace

SqliteFloor::~SqliteFloor()
{
    close();
}

void SqliteFloor::close()
{
    if (m_db)
        sqlite3_close(m_db);
    m_db = nullptr;
}

QStringList SqliteFloor::pragmas()
{
    return {QStringLiteral("PRAGMA foreign_keys = ON"), QStringLiteral("PRAGMA synchronous = NORMAL"),
            QStringLiteral("PRAGMA temp_store = MEMORY"), QStringLiteral("PRAGMA cache_size = -32000"),
            QStringLiteral("PRAGMA journal_mode = WAL")};
}

bool SqliteFloor::exec(const char *sql, QString *error)
{
    char *message = nullptr;
    if (sqlite3_exec(m_db, sql, nullptr, nullptr, &message) == SQLITE_OK)
        return true;
    *error = QString::fromUtf8(message);
    sqlite3_free(message);
    return false;
}

bool SqliteFloor::open(const QString &path, QString *error)
{
    close();
    if (sqlite3_open_v2(path.toUtf8().constData(), &m_db, SQLITE_OPEN_READWRITE, nullptr) != SQLITE_OK) {
        *error = QStringLiteral("cannot open %1").arg(path);
        return false;
    }
    for (const QString &pragma : pragmas()) {
        if (!exec(pragma.toUtf8().constData(), error))
            return false;
    }
    return true;
}

double SqliteFloor::load(const QString &path, const QStringList &files, QString *error)
{
    BenchUtil::removeStore(path);
    {
        PaperStore schema; // the store's own schema, whatever its version
        if (!schema.open(path)) {
            *error = schema.lastError();
            return -1;
        }
    }
    if (!open(path, error))
        return -1;
    // A plain bulk load: SQLite's default rollback journal (one huge
    // transaction in WAL mode appends every spilled page to the WAL again
    // and again) and the cache the app's imports use.
    if (!exec("PRAGMA journal_mode = DELETE", error) || !exec("PRAGMA cache_size = -65536", error))
        return -1;
    // The full-text index is built once at the end (as a bulk load would),
    // not by the store's insert trigger row by row; the trigger is put back
    // in the same transaction. Its SQL is the store's own.
    QByteArray ftsTrigger;
    {
        sqlite3_stmt *stmt = nullptr;
        if (sqlite3_prepare_v2(m_db, "SELECT sql FROM sqlite_master WHERE type = 'trigger' AND name = 'papers_fts_insert'",
                               -1, &stmt, nullptr) == SQLITE_OK && sqlite3_step(stmt) == SQLITE_ROW)
            ftsTrigger = reinterpret_cast<const char *>(sqlite3_column_text(stmt, 0));
        sqlite3_finalize(stmt);
    }
    if (ftsTrigger.isEmpty()) {
        *error = QStringLiteral("the store has no papers_fts_insert trigger");
        return -1;
    }
    if (!exec("DROP TRIGGER papers_fts_insert", error))
        return -1;
    Statement profile(m_db, "INSERT INTO profiles (id, name, primary_category, h_index, paper_count, citations,"
                            " novelty, ai_score, source_file, saved_at, imported_at) VALUES (?,?,?,?,?,?,?,?,?,?,?)");
    Statement author(m_db, "INSERT INTO authors (id, name) VALUES (?,?)");
    Statement affiliation(m_db, "INSERT INTO affiliations (id, slug) VALUES (?,?)");
    Statement paper(m_db, "INSERT INTO papers (id, title, norm_title, date, year, category, has_code, abstract,"
                          " citation_key, authors_truncated, first_author, authors_text, affiliations_text)"
                          " VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?)");
    Statement paperAuthor(m_db, "INSERT INTO paper_authors (paper_id, position, author_id) VALUES (?,?,?)");
    Statement paperAffiliation(m_db, "INSERT INTO paper_affiliations (paper_id, affiliation_id) VALUES (?,?)");
    Statement affText(m_db, "UPDATE papers SET affiliations_text = ? WHERE id = ?");
    Statement code(m_db, "UPDATE papers SET has_code = 1 WHERE id = ?");
    Statement link(m_db, "INSERT INTO profile_papers (profile_id, paper_id) VALUES (?,?)");
    for (const Statement *s : {&profile, &author, &affiliation, &paper, &paperAuthor, &paperAffiliation, &affText, &code, &link}) {
        if (!s->ok()) {
            *error = QString::fromUtf8(sqlite3_errmsg(m_db));
            return -1;
        }
    }

    FloorRows rows;
    QElapsedTimer timer;
    qint64 sqliteNs = 0;
    std::clock_t cpu = 0;
    std::clock_t cpuStart = std::clock();
    timer.start();
    if (!exec("BEGIN", error))
        return -1;
    sqliteNs += timer.nsecsElapsed();
    cpu += std::clock() - cpuStart;
    for (const QString &file : files) {
        // Untimed: read, parse and turn into rows.
        QFile f(file);
        if (!f.open(QIODevice::ReadOnly)) {
            *error = QStringLiteral("cannot read %1").arg(file);
            return -1;
        }
        ProfileParseResult parsed = ProfileParser::parse(f.readAll(), ProfileGenerator::savedAt().toLocalTime().date());
        if (!parsed.ok) {
            *error = parsed.message(file);
            return -1;
        }
        parsed.profile.sourceFile = file;
        parsed.profile.savedAt = ProfileGenerator::savedAt();
        const FloorBatch b = rows.rowsFor(parsed.profile);

        timer.restart();
        cpuStart = std::clock();
        bool ok = true;
        if (b.newProfile) {
            const FloorBatch::Profile &p = b.profile;
            ok = profile.bind(1, p.id).bind(2, p.name).bind(3, p.primaryCategory).bind(4, qint64(p.hIndex))
                     .bind(5, qint64(p.paperCount)).bind(6, qint64(p.citations)).bindOrNull(7, p.novelty)
                     .bindOrNull(8, p.aiScore).bind(9, p.sourceFile).bindOrNull(10, p.savedAt).bind(11, p.importedAt)
                     .run(error);
        }
        for (const auto &a : b.authors)
            ok = ok && author.bind(1, a.first).bind(2, a.second).run(error);
        for (const auto &a : b.affiliations)
            ok = ok && affiliation.bind(1, a.first).bind(2, a.second).run(error);
        for (const FloorBatch::Paper &p : b.papers) {
            ok = ok && paper.bind(1, p.id).bind(2, p.title).bind(3, p.norm).bindOrNull(4, p.date)
                           .bindOrNull(5, p.year == 0 ? -1 : p.year).bind(6, p.category).bind(7, qint64(p.hasCode))
                           .bind(8, p.abstract).bind(9, p.key).bind(10, qint64(p.truncated)).bind(11, p.firstAuthor)
                           .bind(12, p.authorsText).bind(13, p.affiliationsText).run(error);
        }
        for (const auto &pa : b.paperAuthors)
            ok = ok && paperAuthor.bind(1, pa[0]).bind(2, pa[1]).bind(3, pa[2]).run(error);
        for (const auto &pa : b.paperAffiliations)
            ok = ok && paperAffiliation.bind(1, pa.first).bind(2, pa.second).run(error);
        for (const auto &t : b.affiliationTexts)
            ok = ok && affText.bind(1, t.second).bind(2, t.first).run(error);
        for (qint64 id : b.codeFlags)
            ok = ok && code.bind(1, id).run(error);
        for (const auto &l : b.links)
            ok = ok && link.bind(1, l.first).bind(2, l.second).run(error);
        sqliteNs += timer.nsecsElapsed();
        cpu += std::clock() - cpuStart;
        if (!ok)
            return -1;
    }
    timer.restart();
    cpuStart = std::clock();
    if (!exec("INSERT INTO papers_fts(papers_fts) VALUES ('rebuild')", error) || !exec(ftsTrigger.constData(), error)
        || !exec("COMMIT", error))
        return -1;
    sqliteNs += timer.nsecsElapsed();
    cpu += std::clock() - cpuStart;
    m_loadCpuMs = double(cpu) * 1000 / CLOCKS_PER_SEC;
    return double(sqliteNs) / 1e6;
}

double SqliteFloor::queryMs(const QString &sql, const QVariantList &values, int runs)
{
    const QByteArray utf8 = sql.toUtf8();
    QVector<QByteArray> texts;
    for (const QVariant &v : values)
        texts << v.toString().toUtf8();
    return BenchUtil::medianMs(nullptr, [&] {
        sqlite3_stmt *stmt = nullptr;
        if (sqlite3_prepare_v2(m_db, utf8.constData(), -1, &stmt, nullptr) != SQLITE_OK) {
            qWarning("floor query failed: %s: %s", utf8.constData(), sqlite3_errmsg(m_db));
            return;
        }
        for (int i = 0; i < values.size(); ++i) {
            if (values.at(i).userType() == QMetaType::Int || values.at(i).userType() == QMetaType::LongLong)
                sqlite3_bind_int64(stmt, i + 1, values.at(i).toLongLong());
            else
                sqlite3_bind_text(stmt, i + 1, texts.at(i).constData(), int(texts.at(i).size()), SQLITE_STATIC);
        }
        const int columns = sqlite3_column_count(stmt);
        while (sqlite3_step(stmt) == SQLITE_ROW) {
            for (int c = 0; c < columns; ++c) // read every value, as a client would
                sqlite3_column_text(stmt, c);
        }
        sqlite3_finalize(stmt);
    }, runs);
}

qint64 SqliteFloor::rowCount(const QString &sql, const QVariantList &values)
{
    sqlite3_stmt *stmt = nullptr;
    if (sqlite3_prepare_v2(m_db, sql.toUtf8().constData(), -1, &stmt, nullptr) != SQLITE_OK)
        return -1;
    QVector<QByteArray> texts;
    for (int i = 0; i < values.size(); ++i) {
        texts << values.at(i).toString().toUtf8();
        if (values.at(i).userType() == QMetaType::Int)
            sqlite3_bind_int64(stmt, i + 1, values.at(i).toLongLong());
        else
            sqlite3_bind_text(stmt, i + 1, texts.last().constData(), int(texts.last().size()), SQLITE_TRANSIENT);
    }
    qint64 n = 0;
    while (sqlite3_step(stmt) == SQLITE_ROW)
        ++n;
    sqlite3_finalize(stmt);
    return n;
}
