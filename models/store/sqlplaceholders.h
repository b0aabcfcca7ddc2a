#pragma once
// "?,?,?" for n bound values: the one spelling of a SQL IN list, shared by
// FilterSql and OrganiseFilterSql. Header-only, so that the two filter
// parts need not include each other (FilterSql uses OrganiseFilterSql).

#include <QString>

inline QString sqlPlaceholders(int n)
{
    QString s;
    s.reserve(n * 2);
    for (int i = 0; i < n; ++i)
        s += i ? QStringLiteral(",?") : QStringLiteral("?");
    return s;
}
