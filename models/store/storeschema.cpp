#include "storeschema.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>
#include <QVariant>

namespace {

bool execAll(QSqlDatabase &db, const QStringList &statements, QString *error)
{
    QSqlQuery q(db);
    for (const QString &sql : statements) {
        if (!q.exec(sql)) {
            *error = q.lastError().text();
            return false;
        }
        q.finish();
    }
    return true;
}

} // namespace

int StoreSchema::version(const QSqlDatabase &db)
{
    QSqlQuery q(db);
    if (q.exec(QStringLiteral("PRAGMA user_version")) && q.next())
        return q.value(0).toInt();
    return -1;
}

bool StoreSchema::migrate(QSqlDatabase &db, QString *error)
{
    const int from = version(db);
    if (from < 0) {
        *error = QCoreApplication::translate("StoreSchema", "cannot read the schema version");
        return false;
    }
    if (from > currentVersion) {
        *error = QCoreApplication::translate("StoreSchema", "the store was written by a newer Paperscope"
                                                            " (schema %1, this build knows %2)")
                     .arg(from).arg(currentVersion);
        return false;
    }
    for (int v = from + 1; v <= currentVersion; ++v) {
        if (!db.transaction()) {
            *error = db.lastError().text();
            return false;
        }
        bool ok = false;
        switch (v) {
        case 1: ok = applyVersion1(db, error); break;
        case 2: ok = applyVersion2(db, error); break;
        case 3: ok = applyVersion3(db, error); break;
        case 4: ok = applyOrganise(db, error); break;
        case 5: ok = applyBibtex(db, error); break;
        default: break;
        }
        if (ok)
            ok = execAll(db, {QStringLiteral("PRAGMA user_version = %1").arg(v)}, error);
        if (!ok || !db.commit()) {
            if (error->isEmpty())
                *error = db.lastError().text();
            db.rollback();
            return false;
        }
    }
    return true;
}

