#include "pgschema.h"

#include "pgschemav3.h"
#include "pgsql.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>
#include <QVariant>

namespace {
const QString metaTable = QStringLiteral("paperscope_meta");

bool execAll(QSqlDatabase &db, const QStringList &statements, QString *error)
{
    return PgSql::runAll(db, statements, error);
}

} // namespace

int PgSchema::version(QSqlDatabase &db)
{
    const QVariant table = PgSql::scalar(db, QStringLiteral("SELECT to_regclass(?) IS NOT NULL"), {metaTable});
    if (!table.isValid())
        return -1;
    if (!table.toBool())
        return 0;
    const QVariant value = PgSql::scalar(db, QStringLiteral("SELECT value FROM paperscope_meta WHERE key = ?"),
                                  {QStringLiteral("schema_version")});
    return value.isValid() ? value.toInt() : 0;
}

bool PgSchema::userTablesExist(QSqlDatabase &db)
{
    return PgSql::scalar(db, QStringLiteral("SELECT count(*) FROM pg_catalog.pg_tables"
                                     " WHERE schemaname NOT IN ('pg_catalog', 'information_schema')"))
               .toInt() > 0;
}

bool PgSchema::migrate(QSqlDatabase &db, QString *error, int *migratedFrom, int upTo)
{
    int found = version(db);
    if (migratedFrom)
        *migratedFrom = found;
    if (found < 0) {
        *error = tr("cannot read the shared library's version: %1").arg(db.lastError().text());
        return false;
    }
    if (found > currentVersion) {
        *error = tr("this library was written by a newer Paperscope (schema %1; this one knows up to %2): update"
                    " Paperscope").arg(found).arg(currentVersion);
        return false;
    }
    if (found >= upTo)
        return true;
    if (found == 0 && userTablesExist(db)) {
        *error = tr("the database %1 holds tables of another program, not a Paperscope library: use an empty"
                    " database").arg(db.databaseName());
        return false;
    }
    const QVariant mayMigrate = PgSql::scalar(
        db, QStringLiteral("SELECT pg_catalog.pg_get_userbyid(datdba) = current_user"
                           " OR (SELECT rolsuper FROM pg_catalog.pg_roles WHERE rolname = current_user)"
                           " FROM pg_catalog.pg_database WHERE datname = current_database()"));
    if (!mayMigrate.toBool()) {
        const QString owner = PgSql::scalar(db, QStringLiteral("SELECT pg_catalog.pg_get_userbyid(datdba)"
                                                        " FROM pg_catalog.pg_database WHERE datname = current_database()"))
                                  .toString();
        *error = found == 0
                     ? tr("the database %1 is not a Paperscope library yet: its owner (%2) creates it by opening it"
                          " once").arg(db.databaseName(), owner)
                     : tr("the library needs an update to schema %1 that only its owner (%2) may run: ask them to open"
                          " it once").arg(currentVersion).arg(owner);
        return false;
    }
    if (!db.transaction()) {
        *error = db.lastError().text();
        return false;
    }
    QSqlQuery lock(db);
    lock.prepare(QStringLiteral("SELECT pg_advisory_xact_lock(?)"));
    lock.addBindValue(migrationLock);
    bool ok = lock.exec();
    if (!ok)
        *error = lock.lastError().databaseText().simplified();
    // Another client may have migrated while this one waited for the lock.
    const int now = ok ? version(db) : -1;
    if (ok && now < 0) {
        *error = db.lastError().text();
        ok = false;
    }
    if (ok && now < 1 && upTo >= 1)
        ok = applyVersion1(db, error);
    if (ok && now < 2 && upTo >= 2)
        ok = applyVersion2(db, error);
    if (ok && now < 3 && upTo >= 3)
        ok = PgSchemaV3::apply(db, error);
    if (ok && now < upTo) {
        QSqlQuery stamp(db);
        stamp.prepare(QStringLiteral("INSERT INTO paperscope_meta (key, value) VALUES (?, ?)"
                                     " ON CONFLICT (key) DO UPDATE SET value = excluded.value"));
        stamp.addBindValue(QStringLiteral("schema_version"));
        stamp.addBindValue(QString::number(upTo));
        ok = stamp.exec();
        if (!ok)
            *error = stamp.lastError().databaseText().simplified();
    }
    if (!ok) {
        db.rollback();
        *error = tr("the library's schema could not be updated; nothing changed: %1").arg(*error);
        return false;
    }
    if (!db.commit()) {
        *error = tr("the library's schema could not be updated; nothing changed: %1").arg(db.lastError().text());
        return false;
    }
    if (migratedFrom)
        *migratedFrom = now;
    return true;
}

