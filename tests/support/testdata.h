#pragma once
// The test fixtures in tests/data (PAPERSCOPE_TEST_DATA) and what a run of
// the real binary gives back: shared by the tests so that no test spells
// them out again. Header-only.

#include <QByteArray>
#include <QFile>
#include <QString>

namespace TestData {

inline QString fixture(const QString &name)
{
    return QStringLiteral(PAPERSCOPE_TEST_DATA "/") + name;
}

// A fixture's bytes; a missing one ends the test run.
inline QByteArray fixtureBytes(const QString &name)
{
    QFile file(fixture(name));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot open fixture %s", qPrintable(name));
    return file.readAll();
}

// The text in UTF-16 big-endian with a byte order mark.
inline QByteArray utf16be(const QString &text)
{
    QByteArray out("\xFE\xFF", 2);
    for (const QChar c : text) {
        out.append(char(c.unicode() >> 8));
        out.append(char(c.unicode() & 0xFF));
    }
    return out;
}

// How a run of the real binary ended and what it printed.
struct Run
{
    int exitCode = -1;
    QString out;
    QString err;
};

} // namespace TestData