bool StoreSchema::applyVersion1(QSqlDatabase &db, QString *error)
{
    return execAll(db, {
        QStringLiteral(
            "CREATE TABLE profiles ("
            " id INTEGER PRIMARY KEY,"
            " name TEXT NOT NULL UNIQUE CHECK (length(name) > 0),"
            " primary_category TEXT NOT NULL DEFAULT '',"
            " h_index INTEGER NOT NULL DEFAULT 0,"
            " paper_count INTEGER NOT NULL DEFAULT 0,"
            " citations INTEGER NOT NULL DEFAULT 0,"
            " novelty INTEGER,"
            " ai_score INTEGER,"
            " source_file TEXT NOT NULL DEFAULT '',"
            " saved_at TEXT,"
            " imported_at TEXT NOT NULL)"),
        QStringLiteral(
            "CREATE TABLE papers ("
            " id INTEGER PRIMARY KEY,"
            " title TEXT NOT NULL CHECK (length(title) > 0),"
            " norm_title TEXT NOT NULL UNIQUE CHECK (length(norm_title) > 0),"
            " date TEXT,"
            " year INTEGER,"
            " category TEXT NOT NULL DEFAULT '',"
            " has_code INTEGER NOT NULL DEFAULT 0,"
            " abstract TEXT NOT NULL DEFAULT '',"
            " citation_key TEXT NOT NULL UNIQUE,"
            " arxiv_id TEXT,"
            " doi TEXT,"
            " url TEXT,"
            " authors_truncated INTEGER NOT NULL DEFAULT 0,"
            " first_author TEXT NOT NULL DEFAULT '',"
            " authors_text TEXT NOT NULL DEFAULT '',"
            " affiliations_text TEXT NOT NULL DEFAULT '')"),
        QStringLiteral("CREATE TABLE authors (id INTEGER PRIMARY KEY, name TEXT NOT NULL UNIQUE)"),
        QStringLiteral(
            "CREATE TABLE paper_authors ("
            " paper_id INTEGER NOT NULL REFERENCES papers(id) ON DELETE CASCADE,"
            " position INTEGER NOT NULL,"
            " author_id INTEGER NOT NULL REFERENCES authors(id),"
            " PRIMARY KEY (paper_id, position)) WITHOUT ROWID"),
        QStringLiteral("CREATE TABLE affiliations (id INTEGER PRIMARY KEY, slug TEXT NOT NULL UNIQUE)"),
        QStringLiteral(
            "CREATE TABLE paper_affiliations ("
            " paper_id INTEGER NOT NULL REFERENCES papers(id) ON DELETE CASCADE,"
            " affiliation_id INTEGER NOT NULL REFERENCES affiliations(id),"
            " PRIMARY KEY (paper_id, affiliation_id)) WITHOUT ROWID"),
        QStringLiteral(
            "CREATE TABLE profile_papers ("
            " profile_id INTEGER NOT NULL REFERENCES profiles(id) ON DELETE CASCADE,"
            " paper_id INTEGER NOT NULL REFERENCES papers(id) ON DELETE CASCADE,"
            " PRIMARY KEY (profile_id, paper_id)) WITHOUT ROWID"),
        // Indexes for every filter and every sortable list column (id breaks ties).
        QStringLiteral("CREATE INDEX papers_year ON papers(year, id)"),
        QStringLiteral("CREATE INDEX papers_category ON papers(category, id)"),
        QStringLiteral("CREATE INDEX papers_code ON papers(has_code, id)"),
        QStringLiteral("CREATE INDEX papers_date ON papers(date, id)"),
        QStringLiteral("CREATE INDEX papers_title ON papers(title COLLATE NOCASE, id)"),
        QStringLiteral("CREATE INDEX papers_first_author ON papers(first_author COLLATE NOCASE, id)"),
        QStringLiteral("CREATE INDEX papers_affiliations ON papers(affiliations_text COLLATE NOCASE, id)"),
        QStringLiteral("CREATE INDEX papers_arxiv ON papers(arxiv_id) WHERE arxiv_id IS NOT NULL"),
        QStringLiteral("CREATE INDEX paper_affiliations_by_affiliation ON paper_affiliations(affiliation_id, paper_id)"),
        QStringLiteral("CREATE INDEX paper_authors_by_author ON paper_authors(author_id)"),
        QStringLiteral("CREATE INDEX profile_papers_by_paper ON profile_papers(paper_id)"),
        // Free text over title, authors and abstract; kept in step by triggers.
        QStringLiteral(
            "CREATE VIRTUAL TABLE papers_fts USING fts5("
            " title, authors_text, abstract, content='papers', content_rowid='id',"
            " tokenize='unicode61 remove_diacritics 2')"),
        QStringLiteral(
            "CREATE TRIGGER papers_fts_insert AFTER INSERT ON papers BEGIN"
            " INSERT INTO papers_fts(rowid, title, authors_text, abstract)"
            " VALUES (new.id, new.title, new.authors_text, new.abstract); END"),
        QStringLiteral(
            "CREATE TRIGGER papers_fts_delete AFTER DELETE ON papers BEGIN"
            " INSERT INTO papers_fts(papers_fts, rowid, title, authors_text, abstract)"
            " VALUES ('delete', old.id, old.title, old.authors_text, old.abstract); END"),
        QStringLiteral(
            "CREATE TRIGGER papers_fts_update AFTER UPDATE OF title, authors_text, abstract ON papers BEGIN"
            " INSERT INTO papers_fts(papers_fts, rowid, title, authors_text, abstract)"
            " VALUES ('delete', old.id, old.title, old.authors_text, old.abstract);"
            " INSERT INTO papers_fts(rowid, title, authors_text, abstract)"
            " VALUES (new.id, new.title, new.authors_text, new.abstract); END"),
    }, error);
}

