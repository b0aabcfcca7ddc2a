#pragma once
// Writes realistic profile files (design.md section 2) for the benchmark,
// deterministically from a seed: real-looking titles (some with LaTeX
// math), usually three authors (some truncated with "et al.", some
// organisations, some non-ASCII), affiliation slugs, 300-1,500 character
// abstracts, a skewed mix of categories and years, code flags, year-less
// dates, a few CRLF and BOM files, and papers shared between profiles (a
// shared paper sometimes brings one more affiliation). Every paper is
// unique by normalised title, so `papers` is exactly what a store holds
// after importing every file.

#include <QDateTime>
#include <QString>
#include <QStringList>
#include <QVector>

class ProfileGenerator
{
public:
    ProfileGenerator(int papers, quint64 seed);

    // Writes profile-NNNNN.txt into dir, or reuses what an earlier run with
    // the same size and seed wrote there. False with *error on failure.
    bool generate(const QString &dir, QString *error);

    static QStringList files(const QString &dir);   // sorted
    int papers() const { return m_papers; }
    int profileCount() const { return int(m_start.size()) - 1; }
    qint64 entryCount() const { return m_entries; } // paper blocks over all files

    // The modification time of every file: year-less dates resolve against it.
    static QDateTime savedAt();

private:
    void layout();
    QString makeTitle(int index, int attempt) const;
    QString makeAbstract(int index) const;
    QString fill(const QString &pattern, class BenchRandom &rng) const;
    QDate dateOf(int index) const;
    QString paperBlock(int index, int profile) const;
    QByteArray profileFile(int profile) const;
    QVector<int> listedPapers(int profile) const;
    int ownerOf(int index) const;

    int m_papers;
    quint64 m_seed;
    qint64 m_entries = 0;
    QVector<int> m_start;          // home papers of profile k: [m_start[k], m_start[k + 1])
    QStringList m_names;           // profile owners
    QStringList m_primary;         // their primary categories
    QVector<QString> m_titles;     // unique by normalised title
};
