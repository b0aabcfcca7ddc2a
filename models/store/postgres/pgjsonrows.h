#pragma once
// Many rows as ONE bound value for PostgreSQL: a JSON array of objects
// that a statement reads with json_to_recordset(?::json) AS x(name type,
// ...) (a JSON array of strings is sqltextlist.h's sqlTextList).
// Written by hand (a QJsonDocument of 100k papers' fields costs more than
// the server's work): strings escaped as JSON wants, nulls as null.

#include "sqltextlist.h"

#include <QString>
#include <QStringList>
#include <QVariant>

class PgJsonRows
{
public:
    PgJsonRows() { m_json.reserve(4096); }

    void beginRow()
    {
        m_json.append(m_rows++ == 0 ? QLatin1String("[{") : QLatin1String(",{"));
        m_fields = 0;
    }
    void endRow() { m_json.append(QLatin1Char('}')); }

    void add(const char *name, const QString &text)
    {
        key(name);
        appendJsonString(m_json, text);
    }
    void add(const char *name, qint64 value)
    {
        key(name);
        m_json.append(QString::number(value));
    }
    // An empty text as JSON null (SQL NULL).
    void addOrNull(const char *name, const QString &text)
    {
        if (text.isEmpty())
            addNull(name);
        else
            add(name, text);
    }
    void addNull(const char *name)
    {
        key(name);
        m_json.append(QLatin1String("null"));
    }

    int rows() const { return m_rows; }
    // The array (empty when no row was begun).
    QString text() const { return m_rows == 0 ? QStringLiteral("[]") : m_json + QLatin1Char(']'); }

private:
    void key(const char *name)
    {
        if (m_fields++)
            m_json.append(QLatin1Char(','));
        m_json.append(QLatin1Char('"'));
        m_json.append(QLatin1String(name));
        m_json.append(QLatin1String("\":"));
    }

    QString m_json;
    int m_rows = 0;
    int m_fields = 0;
};
