#pragma once
// Small helpers of the PostgreSQL backend's parts: prepare, bind every value
// (never pasted into the text), run; and the id lists of a window as one
// bound value (a JSON array read by json_array_elements_text).

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>
#include <QVariant>
#include <QVector>

namespace PgSql {

inline bool exec(QSqlQuery &q, const QString &sql, const QVariantList &values, QString *error)
{
    if (!q.prepare(sql)) {
        *error = q.lastError().text();
        return false;
    }
    for (int i = 0; i < values.size(); ++i) {
        const QVariant &value = values.at(i);
        // QPSQL sends a null QString as NULL; an empty text is '' here (as in SQLite).
        const bool emptyText = value.userType() == QMetaType::QString && value.toString().isNull();
        q.bindValue(i, emptyText ? QVariant(QStringLiteral("")) : value);
    }
    if (!q.exec()) {
        *error = q.lastError().databaseText().isEmpty() ? q.lastError().text()
                                                        : q.lastError().databaseText().simplified();
        return false;
    }
    return true;
}

// The first column of the first row, or an invalid QVariant (no row, or an error).
inline QVariant scalar(const QSqlDatabase &db, const QString &sql, const QVariantList &values = {})
{
    QSqlQuery q(db);
    QString error;
    if (!exec(q, sql, values, &error) || !q.next())
        return QVariant();
    return q.value(0);
}

// A statement without values that PostgreSQL cannot PREPARE (SAVEPOINT, ...).
inline bool run(QSqlQuery &q, const QString &sql, QString *error)
{
    if (q.exec(sql))
        return true;
    *error = q.lastError().databaseText().isEmpty() ? q.lastError().text() : q.lastError().databaseText().simplified();
    return false;
}

// Statements without values, in order, up to the first that fails (a migration's steps).
inline bool runAll(const QSqlDatabase &db, const QStringList &statements, QString *error)
{
    QSqlQuery q(db);
    for (const QString &sql : statements) {
        if (!run(q, sql, error))
            return false;
    }
    return true;
}

// "(SELECT value::bigint FROM json_array_elements_text(?::json))" binds idList(ids).
inline QString idSet()
{
    return QStringLiteral("(SELECT value::bigint FROM json_array_elements_text(?::json))");
}

inline QString idList(const QVector<qint64> &ids)
{
    QJsonArray array;
    for (qint64 id : ids)
        array.append(double(id));
    return QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Compact));
}

inline QVariant orNull(const QString &text)
{
    return text.isEmpty() ? QVariant() : QVariant(text);
}

} // namespace PgSql
