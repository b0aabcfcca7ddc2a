#pragma once
// A .bib text parsed twice by BibParser: in full, and as BibChunkReader::scan()
// parses it (setScanOnly). What a scan keeps must be what the full parse
// gives: the bad entries (line, key, message), keys, types and lines,
// @string and @preamble, each crossref, and every entry whole that an
// earlier entry crossrefs. Shared by tst_bibscan and fuzz_bibreader.
// Header-only.

#include "bibparser.h"

#include <QSet>
#include <QString>
#include <QStringList>

namespace BibScanTesting {

inline QString fieldsText(const QVector<BibField> &fields)
{
    QStringList out;
    for (const BibField &f : fields)
        out << QStringLiteral("%1@%2=%3|%4").arg(f.name).arg(f.line).arg(f.value, f.rawText);
    return out.join(QLatin1Char(';'));
}

inline QString errorText(const BibError &e)
{
    return QStringLiteral("%1:%2:%3").arg(e.line).arg(e.key, e.message);
}

// Empty when the scan agrees with the full parse, else the first difference.
inline QString scanMismatch(const QString &text)
{
    BibDocument full, scanned;
    BibParser(text).parse(&full);
    QSet<QString> wanted; // the parser's: what it read whole
    BibParser scanner(text);
    scanner.setScanOnly(&wanted);
    scanner.parse(&scanned);
    if (full.isBibtex != scanned.isBibtex)
        return QStringLiteral("isBibtex differs");
    if (full.errors.size() != scanned.errors.size())
        return QStringLiteral("%1 errors, scan %2").arg(full.errors.size()).arg(scanned.errors.size());
    for (int i = 0; i < full.errors.size(); ++i)
        if (errorText(full.errors.at(i)) != errorText(scanned.errors.at(i)))
            return QStringLiteral("error %1 / scan %2").arg(errorText(full.errors.at(i)), errorText(scanned.errors.at(i)));
    if (fieldsText(full.preambles) != fieldsText(scanned.preambles) || fieldsText(full.strings) != fieldsText(scanned.strings))
        return QStringLiteral("@preamble or @string differ");
    if (full.entries.size() != scanned.entries.size())
        return QStringLiteral("%1 entries, scan %2").arg(full.entries.size()).arg(scanned.entries.size());
    QSet<QString> targets; // crossrefs of the entries so far
    for (int i = 0; i < full.entries.size(); ++i) {
        const BibEntry &f = full.entries.at(i), &s = scanned.entries.at(i);
        if (f.type != s.type || f.key != s.key || f.line != s.line)
            return QStringLiteral("entry %1 (%2) differs").arg(i).arg(f.key);
        const QString folded = f.key.toLower();
        QVector<BibField> crossref;
        for (const BibField &field : f.fields)
            if (field.name == QLatin1String("crossref"))
                crossref.append(field);
        // Whole, or (not crossref'd before it) its crossref alone.
        const QString scannedFields = fieldsText(s.fields);
        if (scannedFields != fieldsText(f.fields) && (targets.contains(folded) || scannedFields != fieldsText(crossref)))
            return QStringLiteral("entry %1 (%2): fields %3 / scan %4").arg(i).arg(f.key, fieldsText(f.fields), scannedFields);
        for (const BibField &field : std::as_const(crossref))
            targets.insert(field.value.trimmed().toLower());
    }
    return QString();
}

} // namespace BibScanTesting
