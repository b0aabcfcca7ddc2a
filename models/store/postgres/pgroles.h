#pragma once
// Who may do what in a shared library, enforced by PostgreSQL itself:
// two group roles per library, <database>_reader (SELECT only) and
// <database>_editor (also writes papers and user data, never the schema);
// only the library's owner migrates and grants. grant() creates the group
// roles on first use, gives them their privileges (also on tables later
// migrations add), and makes a login role a member of exactly one of them
// (granting reader to an editor takes the editor role away).
// Identifiers never go into SQL by string pasting: the server quotes them
// (format('%I')) from bound values.

#include <QCoreApplication>
#include <QString>

class QSqlDatabase;

class PgRoles
{
    Q_DECLARE_TR_FUNCTIONS(PgRoles)

public:
    enum class Access { Reader, Editor };

    static QString groupRole(const QString &database, Access access);
    // False with one line in *error (nothing changed): not the owner, no
    // such login role, no right to create roles.
    static bool grant(QSqlDatabase &db, Access access, const QString &role, QString *error);
    // True when the connected role may not write papers (a reader).
    static bool isReadOnly(QSqlDatabase &db);

private:
    static bool run(QSqlDatabase &db, const QString &format, const QStringList &identifiers, QString *error);
};
