#include "sharedlibrary.h"

#include "pgconnection.h"
#include "pgschema.h"

#include <QAtomicInt>
#include <QSqlDatabase>
#include <QSqlQuery>

namespace {
QAtomicInt connections;
} // namespace

SharedLibrary::SharedLibrary()
    : m_connection(QStringLiteral("paperscope-shared-%1").arg(connections.fetchAndAddRelaxed(1)))
{
}

SharedLibrary::~SharedLibrary()
{
    close();
}

bool SharedLibrary::open(const StoreLocation &location, const QString &password)
{
    close();
    m_location = location;
    m_error.clear();
    if (!PgConnection::open(location, m_connection, password, &m_error))
        return false;
    QSqlDatabase db = QSqlDatabase::database(m_connection);
    if (!PgSchema::migrate(db, &m_error, &m_migratedFrom)) {
        m_error = QStringLiteral("%1: %2").arg(location.displayName(), m_error);
        db.close();
        db = QSqlDatabase();
        QSqlDatabase::removeDatabase(m_connection);
        return false;
    }
    m_readOnly = PgRoles::isReadOnly(db);
    // Plans for the values at hand, not a prepared statement's generic plan
    // made once while the tables were small or for other values (an
    // import's title and key look-ups took ten times as long in one run of
    // the benchmark as in the next).
    QSqlQuery(db).exec(QStringLiteral("SET plan_cache_mode = force_custom_plan"));
    m_open = true;
    return true;
}

void SharedLibrary::close()
{
    if (!QSqlDatabase::contains(m_connection))
        return;
    {
        QSqlDatabase db = QSqlDatabase::database(m_connection, false);
        db.close();
    }
    QSqlDatabase::removeDatabase(m_connection);
    m_open = false;
}

QString SharedLibrary::title() const
{
    return m_location.displayName() + (m_readOnly ? QStringLiteral(" (read-only)") : QString());
}

QSqlDatabase SharedLibrary::database() const
{
    return QSqlDatabase::database(m_connection, false);
}

bool SharedLibrary::grant(PgRoles::Access access, const QString &role)
{
    if (!m_open) {
        m_error = QStringLiteral("the shared library is not open");
        return false;
    }
    QSqlDatabase db = QSqlDatabase::database(m_connection);
    m_error.clear();
    return PgRoles::grant(db, access, role, &m_error);
}
