#pragma once
// Reads a large .bib file (any seekable QIODevice: the file itself, or a
// QBuffer) a window at a time, so that neither its bytes, nor its text,
// nor all of its entries are ever in memory at once. scan()
// reads it once for what an import must know before anything is stored:
// the bad entries (as BibReader::read() reports them), how many entries
// are readable, the @preamble values, and the crossref parents that come
// after a child; it checks the whole grammar but builds only the values it
// keeps (BibParser::setScanOnly), as it runs before the store can start.
// next() then hands the readable entries over a window at
// a time, duplicate keys left out and crossref resolved, as read() would
// give them. A window ends where a line starts an entry (the grammar never
// reads a value across such a line). UTF-16 files are not read this way
// (canRead() is false: BibReader::read() takes them whole).

#include "bibentry.h"

#include <QByteArray>
#include <QHash>
#include <QIODevice>
#include <QSet>
#include <QString>

#include <memory>

class BibParser;

class BibChunkReader
{
public:
    static constexpr qsizetype windowBytes = 1 << 20; // grown while no entry fits; next() ramps up to it

    // device: open for reading, seekable, outliving the reader; read once
    // here in blocks for the encoding (a strict UTF-8 check) and NUL bytes.
    explicit BibChunkReader(QIODevice *device);
    ~BibChunkReader();
    BibChunkReader(const BibChunkReader &) = delete;
    BibChunkReader &operator=(const BibChunkReader &) = delete;

    bool canRead() const;
    // What read() gives but the entries (errors sorted by line, preambles,
    // isBibtex, encoding); readableEntries() is then how many next() gives.
    BibDocument scan();
    int readableEntries() const { return m_readable; }
    // The next window's readable entries, after scan(); false when none are left.
    bool next(QVector<BibEntry> *entries);

private:
    struct Window;
    void rewind();
    bool window(BibDocument *doc);
    static qsizetype boundary(const QByteArray &bytes);
    void resolve(BibEntry *child) const;

    QIODevice *m_device;
    qsizetype m_size = 0;
    bool m_binary = false;          // a NUL byte: not a text file
    QString m_encoding;
    qsizetype m_start = 0;          // where the text begins (past a BOM)
    qsizetype m_pos = 0;            // the next window's first byte
    int m_line = 1;                 // and its line
    qsizetype m_firstBytes = windowBytes / 8; // next()'s windows start at this size
    std::unique_ptr<Window> m_window; // the window before (its macros go on)
    int m_readable = 0;
    int m_ordinal = 0;              // entries parsed by next() so far
    QSet<int> m_duplicates;         // ordinals of the entries refused as duplicates
    QSet<QString> m_targets;        // lower-case keys some entry crossrefs
    QHash<QString, BibEntry> m_parents; // those entries as read so far (lower-case key)
    bool m_scanning = false;        // in scan(): its windows are parsed for it only
    QSet<QString> m_wanted;         // in scan(): lower-case keys the parser reads whole
};