bool PgSchema::applyVersion1(QSqlDatabase &db, QString *error)
{
    return execAll(db, {
        QStringLiteral("CREATE TABLE paperscope_meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)"),
        QStringLiteral(
            "CREATE TABLE profiles ("
            " id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,"
            " name TEXT NOT NULL UNIQUE CHECK (length(name) > 0),"
            " primary_category TEXT NOT NULL DEFAULT '',"
            " h_index INTEGER NOT NULL DEFAULT 0,"
            " paper_count INTEGER NOT NULL DEFAULT 0,"
            " citations INTEGER NOT NULL DEFAULT 0,"
            " novelty INTEGER, ai_score INTEGER,"
            " source_file TEXT NOT NULL DEFAULT '',"
            " saved_at TEXT,"
            " imported_at TEXT NOT NULL)"),
        QStringLiteral(
            "CREATE TABLE papers ("
            " id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,"
            " title TEXT NOT NULL CHECK (length(title) > 0),"
            " norm_title TEXT NOT NULL UNIQUE CHECK (length(norm_title) > 0),"
            " date TEXT, year INTEGER,"
            " category TEXT NOT NULL DEFAULT '',"
            " has_code INTEGER NOT NULL DEFAULT 0,"
            " abstract TEXT NOT NULL DEFAULT '',"
            " citation_key TEXT NOT NULL UNIQUE,"
            " arxiv_id TEXT, doi TEXT, url TEXT, pdf_url TEXT, primary_class TEXT,"
            " authors_truncated INTEGER NOT NULL DEFAULT 0,"
            " first_author TEXT NOT NULL DEFAULT '',"
            " authors_text TEXT NOT NULL DEFAULT '',"
            " affiliations_text TEXT NOT NULL DEFAULT '',"
            " entry_type TEXT NOT NULL DEFAULT '',"
            " venue TEXT NOT NULL DEFAULT '',"
            " bib_fields TEXT," // JSON [[name, value], ...] as the SQLite store keeps it
            // title, authors and abstract as TextFold::searchText folds them, as FTS5 does
            " search_text TEXT NOT NULL DEFAULT '',"
            " search tsvector GENERATED ALWAYS AS (to_tsvector('simple', search_text)) STORED)"),
        QStringLiteral("CREATE TABLE authors (id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,"
                       " name TEXT NOT NULL UNIQUE)"),
        QStringLiteral("CREATE TABLE paper_authors ("
                       " paper_id BIGINT NOT NULL REFERENCES papers(id) ON DELETE CASCADE,"
                       " position INTEGER NOT NULL,"
                       " author_id BIGINT NOT NULL REFERENCES authors(id),"
                       " PRIMARY KEY (paper_id, position))"),
        QStringLiteral("CREATE TABLE affiliations (id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,"
                       " slug TEXT NOT NULL UNIQUE)"),
        QStringLiteral("CREATE TABLE paper_affiliations ("
                       " paper_id BIGINT NOT NULL REFERENCES papers(id) ON DELETE CASCADE,"
                       " affiliation_id BIGINT NOT NULL REFERENCES affiliations(id),"
                       " PRIMARY KEY (paper_id, affiliation_id))"),
        QStringLiteral("CREATE TABLE profile_papers ("
                       " profile_id BIGINT NOT NULL REFERENCES profiles(id) ON DELETE CASCADE,"
                       " paper_id BIGINT NOT NULL REFERENCES papers(id) ON DELETE CASCADE,"
                       " PRIMARY KEY (profile_id, paper_id))"),
        QStringLiteral("CREATE INDEX papers_year ON papers(year, id)"),
        QStringLiteral("CREATE INDEX papers_category ON papers(category, id)"),
        QStringLiteral("CREATE INDEX papers_date ON papers(date, id)"),
        QStringLiteral("CREATE INDEX papers_title ON papers(lower(title), id)"),
        QStringLiteral("CREATE INDEX papers_first_author ON papers(lower(first_author), id)"),
        QStringLiteral("CREATE INDEX papers_arxiv ON papers(arxiv_id) WHERE arxiv_id IS NOT NULL"),
        QStringLiteral("CREATE INDEX papers_entry_type ON papers(entry_type, id)"),
        QStringLiteral("CREATE INDEX papers_venue ON papers(lower(venue), id)"),
        QStringLiteral("CREATE INDEX papers_search ON papers USING GIN (search)"),
        QStringLiteral("CREATE INDEX paper_affiliations_by_affiliation ON paper_affiliations(affiliation_id, paper_id)"),
        QStringLiteral("CREATE INDEX paper_authors_by_author ON paper_authors(author_id)"),
        QStringLiteral("CREATE INDEX profile_papers_by_paper ON profile_papers(paper_id)"),
        QStringLiteral("CREATE TABLE arxiv_replies (query TEXT PRIMARY KEY, reply BYTEA NOT NULL,"
                       " fetched_at BIGINT NOT NULL)"),
        QStringLiteral("CREATE TABLE bib_preambles (id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,"
                       " value TEXT NOT NULL UNIQUE)"),
        // What users decide, by normalised title as in the SQLite store (it
        // outlives a paper's removal and re-import), with who wrote it last.
        QStringLiteral("CREATE TABLE tags (id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,"
                       " name TEXT NOT NULL CHECK (length(name) > 0))"),
        QStringLiteral("CREATE UNIQUE INDEX tags_name ON tags(lower(name))"),
        QStringLiteral("CREATE TABLE paper_tags ("
                       " norm_title TEXT NOT NULL,"
                       " tag_id BIGINT NOT NULL REFERENCES tags(id) ON DELETE CASCADE,"
                       " added_by TEXT NOT NULL DEFAULT current_user,"
                       " PRIMARY KEY (norm_title, tag_id))"),
        QStringLiteral("CREATE INDEX paper_tags_by_tag ON paper_tags(tag_id, norm_title)"),
        QStringLiteral("CREATE TABLE paper_marks ("
                       " norm_title TEXT PRIMARY KEY,"
                       " starred INTEGER NOT NULL DEFAULT 0,"
                       " state SMALLINT NOT NULL DEFAULT 0 CHECK (state BETWEEN 0 AND 2),"
                       " note TEXT NOT NULL DEFAULT '',"
                       " changed_by TEXT NOT NULL DEFAULT current_user,"
                       " changed_at TIMESTAMPTZ NOT NULL DEFAULT now())"),
        QStringLiteral("CREATE TABLE collections (id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,"
                       " name TEXT NOT NULL CHECK (length(name) > 0),"
                       " parent_id BIGINT REFERENCES collections(id) ON DELETE CASCADE)"),
        QStringLiteral("CREATE UNIQUE INDEX collections_name ON collections(lower(name))"),
        QStringLiteral("CREATE TABLE collection_papers ("
                       " collection_id BIGINT NOT NULL REFERENCES collections(id) ON DELETE CASCADE,"
                       " norm_title TEXT NOT NULL,"
                       " PRIMARY KEY (collection_id, norm_title))"),
        QStringLiteral("CREATE INDEX collection_papers_by_paper ON collection_papers(norm_title)"),
        QStringLiteral("CREATE TABLE saved_searches (name TEXT NOT NULL CHECK (length(name) > 0),"
                       " filter TEXT NOT NULL)"),
        QStringLiteral("CREATE UNIQUE INDEX saved_searches_name ON saved_searches(lower(name))"),
        // Every client's changes, for the others' live refresh (LISTEN/NOTIFY
        // carries the id) and the status bar ("3 papers added by mara").
        QStringLiteral("CREATE TABLE library_changes (id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,"
                       " changed_by TEXT NOT NULL DEFAULT current_user,"
                       " changed_at TIMESTAMPTZ NOT NULL DEFAULT now(),"
                       " kind TEXT NOT NULL, papers INTEGER NOT NULL DEFAULT 0)"),
    }, error);
}

// Version 2: the search tsvector from the folded text's words as they are
// (TextFold::searchText leaves letters and digits split by single spaces,
// so these are the lexemes to_tsvector('simple', ...) finds, without its
// parser: that took a third of an import's time); rebuilt once here. A
// text with a word that may be too long for a lexeme (2047 bytes: 512
// characters of up to 4 bytes; a regular expression counts to 255 at most)
// still goes through the parser, which drops it.
bool PgSchema::applyVersion2(QSqlDatabase &db, QString *error)
{
    return execAll(db, {
        QStringLiteral("ALTER TABLE papers DROP COLUMN search"), // and its index
        QStringLiteral("ALTER TABLE papers ADD COLUMN search tsvector GENERATED ALWAYS AS"
                       " (CASE WHEN octet_length(search_text) < 2048 OR search_text !~ '[^ ]{250}[^ ]{250}[^ ]{12}'"
                       " THEN array_to_tsvector(array_remove(string_to_array(search_text, ' '), ''))"
                       " ELSE to_tsvector('simple', search_text) END) STORED"),
        QStringLiteral("CREATE INDEX papers_search ON papers USING GIN (search)"),
    }, error);
}
