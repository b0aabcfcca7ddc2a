#include "sqlitestatement.h"

#include <QSqlDriver>
#include <QVariant>

#include <sqlite3.h>

namespace {
const char16_t emptyText[] = u"";
} // namespace

SqliteStatement::~SqliteStatement()
{
    finalize();
}

sqlite3 *SqliteStatement::handle(const QSqlDatabase &db)
{
    if (!db.isOpen() || !db.driver())
        return nullptr;
    const QVariant v = db.driver()->handle();
    if (!v.isValid() || qstrcmp(v.typeName(), "sqlite3*") != 0)
        return nullptr;
    return *static_cast<sqlite3 *const *>(v.constData());
}

void SqliteStatement::finalize()
{
    if (m_stmt)
        sqlite3_finalize(m_stmt);
    m_stmt = nullptr;
    m_kept.clear();
}

bool SqliteStatement::prepare(const QSqlDatabase &db, const QString &sql)
{
    finalize();
    m_error.clear();
    m_db = handle(db);
    if (!m_db) {
        m_error = QStringLiteral("the store's connection is not an open SQLite database");
        return false;
    }
    const QByteArray utf8 = sql.toUtf8();
    if (sqlite3_prepare_v3(m_db, utf8.constData(), int(utf8.size()), SQLITE_PREPARE_PERSISTENT, &m_stmt, nullptr)
        != SQLITE_OK) {
        m_stmt = nullptr;
        return fail();
    }
    return true;
}

// A bind SQLite refuses (a parameter out of range, a statement not
// prepared) fails the next exec() or step(), naming the parameter.
void SqliteStatement::bound(int index, int rc)
{
    if (rc == SQLITE_OK || !m_bindError.isEmpty())
        return;
    m_bindError = QStringLiteral("parameter %1: %2").arg(index + 1).arg(QString::fromUtf8(sqlite3_errstr(rc)));
}

void SqliteStatement::bind(int index, qint64 value)
{
    bound(index, sqlite3_bind_int64(m_stmt, index + 1, value));
}

void SqliteStatement::bind(int index, const QString &text)
{
    if (text.isEmpty()) {
        bound(index, sqlite3_bind_text16(m_stmt, index + 1, emptyText, 0, SQLITE_STATIC));
        return;
    }
    m_kept.append(text); // shares the data: it stays where SQLite reads it
    bound(index, sqlite3_bind_text16(m_stmt, index + 1, m_kept.constLast().constData(), int(text.size() * 2),
                                     SQLITE_STATIC));
}

void SqliteStatement::bindTextOrNull(int index, const QString &text)
{
    if (text.isEmpty())
        bindNull(index);
    else
        bind(index, text);
}

void SqliteStatement::bindNull(int index)
{
    bound(index, sqlite3_bind_null(m_stmt, index + 1));
}

bool SqliteStatement::fail()
{
    m_error = QString::fromUtf8(sqlite3_errmsg(m_db));
    if (m_error.isEmpty())
        m_error = QStringLiteral("SQLite error");
    return false;
}

bool SqliteStatement::refuseBadBind()
{
    if (m_bindError.isEmpty())
        return false;
    m_error = m_bindError;
    reset();
    return true;
}

bool SqliteStatement::exec()
{
    m_error.clear();
    if (refuseBadBind())
        return false;
    const int rc = sqlite3_step(m_stmt);
    m_changes = rc == SQLITE_DONE || rc == SQLITE_ROW ? sqlite3_changes(m_db) : 0;
    const bool done = rc == SQLITE_DONE || rc == SQLITE_ROW;
    if (!done)
        fail();
    reset();
    return done;
}

bool SqliteStatement::step()
{
    if (!m_stepping) {
        m_error.clear();
        if (refuseBadBind())
            return false;
    }
    m_stepping = true;
    const int rc = sqlite3_step(m_stmt);
    if (rc == SQLITE_ROW)
        return true;
    if (rc != SQLITE_DONE)
        fail();
    return false;
}

qint64 SqliteStatement::int64Value(int column) const
{
    return sqlite3_column_int64(m_stmt, column);
}

QString SqliteStatement::textValue(int column) const
{
    const void *text = sqlite3_column_text16(m_stmt, column);
    const int bytes = sqlite3_column_bytes16(m_stmt, column);
    return text ? QString(static_cast<const QChar *>(text), bytes / 2) : QString();
}

void SqliteStatement::reset()
{
    sqlite3_reset(m_stmt);
    m_kept.clear();
    m_bindError.clear();
    m_stepping = false;
}

qint64 SqliteStatement::lastInsertId() const
{
    return sqlite3_last_insert_rowid(m_db);
}
