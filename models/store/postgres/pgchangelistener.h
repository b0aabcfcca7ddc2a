#pragma once
// Hears what other clients change in a shared library: a connection of its
// own LISTENs on PgChangeLog's channel (QSqlDriver notifications, delivered
// through the event loop of the thread that started it) and emits changed()
// for each committed change, with who made it. A window refreshes on it.

#include "librarychange.h"
#include "storelocation.h"

#include <QObject>
#include <QSqlDriver>

class PgChangeListener : public QObject
{
    Q_OBJECT

public:
    explicit PgChangeListener(QObject *parent = nullptr);
    ~PgChangeListener() override;

    // False with one line in error() when it cannot connect or listen.
    bool start(const StoreLocation &location, const QString &password = QString());
    void stop();
    // Asks the server over the listening connection; false (error() says
    // why) when the connection is gone: the server stopped or is unreachable.
    bool isAlive();
    QString error() const { return m_error; }

signals:
    void changed(const LibraryChange &change);

private:
    void heard(const QString &name, QSqlDriver::NotificationSource source, const QVariant &payload);

    QString m_connection;
    QString m_error;
};
