#include "pgroles.h"

#include "pgsql.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>
#include <QVariant>

namespace {
// Tables editors may read but never write (the schema's version).
const QString ownerOnlyTable = QStringLiteral("paperscope_meta");
} // namespace

QString PgRoles::groupRole(const QString &database, Access access)
{
    return database + (access == Access::Reader ? QStringLiteral("_reader") : QStringLiteral("_editor"));
}

bool PgRoles::run(QSqlDatabase &db, const QString &format, const QStringList &identifiers, QString *error)
{
    // The server builds the statement: format() quotes each %I itself.
    QSqlQuery build(db);
    build.prepare(QStringLiteral("SELECT format(?::text") + QStringLiteral(", ?::text").repeated(identifiers.size())
                  + QLatin1Char(')'));
    build.addBindValue(format);
    for (const QString &identifier : identifiers)
        build.addBindValue(identifier);
    if (!build.exec() || !build.next()) {
        *error = build.lastError().databaseText().simplified();
        return false;
    }
    QSqlQuery statement(db);
    if (!statement.exec(build.value(0).toString())) {
        *error = statement.lastError().databaseText().simplified();
        return false;
    }
    return true;
}

bool PgRoles::grant(QSqlDatabase &db, Access access, const QString &role, QString *error)
{
    const QString database = db.databaseName();
    const QVariant owner = PgSql::scalar(db, QStringLiteral("SELECT pg_catalog.pg_get_userbyid(datdba) = current_user"
                                                     " OR (SELECT rolsuper FROM pg_catalog.pg_roles"
                                                     "     WHERE rolname = current_user)"
                                                     " FROM pg_catalog.pg_database WHERE datname = current_database()"));
    if (!owner.toBool()) {
        *error = tr("only the owner of the library %1 grants roles").arg(database);
        return false;
    }
    if (PgSql::scalar(db, QStringLiteral("SELECT count(*) FROM pg_catalog.pg_roles WHERE rolname = ?"), {role}).toInt() != 1) {
        *error = tr("there is no role %1: create it first (createuser %1)").arg(role);
        return false;
    }
    const QString reader = groupRole(database, Access::Reader);
    const QString editor = groupRole(database, Access::Editor);
    if (role == reader || role == editor) {
        *error = tr("%1 is one of the library's group roles; grant to a login role").arg(role);
        return false;
    }
    if (!db.transaction()) {
        *error = db.lastError().text();
        return false;
    }
    bool ok = true;
    for (const QString &group : {reader, editor}) {
        if (ok && PgSql::scalar(db, QStringLiteral("SELECT count(*) FROM pg_catalog.pg_roles WHERE rolname = ?"), {group})
                          .toInt() == 0)
            ok = run(db, QStringLiteral("CREATE ROLE %I NOLOGIN"), {group}, error);
        if (ok)
            ok = run(db, QStringLiteral("GRANT CONNECT ON DATABASE %I TO %I"), {database, group}, error)
                 && run(db, QStringLiteral("GRANT USAGE ON SCHEMA public TO %I"), {group}, error)
                 && run(db, QStringLiteral("GRANT SELECT ON ALL TABLES IN SCHEMA public TO %I"), {group}, error)
                 && run(db, QStringLiteral("ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT SELECT ON TABLES TO %I"),
                        {group}, error);
    }
    if (ok)
        ok = run(db, QStringLiteral("GRANT INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO %I"), {editor}, error)
             && run(db, QStringLiteral("GRANT USAGE, SELECT, UPDATE ON ALL SEQUENCES IN SCHEMA public TO %I"), {editor}, error)
             && run(db, QStringLiteral("REVOKE INSERT, UPDATE, DELETE ON %I FROM %I"), {ownerOnlyTable, editor}, error)
             && run(db, QStringLiteral("ALTER DEFAULT PRIVILEGES IN SCHEMA public"
                                       " GRANT INSERT, UPDATE, DELETE ON TABLES TO %I"), {editor}, error)
             && run(db, QStringLiteral("ALTER DEFAULT PRIVILEGES IN SCHEMA public"
                                       " GRANT USAGE, SELECT, UPDATE ON SEQUENCES TO %I"), {editor}, error);
    const QString wanted = access == Access::Reader ? reader : editor;
    const QString other = access == Access::Reader ? editor : reader;
    if (ok && PgSql::scalar(db, QStringLiteral("SELECT pg_has_role(?::text, ?::text, 'MEMBER')"), {role, other}).toBool())
        ok = run(db, QStringLiteral("REVOKE %I FROM %I"), {other, role}, error);
    if (ok)
        ok = run(db, QStringLiteral("GRANT %I TO %I"), {wanted, role}, error);
    if (!ok) {
        db.rollback();
        if (error->contains(QLatin1String("permission denied to create role"))
            || error->contains(QLatin1String("must have admin option")))
            *error = tr("%1 may not create or grant roles (it needs CREATEROLE): %2").arg(db.userName(), *error);
        else
            *error = tr("granting failed, nothing changed: %1").arg(*error);
        return false;
    }
    if (!db.commit()) {
        *error = tr("granting failed, nothing changed: %1").arg(db.lastError().text());
        return false;
    }
    return true;
}

bool PgRoles::isReadOnly(QSqlDatabase &db)
{
    return !PgSql::scalar(db, QStringLiteral("SELECT has_table_privilege('papers', 'INSERT')")).toBool();
}
