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

// For a file decoded a window at a time (BibChunkReader): what its first
// bytes say as decode() reads them (a BOM or JabRef's header; *start is
// where the text begins, past a BOM), empty when the rest must tell (UTF-8
// if it all is, else windows-1252); a window of bytes decoded as name says
// (it must begin and end between characters); and how many bytes a piece
// of decoded text was.
QString declared(const QByteArray &head, qsizetype *start);
QString decodeAs(const char *data, qsizetype size, const QString &name);
qsizetype encodedSize(QStringView text, const QString &name);

} // namespace BibEncoding
