#pragma once
// Citation keys in Google Scholar's shape: family name of the first author,
// year, first significant title word, lower-case ASCII ("gu2024cruxeval").
// Uniqueness across the store ("...a", "...b") is the store's job; this only
// proposes the base key and the suffixed variants.

#include <QString>
#include <QStringList>

struct PaperRecord;

namespace CitationKey {

QString base(const PaperRecord &paper);

// 0 -> base, 1 -> base + "a", 2 -> base + "b", ..., 26 -> "z", 27 -> "aa"
QString withSuffix(const QString &base, int n);

// "\\cite{a,b}" for the keys given.
QString citeCommand(const QStringList &keys);

} // namespace CitationKey
