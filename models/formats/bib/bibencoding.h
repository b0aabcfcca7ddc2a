#pragma once
// Turns the bytes of a .bib file into text. Real files come as UTF-8 (with
// or without a BOM), UTF-16 with a BOM, or windows-1252 / Latin-1 from older
// tools; JabRef says which in a "% Encoding: NAME" first line. Order: BOM,
// then JabRef's header, then valid UTF-8, else windows-1252. No codec
// library is needed (the same in Qt 5 and Qt 6).

#include <QByteArray>
#include <QString>
#include <QStringView>

namespace BibEncoding {

// The text, and in *name what was used ("UTF-8", "UTF-16LE", "UTF-16BE",
// "windows-1252", "ISO-8859-1"). The BOM is not part of the text.
QString decode(const QByteArray &bytes, QString *name = nullptr);

bool isValidUtf8(const char *data, qsizetype size);

// For a file decoded a window at a time (BibChunkReader): the encoding
// decode() uses for all of bytes and the offset where its text starts
// (past a BOM); a window of bytes decoded that way (it must begin and end
// between characters); and how many bytes a piece of decoded text was.
QString detect(const QByteArray &bytes, qsizetype *start);
QString decodeAs(const char *data, qsizetype size, const QString &name);
qsizetype encodedSize(QStringView text, const QString &name);

} // namespace BibEncoding
