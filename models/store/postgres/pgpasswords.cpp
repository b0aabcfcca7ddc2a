#include "pgpasswords.h"

#include <QHash>
#include <QMutex>
#include <QMutexLocker>

namespace {
QMutex mutex;
QHash<QString, QString> &passwords()
{
    static QHash<QString, QString> byLibrary;
    return byLibrary;
}
// One entry per role, server and database (the TLS mode does not matter).
QString keyOf(const StoreLocation &location)
{
    return location.displayName();
}
} // namespace

void PgPasswords::remember(const StoreLocation &location, const QString &password)
{
    const QMutexLocker lock(&mutex);
    if (password.isEmpty())
        passwords().remove(keyOf(location));
    else
        passwords().insert(keyOf(location), password);
}

void PgPasswords::forget(const StoreLocation &location)
{
    remember(location, QString());
}

QString PgPasswords::lookup(const StoreLocation &location)
{
    const QMutexLocker lock(&mutex);
    return passwords().value(keyOf(location));
}
