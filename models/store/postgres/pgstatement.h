#pragma once
// One statement of a PostgreSQL writer prepared once, on first use, and
// run many times with every value bound (QPSQL prepares on the server:
// preparing per run costs a round trip, and another to deallocate).

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

class PgStatement
{
public:
    PgStatement(QSqlDatabase db, QString sql) : m_query(db), m_sql(std::move(sql)) { m_query.setForwardOnly(true); }

    bool exec(const QVariantList &values, QString *error)
    {
        if (!m_prepared && !(m_prepared = m_query.prepare(m_sql))) {
            *error = message();
            return false;
        }
        for (int i = 0; i < values.size(); ++i) {
            const QVariant &value = values.at(i);
            // QPSQL sends a null QString as NULL; an empty text is '' here (as in SQLite).
            const bool emptyText = value.userType() == QMetaType::QString && value.toString().isNull();
            m_query.bindValue(i, emptyText ? QVariant(QStringLiteral("")) : value);
        }
        if (m_query.exec())
            return true;
        *error = message();
        return false;
    }

    QSqlQuery &query() { return m_query; }

private:
    QString message() const
    {
        const QSqlError e = m_query.lastError();
        return e.databaseText().isEmpty() ? e.text() : e.databaseText().simplified();
    }

    QSqlQuery m_query;
    QString m_sql;
    bool m_prepared = false;
};
