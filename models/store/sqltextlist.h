#pragma once
// A list of texts as ONE bound value, sqlidlist.h's sibling: the JSON array
// ["a","b"], read in SQL with json_each(?) (SQLite) or
// json_array_elements_text(?::json) (PostgreSQL). appendJsonString writes
// one JSON string (the quote, the backslash and control characters
// escaped) for writers of larger JSON values too (PgJsonRows).

#include <QString>
#include <QStringList>

inline void appendJsonString(QString &json, const QString &value)
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

inline QString sqlTextList(const QStringList &values)
{
    QString json;
    qsizetype size = 2;
    for (const QString &v : values)
        size += v.size() + 3;
    json.reserve(size);
    json.append(QLatin1Char('['));
    for (qsizetype i = 0; i < values.size(); ++i) {
        if (i)
            json.append(QLatin1Char(','));
        appendJsonString(json, values.at(i));
    }
    json.append(QLatin1Char(']'));
    return json;
}
