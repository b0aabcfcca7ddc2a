#pragma once
// The BibTeX grammar over decoded text: @type{key, name = value, ...} and
// @type(...), @string, @preamble, @comment, text between entries. Values
// are {braced}, "quoted", bare numbers or macros joined with '#'. A bad
// entry is recorded with its line and skipped up to the next line that
// starts with '@'; the rest of the file is still read. Memory stays
// bounded: a value may not grow past maxValueLength, and all macro
// expansion together past a budget proportional to the input.
// BibReader is the public face (bytes, encodings, crossref).

#include "bibentry.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>

class BibParser
{
    Q_DECLARE_TR_FUNCTIONS(BibParser)

public:
    static constexpr int maxValueLength = 1 << 20; // characters

    // text's first line is firstLine (a window of a larger file).
    explicit BibParser(const QString &text, int firstLine = 1);
    void parse(BibDocument *doc);

    // A file read a window at a time (BibChunkReader): the @string macros
    // and the expansion budget go on from the window before (carryFrom);
    // parseUntil() reads what starts before stop and returns where the next
    // window's text begins; finish() once after the last window.
    void carryFrom(const BibParser &before);
    void setBudget(qint64 characters) { m_budget = characters; }
    int parseUntil(BibDocument *doc, int stop);
    int lineOf(int pos) { return lineAt(pos); }
    static void finish(BibDocument *doc);
    // A first pass over a file (BibChunkReader::scan) that only needs its
    // bad entries (the same as a full parse finds: the whole grammar is
    // still checked, value lengths and the expansion budget counted), keys,
    // lines, crossrefs, @string and @preamble: an entry's other values are
    // then not built (its fields hold its crossref alone) unless its
    // lower-case key is in *wanted; each crossref read adds its lower-case
    // target to *wanted, so a parent after its child is read whole. Text
    // between entries and @comment are not kept. wanted outlives the parser.
    void setScanOnly(QSet<QString> *wanted) { m_wanted = wanted; }

private:
    struct Failure { int pos; QString message; };

    bool entry(BibDocument *doc, int at);
    // expanded null: the value is checked and its length counted, not built.
    bool value(QString *expanded, QString *rawText, bool *plainBraced, Failure *fail);
    bool braced(int *end, Failure *fail, QChar close);
    bool grow(QString *expanded, qint64 *size, const QString &part, qint64 partSize, Failure *fail);
    QString identifier();
    QString fieldName();
    void skipSpace();
    int lineAt(int pos);
    int resync(int from) const;
    bool startsEntryLine(int pos) const;

    const QString &m_text;
    const QChar *m_s;
    int m_n;
    int m_pos = 0;
    int m_linePos = 0, m_line;
    qint64 m_budget;                 // characters macro expansion may still create
    QHash<QString, QString> m_macros; // lower-case name -> expanded value
    QVector<QString> m_names;         // field names seen, lower-case
    QSet<QString> *m_wanted = nullptr; // scan only (setScanOnly)
};
