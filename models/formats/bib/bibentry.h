#pragma once
// Value types of a read .bib file: entries with their fields exactly as
// written (raw) and expanded (macros resolved, concatenations joined, outer
// delimiters removed, LaTeX kept), the @string macros, @preamble values,
// comments and the text between entries (kept for writing back), and the
// entries that could not be read, with their lines.

#include <QString>
#include <QVector>

struct BibField
{
    QString name;          // lower-case ("title"); macro names as written for @string
    QString value;         // expanded, LaTeX kept: "M{\"u}ller and Smith"
    QString rawText;       // as written when not simply {value}: "jan", "\"x\" # y", "2020"
    int line = 0;          // 1-based

    // The value as written in the file ({value} when rawText is empty).
    QString raw() const { return rawText.isEmpty() ? QLatin1Char('{') + value + QLatin1Char('}') : rawText; }
};

struct BibEntry
{
    QString type;                // lower-case: "article", "inproceedings", "online", any other
    QString key;                 // exactly as written
    QVector<BibField> fields;    // in file order, as written
    QVector<BibField> inherited; // from the crossref parent, where the entry has none of its own
    int line = 0;                // line of the '@'

    // Own field, else inherited; nullptr when neither.
    const BibField *field(const QString &name) const
    {
        for (const BibField &f : fields)
            if (f.name == name)
                return &f;
        for (const BibField &f : inherited)
            if (f.name == name)
                return &f;
        return nullptr;
    }
    QString value(const QString &name) const
    {
        const BibField *f = field(name);
        return f ? f->value : QString();
    }
};

struct BibText
{
    int line = 0;
    QString text;                // a @comment as written, or text between entries
};

struct BibError
{
    int line = 0;                // 1-based; 0 for the whole file
    QString key;                 // the entry's key when it was read
    QString message;             // one line, no file name
};

struct BibDocument
{
    QVector<BibEntry> entries;   // the entries that were read, in file order
    QVector<BibField> strings;   // @string definitions, in order
    QVector<BibField> preambles; // @preamble values (name empty)
    QVector<BibText> comments;
    QVector<BibError> errors;    // bad entries, in file order
    QString encoding;            // what the bytes were read as
    bool isBibtex = false;       // false: not BibTeX at all (errors says why)

    bool ok() const { return isBibtex && errors.isEmpty(); }
};
