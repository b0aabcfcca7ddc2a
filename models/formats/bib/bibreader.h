#pragma once
// Reads the bytes of a .bib file (JabRef, Zotero/Better BibTeX, Google
// Scholar, KBibTeX or hand-written) into a BibDocument: the entries that
// could be read, and the bad ones with their lines. Decodes the encoding
// (BibEncoding), parses (BibParser), refuses duplicate keys and resolves
// crossref (the child shows its parent's fields; both stay as written).
// Pure and thread-safe: no global state, no file access.

#include "bibentry.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

class BibReader
{
    Q_DECLARE_TR_FUNCTIONS(BibReader)

public:
    static BibDocument read(const QByteArray &bytes);
    // The same, letting the bytes go once decoded (a large file is not held
    // as bytes and as text while it is parsed).
    static BibDocument take(QByteArray *bytes);
    static BibDocument readText(const QString &text);

    // Cheap sniff for drops, pastes and folders: does this look like BibTeX?
    static bool looksLikeBibtex(const QByteArray &bytes);

    // "FILE:LINE: message (entry KEY)" for one bad entry.
    static QString message(const BibError &error, const QString &fileName);

private:
    static void resolve(BibDocument *doc);
};
