#pragma once
// The benchmark's table: one row per measure, one column per store size,
// each figure with its ratio to the plain-SQLite floor, then the floor's
// own figures. Printed as Markdown so it pastes into README.md as is.

#include <QMap>
#include <QString>
#include <QStringList>
#include <QVector>

class BenchReport
{
public:
    enum class Unit { Ms, Rate, MB, Count, Text };

    // Declares a row (once; later calls keep the first declaration's order).
    void define(const QString &key, const QString &label, Unit unit, const QString &target = QString());
    // A figure and, when there is one, the floor's figure for the same work.
    void set(int size, const QString &key, double value, double floor = -1);
    void setText(int size, const QString &key, const QString &text);
    void addNote(const QString &note) { m_notes << note; }

    QString markdown() const;

private:
    struct Row
    {
        QString label;
        Unit unit = Unit::Ms;
        QString target;
        QMap<int, double> value, floor;
        QMap<int, QString> text;
    };
    static QString format(double value, Unit unit);
    static QString sizeName(int size);

    QStringList m_order;
    QMap<QString, Row> m_rows;
    QVector<int> m_sizes;
    QStringList m_notes;
};
