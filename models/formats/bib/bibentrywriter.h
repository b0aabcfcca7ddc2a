#pragma once
// Writes an entry that came from a .bib file back as it was read: its own
// type and key, every field in its order with its value (macros expanded,
// LaTeX kept, so the entry needs no @string), and the file's @preamble
// values. Reading what it writes gives the same entries again, so a second
// export is byte for byte the first (the round trip of issue 17).

#include <QPair>
#include <QString>
#include <QStringList>
#include <QVector>

namespace BibEntryWriter {

// "@article{Key,\n  title = {...},\n  year = {2020}\n}\n"
QString entry(const QString &type, const QString &key, const QVector<QPair<QString, QString>> &fields);

// "@preamble{{...}}\n" for each value.
QString preambles(const QStringList &values);

} // namespace BibEntryWriter
