#pragma once
// A list of paper ids as ONE bound value: "[1,2,3]", read in SQL with
// `SELECT value FROM json_each(?)` (SQLite >= 3.38 has JSON built in).
// Qt's SQLite driver looks every placeholder up by number, so binding
// thousands of "?" costs quadratic time; one JSON text costs one bind.

#include <QString>
#include <QVector>

inline QString sqlIdList(const QVector<qint64> &ids)
{
    QString s;
    s.reserve(ids.size() * 8 + 2);
    s += QLatin1Char('[');
    for (int i = 0; i < ids.size(); ++i) {
        if (i)
            s += QLatin1Char(',');
        s += QString::number(ids.at(i));
    }
    s += QLatin1Char(']');
    return s;
}
