#pragma once
// The papers a search text matches: the ids FTS5 answers for a
// FilterSql::ftsQuery() ("w1"* "w2"* ...), read with memory that does not
// grow with the full-text index. FTS5 answers a prefix by first merging, in
// memory, the doclists (positions included) of every term that starts with
// it: some 46 MB for "model" in a million papers, LIMIT or not. Here a word
// of ASCII letters and digits (which the unicode61 tokenizer keeps as one
// lower-case term) becomes the OR of its terms, listed by an fts5vocab
// table, which FTS5 streams; it is read in chunks of ascending rowid into a
// bitmap, a few hundred kB at a time, with a chance to stop between chunks
// (terms found in few papers, as the vocabulary counts them, in one go).
// Other words (accents, other scripts, "_": the tokenizer folds or splits
// them) keep FTS5's own prefix query. The words' matches are ANDed, as in
// the MATCH, and the answer is exactly the MATCH's (the tests compare them).
// It comes as a bitmap over the ids: 125 kB for a million papers, however
// many match.
//
// Part of the store (it holds SQL); runs on the thread that owns the
// connection it is given, inside one read transaction of its own (or the
// caller's). Creates a temporary fts5vocab table on that connection: call
// prepare() before a connection is made query_only.

#include <QSqlDatabase>
#include <QString>
#include <QVector>

#include <atomic>

class TextIdLookup
{
public:
    using Bits = QVector<quint64>; // bit id % 64 of word id / 64: the id matches
    static constexpr int defaultChunkRows = 65536;
    static constexpr int maxTermsPerQuery = 32; // FTS5's OR looks at every term for each row

    explicit TextIdLookup(const QSqlDatabase &db) : m_db(db) {}

    // Rows per statement; the tests make it small to cross chunk borders.
    // Terms in at most atOnceChunks chunks' worth of papers are read in one.
    static constexpr int atOnceChunks = 4;
    void setChunkRows(int rows) { m_chunkRows = qMax(1, rows); }
    // Creates the vocabulary table; false when it cannot (the look-up then
    // falls back to FTS5's prefix queries).
    bool prepare();
    // The matching ids (empty or shorter when no more match). False on an
    // SQL error, or when *cancel turns true (checked between chunks and terms).
    bool find(const QString &ftsQuery, Bits *matches, const std::atomic<bool> *cancel, QString *error);
    static QVector<quint32> ids(const Bits &matches); // ascending

private:
    struct Term
    {
        QString text;
        qint64 papers = 0;
    };
    bool terms(const QString &prefix, QVector<Term> *terms, const std::atomic<bool> *cancel, QString *error);
    bool readChunked(const QString &match, Bits *bits, const std::atomic<bool> *cancel, QString *error);
    bool readAtOnce(const QString &match, Bits *bits, QString *error);
    static bool addIds(const QByteArray &list, Bits *bits);

    QSqlDatabase m_db;
    int m_chunkRows = defaultChunkRows;
};
