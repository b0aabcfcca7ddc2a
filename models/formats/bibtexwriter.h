#pragma once
// Writes papers as BibTeX entries that bibtex (plain.bst) and biber
// (--validate-datamodel) read without an error or a warning
// (design.md section 5). Writes to a QIODevice; never opens files itself.

#include "paperrecord.h"

#include <QByteArray>
#include <QIODevice>
#include <QString>
#include <QVector>

class BibtexWriter
{
public:
    enum class NonAscii { KeepUtf8, LatexEscapes };

    explicit BibtexWriter(NonAscii mode = NonAscii::KeepUtf8) : m_mode(mode) {}

    // One entry, ending with "}\n". The paper's citationKey must be set.
    QString entry(const PaperRecord &paper) const;
    // The same entry appended to out (many entries into one buffer).
    void appendEntry(QString &out, const PaperRecord &paper) const;

    // Entries separated by blank lines, UTF-8. Returns false on a device error.
    bool write(QIODevice *device, const QVector<PaperRecord> &papers) const;
    // What write() writes, as one array.
    QByteArray utf8(const QVector<PaperRecord> &papers) const;

private:
    QString text(const QString &value, bool title) const;          // escaped, one line
    void appendAuthors(QString &out, const PaperRecord &paper) const; // "A and {Org} and others"

    NonAscii m_mode;
};
