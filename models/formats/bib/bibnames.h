#pragma once
// BibTeX name lists: "A and B and others", each name in one of the three
// forms "First von Last", "von Last, First" and "von Last, Jr, First";
// a braced name ("{FAIR CodeGen team}") is one unsplittable last name. The
// parts keep their LaTeX; display() gives the Unicode text people read.

#include <QString>
#include <QStringList>
#include <QVector>

struct BibName
{
    QString first, von, last, jr; // LaTeX as written, braces kept

    // "Donald E. Knuth", "Ludwig van Beethoven", "Martin Luther King Jr.",
    // "FAIR CodeGen team": decoded, braces gone.
    QString display() const;
};

struct BibNameList
{
    QVector<BibName> names;
    bool others = false;         // the list ended with "and others"

    QStringList display() const;
};

namespace BibNames {

BibNameList parse(const QString &value);
BibName parseName(const QString &name);

} // namespace BibNames
