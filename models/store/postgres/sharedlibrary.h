#pragma once
// A session with a lab's shared library on PostgreSQL: connects (libpq's
// password ways, or one the window got from the keyring), brings the
// schema up to date when the user is the owner (PgSchema, under its
// advisory lock), and tells whether the user may write (a reader may not,
// and the database enforces it). The owner grants roles through it.
// One instance per thread; the connection closes with it.

#include "pgroles.h"
#include "storelocation.h"

#include <QSqlDatabase>
#include <QString>

class SharedLibrary
{
public:
    SharedLibrary();
    ~SharedLibrary();
    SharedLibrary(const SharedLibrary &) = delete;
    SharedLibrary &operator=(const SharedLibrary &) = delete;

    // False with one line in lastError(): cannot connect, or the database
    // is not (and may not become) a library this Paperscope can read.
    bool open(const StoreLocation &location, const QString &password = QString());
    void close();
    bool isOpen() const { return m_open; }
    bool isReadOnly() const { return m_readOnly; }
    QString lastError() const { return m_error; }
    // "mara@db.lab:5432/papers", and " (read-only)" for a reader.
    QString title() const;
    // The schema version found before open() migrated it (0: a new library).
    int migratedFrom() const { return m_migratedFrom; }

    bool grant(PgRoles::Access access, const QString &role);
    // The open connection, for the store's parts (PgPaperStore).
    QSqlDatabase database() const;

private:
    QString m_connection;
    StoreLocation m_location;
    bool m_open = false;
    bool m_readOnly = false;
    int m_migratedFrom = 0;
    QString m_error;
};
