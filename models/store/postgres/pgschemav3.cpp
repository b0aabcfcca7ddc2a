#include "pgschemav3.h"

#include "pgsql.h"

#include <QSqlDatabase>
#include <QStringList>

#include <algorithm>
#include <string_view>
#include <vector>

QString PgSchemaV3::searchVector(const QString &text)
{
    // A regular expression counts to 255 at most: three runs make 512.
    return QStringLiteral("(CASE WHEN octet_length(%1) < 2048 OR %1 !~ '[^ ]{250}[^ ]{250}[^ ]{12}'"
                          " THEN array_to_tsvector(array_remove(string_to_array(%1, ' '), ''))"
                          " ELSE to_tsvector('simple', %1) END)")
        .arg(text);
}

// searchVector's test made here: under 2048 bytes of UTF-8, or no run of
// 512 characters without a space; then the words sorted, each once, quoted
// (' and \ doubled) as tsvector's output writes them.
bool PgSchemaV3::searchVectorText(const QString &text, QByteArray *vector)
{
    vector->clear();
    const QByteArray utf8 = text.toUtf8();
    if (utf8.size() >= 2048) {
        int run = 0;
        for (qsizetype i = 0; i < text.size(); ++i) {
            if (text.at(i) == QLatin1Char(' '))
                run = 0;
            else if (!text.at(i).isLowSurrogate() && ++run >= 512) // a surrogate pair is one character
                return false;
        }
    }
    std::vector<std::string_view> words;
    for (qsizetype at = 0; at < utf8.size();) {
        const qsizetype space = utf8.indexOf(' ', at);
        const qsizetype end = space < 0 ? utf8.size() : space;
        if (end > at)
            words.emplace_back(utf8.constData() + at, size_t(end - at));
        at = end + 1;
    }
    // string_view's order is tsCompareString's: bytes as unsigned (memcmp), then the shorter first.
    std::sort(words.begin(), words.end());
    words.erase(std::unique(words.begin(), words.end()), words.end());
    vector->reserve(utf8.size() + 3 * words.size());
    for (const std::string_view word : words) {
        if (!vector->isEmpty())
            vector->append(' ');
        vector->append('\'');
        for (const char c : word) {
            if (c == '\'' || c == '\\')
                vector->append(c);
            vector->append(c);
        }
        vector->append('\'');
    }
    return true;
}

bool PgSchemaV3::apply(QSqlDatabase &db, QString *error)
{
    QStringList steps{
        // The stored vector stays; new rows get theirs from the writer.
        QStringLiteral("ALTER TABLE papers ALTER COLUMN search DROP EXPRESSION"),
        QStringLiteral("ALTER TABLE papers DROP COLUMN search_text"),
        QStringLiteral("ALTER TABLE paper_authors DROP CONSTRAINT IF EXISTS paper_authors_paper_id_fkey,"
                       " DROP CONSTRAINT IF EXISTS paper_authors_author_id_fkey"),
        QStringLiteral("ALTER TABLE paper_affiliations DROP CONSTRAINT IF EXISTS paper_affiliations_paper_id_fkey,"
                       " DROP CONSTRAINT IF EXISTS paper_affiliations_affiliation_id_fkey"),
        QStringLiteral("ALTER TABLE profile_papers DROP CONSTRAINT IF EXISTS profile_papers_profile_id_fkey,"
                       " DROP CONSTRAINT IF EXISTS profile_papers_paper_id_fkey"),
        // What ON DELETE CASCADE did, once per statement.
        QStringLiteral("CREATE FUNCTION paperscope_forget_paper_links() RETURNS trigger LANGUAGE plpgsql AS $$"
                       " BEGIN"
                       " DELETE FROM paper_authors WHERE paper_id IN (SELECT id FROM gone);"
                       " DELETE FROM paper_affiliations WHERE paper_id IN (SELECT id FROM gone);"
                       " DELETE FROM profile_papers WHERE paper_id IN (SELECT id FROM gone);"
                       " RETURN NULL;"
                       " END $$"),
        QStringLiteral("CREATE TRIGGER papers_forget_links AFTER DELETE ON papers REFERENCING OLD TABLE AS gone"
                       " FOR EACH STATEMENT EXECUTE FUNCTION paperscope_forget_paper_links()"),
        QStringLiteral("CREATE FUNCTION paperscope_forget_profile_links() RETURNS trigger LANGUAGE plpgsql AS $$"
                       " BEGIN"
                       " DELETE FROM profile_papers WHERE profile_id IN (SELECT id FROM gone);"
                       " RETURN NULL;"
                       " END $$"),
        QStringLiteral("CREATE TRIGGER profiles_forget_links AFTER DELETE ON profiles REFERENCING OLD TABLE AS gone"
                       " FOR EACH STATEMENT EXECUTE FUNCTION paperscope_forget_profile_links()"),
        // Sort orders that also answer a filter on year and category from the index alone.
        QStringLiteral("DROP INDEX papers_year"),
        QStringLiteral("CREATE INDEX papers_year ON papers(year, id) INCLUDE (category)"),
        QStringLiteral("DROP INDEX papers_category"),
        QStringLiteral("CREATE INDEX papers_category ON papers(category, id) INCLUDE (year, date)"),
        QStringLiteral("DROP INDEX papers_date"),
        QStringLiteral("CREATE INDEX papers_date ON papers(date, id) INCLUDE (category, year)"),
        // Only .bib entries have a type and a venue (FilterSql's `IN` implies `<> ''`).
        QStringLiteral("DROP INDEX papers_entry_type"),
        QStringLiteral("CREATE INDEX papers_entry_type ON papers(entry_type, id) WHERE entry_type <> ''"),
        QStringLiteral("DROP INDEX papers_venue"),
        QStringLiteral("CREATE INDEX papers_venue ON papers(lower(venue), id) WHERE lower(venue) <> ''"),
        // New papers' words wait in the search index's pending list until 32 MB of them are
        // merged at once (4 MB by default): an import of 100k papers took a quarter less time.
        QStringLiteral("ALTER INDEX papers_search SET (gin_pending_list_limit = 32768)"),
        QStringLiteral("DROP INDEX profile_papers_by_paper"),
        QStringLiteral("CREATE INDEX profile_papers_by_paper ON profile_papers(paper_id, profile_id)"),
    };
    // lz4 compresses the wide texts several times faster than pglz (servers built without it keep pglz).
    const bool lz4 = PgSql::scalar(db, QStringLiteral("SELECT 'lz4' = ANY(enumvals) FROM pg_catalog.pg_settings"
                                                      " WHERE name = 'default_toast_compression'"))
                         .toBool();
    if (lz4) {
        for (const char *column : {"abstract", "bib_fields", "search"})
            steps << QStringLiteral("ALTER TABLE papers ALTER COLUMN %1 SET COMPRESSION lz4").arg(QLatin1String(column));
    }
    return PgSql::runAll(db, steps, error);
}