bool StoreSchema::applyVersion2(QSqlDatabase &db, QString *error)
{
    return execAll(db, {
        QStringLiteral("ALTER TABLE papers ADD COLUMN pdf_url TEXT"),
        QStringLiteral("ALTER TABLE papers ADD COLUMN primary_class TEXT"),
        // arXiv replies by question (the request URL), so the same question
        // is not asked twice within a day; fetched_at is in Unix seconds.
        QStringLiteral(
            "CREATE TABLE arxiv_replies ("
            " query TEXT PRIMARY KEY,"
            " reply BLOB NOT NULL,"
            " fetched_at INTEGER NOT NULL)"),
        QStringLiteral("CREATE INDEX arxiv_replies_by_age ON arxiv_replies(fetched_at)"),
    }, error);
}

// The charts' GROUP BY year, category (StoreCounts) answered from these
// covering indexes instead of the table: ~25x faster with a million papers.
bool StoreSchema::applyVersion3(QSqlDatabase &db, QString *error)
{
    return execAll(db, {
        QStringLiteral("CREATE INDEX papers_year_category ON papers(year, category)"),
        QStringLiteral("CREATE INDEX papers_category_year ON papers(category, year)"),
    }, error);
}

bool StoreSchema::applyBibtex(QSqlDatabase &db, QString *error)
{
    return execAll(db, {
        QStringLiteral("ALTER TABLE papers ADD COLUMN entry_type TEXT NOT NULL DEFAULT ''"),
        QStringLiteral("ALTER TABLE papers ADD COLUMN venue TEXT NOT NULL DEFAULT ''"),
        QStringLiteral("ALTER TABLE papers ADD COLUMN bib_fields TEXT"), // JSON [[name, value], ...]
        QStringLiteral("CREATE INDEX papers_entry_type ON papers(entry_type, id)"),
        QStringLiteral("CREATE INDEX papers_venue ON papers(venue COLLATE NOCASE, id)"),
        QStringLiteral("CREATE TABLE bib_preambles (id INTEGER PRIMARY KEY, value TEXT NOT NULL UNIQUE)"),
    }, error);
}

bool StoreSchema::applyOrganise(QSqlDatabase &db, QString *error)
{
    return execAll(db, {
        QStringLiteral("CREATE TABLE tags (id INTEGER PRIMARY KEY,"
                       " name TEXT NOT NULL UNIQUE COLLATE NOCASE CHECK (length(name) > 0))"),
        QStringLiteral("CREATE TABLE paper_tags ("
                       " norm_title TEXT NOT NULL,"
                       " tag_id INTEGER NOT NULL REFERENCES tags(id) ON DELETE CASCADE,"
                       " PRIMARY KEY (norm_title, tag_id)) WITHOUT ROWID"),
        QStringLiteral("CREATE INDEX paper_tags_by_tag ON paper_tags(tag_id, norm_title)"),
        // state: 0 unread, 1 reading, 2 read
        QStringLiteral("CREATE TABLE paper_marks ("
                       " norm_title TEXT PRIMARY KEY,"
                       " starred INTEGER NOT NULL DEFAULT 0,"
                       " state INTEGER NOT NULL DEFAULT 0,"
                       " note TEXT NOT NULL DEFAULT '') WITHOUT ROWID"),
        QStringLiteral("CREATE TABLE collections (id INTEGER PRIMARY KEY,"
                       " name TEXT NOT NULL UNIQUE COLLATE NOCASE CHECK (length(name) > 0),"
                       " parent_id INTEGER REFERENCES collections(id) ON DELETE CASCADE)"),
        QStringLiteral("CREATE TABLE collection_papers ("
                       " collection_id INTEGER NOT NULL REFERENCES collections(id) ON DELETE CASCADE,"
                       " norm_title TEXT NOT NULL,"
                       " PRIMARY KEY (collection_id, norm_title)) WITHOUT ROWID"),
        QStringLiteral("CREATE INDEX collection_papers_by_paper ON collection_papers(norm_title)"),
        QStringLiteral("CREATE TABLE saved_searches ("
                       " name TEXT PRIMARY KEY COLLATE NOCASE CHECK (length(name) > 0),"
                       " filter TEXT NOT NULL)"),
    }, error);
}
