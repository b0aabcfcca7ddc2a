#pragma once
// Many rows as ONE bound value for PostgreSQL: a JSON array of objects
// that a statement reads with json_to_recordset(?::json) AS x(name type,
// ...), or a JSON array of strings for json_array_elements_text(?::json).
// Written by hand (a QJsonDocument of 100k papers' fields costs more than
// the server's work): strings escaped as JSON wants, nulls as null.

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
        appendString(m_json, text);
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

    // ["a","b"] for json_array_elements_text(?::json).
    static QString textArray(const QStringList &values)
    {
        QString json;
        qsizetype size = 2;
        for (const QString &v : values)
            size += v.size() + 3;
        json.reserve(size);
        json.append(QLatin1Char('['));
        for (int i = 0; i < values.size(); ++i) {
            if (i)
                json.append(QLatin1Char(','));
            appendString(json, values.at(i));
        }
        json.append(QLatin1Char(']'));
        return json;
    }

private:
    void key(const char *name)
    {
        if (m_fields++)
            m_json.append(QLatin1Char(','));
        m_json.append(QLatin1Char('"'));
        m_json.append(QLatin1String(name));
        m_json.append(QLatin1String("\":"));
    }

    // A JSON string: the quote, the backslash and control characters escaped.
    static void appendString(QString &json, const QString &value)
    {
        json.append(QLatin1Char('"'));
        const QChar *data = value.constData();
        qsizetype run = 0; // start of the characters not yet appended
        for (qsizetype i = 0; i < value.size(); ++i) {
            const char16_t u = data[i].unicode();
            if (u != u'"' && u != u'\\' && u >= 0x20)
                continue;
            json.append(data + run, i - run);
            run = i + 1;
            if (u == u'"' || u == u'\\') {
                json.append(QLatin1Char('\\'));
                json.append(data[i]);
            } else {
                json.append(QStringLiteral("\\u%1").arg(int(u), 4, 16, QLatin1Char('0')));
            }
        }
        json.append(data + run, value.size() - run);
        json.append(QLatin1Char('"'));
    }

    QString m_json;
    int m_rows = 0;
    int m_fields = 0;
};
