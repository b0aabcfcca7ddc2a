#pragma once
// Test support: writes profile files (design.md section 2) for tests that
// need many, large or strange ones made on the spot in a temporary folder
// (thousands of files, 200 MB, hostile names) rather than stored fixtures.
// Header-only, Qt Core only.

#include <QByteArray>
#include <QFile>
#include <QString>
#include <QStringList>
#include <QVector>

namespace ProfileMaker {

struct Paper
{
    QString title;
    QString authors = QStringLiteral("Ann Author, Bo Builder · test-lab");
    QString abstract = QStringLiteral("An abstract of one line.");
    QString header = QStringLiteral("SEJan 9, 2023");
};

inline QString text(const QString &name, const QVector<Paper> &papers)
{
    QString out = name + QStringLiteral("\n\nSE\nh-index3\n%1papers\n10citations\n\n%1 Papers\n\n").arg(papers.size());
    for (const Paper &p : papers)
        out += QStringLiteral("%1\n%2\n\n%3\n\n%4\n\n").arg(p.header, p.title, p.authors, p.abstract);
    return out;
}

// n papers titled "<prefix> 0" ... "<prefix> n-1".
inline QVector<Paper> numbered(const QString &prefix, int n)
{
    QVector<Paper> papers;
    papers.reserve(n);
    for (int i = 0; i < n; ++i)
        papers.append({QStringLiteral("%1 %2").arg(prefix).arg(i)});
    return papers;
}

inline bool write(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly | QIODevice::Truncate) && f.write(bytes) == bytes.size();
}

inline bool write(const QString &path, const QString &name, const QVector<Paper> &papers)
{
    return write(path, text(name, papers).toUtf8());
}

} // namespace ProfileMaker
