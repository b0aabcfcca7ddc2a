#pragma once
// COPY ... FROM STDIN through libpq on the connection Qt's QPSQL driver
// holds (QSqlDriver::handle(), a PGconn*), inside the caller's
// transaction: rows go in as COPY text (PgCopyRows) instead of values Qt
// would paste into the statement as escaped literals for the server to
// parse again. Rows are sent while more are written (sendFull), so the
// server stores the first while the client makes the next. Only table and
// column names of the caller's own go into the statement; every value is
// in the rows.

#include "pgcopyrows.h"

#include <QSqlDatabase>
#include <QString>

struct pg_conn;

class PgCopy
{
public:
    explicit PgCopy(const QSqlDatabase &db);
    ~PgCopy(); // a COPY not ended is abandoned (the server undoes it)
    PgCopy(const PgCopy &) = delete;
    PgCopy &operator=(const PgCopy &) = delete;

    // Starts COPY table (columns) FROM STDIN.
    bool begin(const char *table, const char *columns, QString *error);
    PgCopyRows &rows() { return m_rows; }
    // Sends the rows written so far once they hold 64 KB or more.
    void sendFull();
    // Sends the rest and ends the COPY: false with the first failure's message.
    bool end(QString *error);

    // begin(), the rows, end() in one.
    static bool run(const QSqlDatabase &db, const char *table, const char *columns, const PgCopyRows &rows,
                    QString *error);

private:
    void send(const QByteArray &data);

    pg_conn *m_conn = nullptr;
    bool m_active = false;
    QString m_error;
    PgCopyRows m_rows;
};
