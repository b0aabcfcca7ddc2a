#include "benchreport.h"

#include <algorithm>

void BenchReport::define(const QString &key, const QString &label, Unit unit, const QString &target)
{
    if (m_rows.contains(key))
        return;
    m_order << key;
    Row row;
    row.label = label;
    row.unit = unit;
    row.target = target;
    m_rows.insert(key, row);
}

void BenchReport::set(int size, const QString &key, double value, double floor)
{
    if (!m_rows.contains(key))
        define(key, key, Unit::Ms);
    if (!m_sizes.contains(size)) {
        m_sizes << size;
        std::sort(m_sizes.begin(), m_sizes.end());
    }
    m_rows[key].value.insert(size, value);
    if (floor > 0)
        m_rows[key].floor.insert(size, floor);
}

void BenchReport::setText(int size, const QString &key, const QString &text)
{
    if (!m_rows.contains(key))
        define(key, key, Unit::Text);
    if (!m_sizes.contains(size)) {
        m_sizes << size;
        std::sort(m_sizes.begin(), m_sizes.end());
    }
    m_rows[key].text.insert(size, text);
}

QString BenchReport::sizeName(int size)
{
    if (size >= 1000000 && size % 1000000 == 0)
        return QStringLiteral("%1M").arg(size / 1000000);
    if (size >= 1000 && size % 1000 == 0)
        return QStringLiteral("%1k").arg(size / 1000);
    return QString::number(size);
}

QString BenchReport::format(double value, Unit unit)
{
    switch (unit) {
    case Unit::Ms:
        if (value >= 10000)
            return QStringLiteral("%1 s").arg(value / 1000, 0, 'f', 1);
        if (value >= 1000)
            return QStringLiteral("%1 s").arg(value / 1000, 0, 'f', 2);
        if (value >= 10)
            return QStringLiteral("%1 ms").arg(value, 0, 'f', 0);
        return QStringLiteral("%1 ms").arg(value, 0, 'f', 1);
    case Unit::Rate:
        if (value >= 1e6)
            return QStringLiteral("%1M/s").arg(value / 1e6, 0, 'f', 2);
        if (value >= 1e3)
            return QStringLiteral("%1k/s").arg(value / 1e3, 0, 'f', 0);
        return QStringLiteral("%1/s").arg(value, 0, 'f', 0);
    case Unit::MB:
        return QStringLiteral("%1 MB").arg(value, 0, 'f', value >= 100 ? 0 : 1);
    case Unit::Count:
        return QString::number(qint64(value));
    case Unit::Text:
        break;
    }
    return QString();
}

QString BenchReport::markdown() const
{
    QString out;
    QString header = QStringLiteral("| Measure |");
    QString rule = QStringLiteral("|---|");
    for (int size : m_sizes) {
        header += QStringLiteral(" %1 papers |").arg(sizeName(size));
        rule += QStringLiteral("---:|");
    }
    header += QStringLiteral(" Target (1M) |");
    rule += QStringLiteral("---|");
    out += header + QLatin1Char('\n') + rule + QLatin1Char('\n');
    for (const QString &key : m_order) {
        const Row &row = m_rows[key];
        QString line = QStringLiteral("| %1 |").arg(row.label);
        for (int size : m_sizes) {
            QString cell;
            if (row.text.contains(size)) {
                cell = row.text.value(size);
            } else if (row.value.contains(size)) {
                const double v = row.value.value(size);
                cell = format(v, row.unit);
                if (row.floor.contains(size) && v > 0) {
                    const double f = row.floor.value(size);
                    const double ratio = row.unit == Unit::Rate ? f / v : v / f;
                    cell += QStringLiteral(" (%1×)").arg(ratio, 0, 'f', ratio >= 10 ? 0 : ratio >= 2 ? 1 : 2);
                }
            }
            line += QStringLiteral(" %1 |").arg(cell.isEmpty() ? QStringLiteral("–") : cell);
        }
        line += QStringLiteral(" %1 |").arg(row.target);
        out += line + QLatin1Char('\n');
    }

    out += QStringLiteral("\nThe plain-SQLite floor for the same rows and work:\n\n");
    header = QStringLiteral("| Floor |");
    rule = QStringLiteral("|---|");
    for (int size : m_sizes) {
        header += QStringLiteral(" %1 |").arg(sizeName(size));
        rule += QStringLiteral("---:|");
    }
    out += header + QLatin1Char('\n') + rule + QLatin1Char('\n');
    for (const QString &key : m_order) {
        const Row &row = m_rows[key];
        if (row.floor.isEmpty())
            continue;
        QString line = QStringLiteral("| %1 |").arg(row.label);
        for (int size : m_sizes)
            line += QStringLiteral(" %1 |").arg(row.floor.contains(size) ? format(row.floor.value(size), row.unit)
                                                                          : QStringLiteral("–"));
        out += line + QLatin1Char('\n');
    }
    if (!m_notes.isEmpty())
        out += QLatin1Char('\n') + m_notes.join(QLatin1Char('\n')) + QLatin1Char('\n');
    return out;
}
