#include "pgcopy.h"

#include <QSqlDriver>
#include <QVariant>

#include <libpq-fe.h>

namespace {
PGconn *connectionOf(const QSqlDatabase &db)
{
    const QVariant handle = db.driver() ? db.driver()->handle() : QVariant();
    // Qt 5 names the type "PGconn*"; Qt 6 by the struct it stands for.
    if (!handle.isValid()
        || (qstrcmp(handle.typeName(), "PGconn*") != 0 && qstrcmp(handle.typeName(), "pg_conn*") != 0))
        return nullptr;
    return *static_cast<PGconn *const *>(handle.constData());
}

QString messageOf(PGconn *conn, const PGresult *result = nullptr)
{
    const char *text = result ? PQresultErrorMessage(result) : "";
    if (!text || !*text)
        text = PQerrorMessage(conn);
    return QString::fromUtf8(text).simplified();
}

// Whatever Qt left of a statement's results (QPSQL reads rows one at a
// time and drops the rest itself before its next statement).
void discardResults(PGconn *conn)
{
    while (PGresult *r = PQgetResult(conn))
        PQclear(r);
}

constexpr qsizetype sendAt = 64 * 1024;
} // namespace

PgCopy::PgCopy(const QSqlDatabase &db) : m_conn(connectionOf(db)) {}

PgCopy::~PgCopy()
{
    if (m_active) {
        m_error = QStringLiteral("abandoned");
        QString ignored;
        end(&ignored);
    }
}

bool PgCopy::begin(const char *table, const char *columns, QString *error)
{
    if (!m_conn) {
        *error = QStringLiteral("not a PostgreSQL connection");
        return false;
    }
    discardResults(m_conn);
    const QByteArray sql = QByteArray("COPY ") + table + " (" + columns + ") FROM STDIN";
    PGresult *start = PQexec(m_conn, sql.constData());
    m_active = PQresultStatus(start) == PGRES_COPY_IN;
    if (!m_active)
        *error = messageOf(m_conn, start);
    PQclear(start);
    if (!m_active)
        discardResults(m_conn);
    m_error.clear();
    return m_active;
}

void PgCopy::send(const QByteArray &data)
{
    // libpq buffers what it is given; pieces of 1 MB keep that buffer small.
    constexpr qsizetype piece = 1 << 20;
    for (qsizetype at = 0; m_error.isEmpty() && at < data.size(); at += piece) {
        if (PQputCopyData(m_conn, data.constData() + at, int(qMin(piece, data.size() - at))) != 1)
            m_error = messageOf(m_conn);
    }
}

void PgCopy::sendFull()
{
    if (m_rows.data().size() < sendAt)
        return;
    send(m_rows.data());
    m_rows.clearData();
}

bool PgCopy::end(QString *error)
{
    if (!m_active) {
        *error = QStringLiteral("no COPY under way");
        return false;
    }
    m_active = false;
    send(m_rows.data());
    m_rows.clearData();
    const bool sent = m_error.isEmpty();
    // Ends the COPY (a failed send aborts it) and reads its outcome.
    if (PQputCopyEnd(m_conn, sent ? nullptr : "the rows could not be sent") != 1 && sent)
        m_error = messageOf(m_conn);
    while (PGresult *r = PQgetResult(m_conn)) {
        const ExecStatusType status = PQresultStatus(r);
        if (status != PGRES_COMMAND_OK && m_error.isEmpty())
            m_error = messageOf(m_conn, r);
        PQclear(r);
        // Still copying: the end never reached the server (the connection is gone).
        if (status == PGRES_COPY_IN || PQstatus(m_conn) == CONNECTION_BAD)
            break;
    }
    if (m_error.isEmpty())
        return true;
    *error = m_error;
    return false;
}

bool PgCopy::run(const QSqlDatabase &db, const char *table, const char *columns, const PgCopyRows &rows,
                 QString *error)
{
    if (rows.rows() == 0)
        return true;
    PgCopy copy(db);
    if (!copy.begin(table, columns, error))
        return false;
    copy.send(rows.data());
    return copy.end(error);
}
