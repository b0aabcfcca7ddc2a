#pragma once
// Plain value types shared by every layer: what a profile file says about a
// researcher and their papers, and what the store knows on top of that.
// No behaviour here beyond trivial helpers; parsing, storing and formatting
// live in their own classes.

#include <QDate>
#include <QDateTime>
#include <QPair>
#include <QString>
#include <QStringList>
#include <QVector>

struct PaperRecord
{
    // What a profile file says.
    QString title;
    QDate date;
    QString category;            // arXiv-style code without archive, e.g. "SE"
    bool hasCode = false;
    QStringList authors;         // in order, as written
    bool authorsTruncated = false; // the list ended with "et al."
    QStringList affiliations;    // lower-case slugs, e.g. "microsoft-research"
    QString abstract;
    int line = 0;                // first line of the block in its file (1-based)

    // What the store adds.
    qint64 id = 0;
    QString citationKey;
    QString arxivId;
    QString doi;
    QString url;                 // the paper's page (arXiv's abstract page once matched)
    QString pdfUrl;              // from arXiv
    QString primaryClass;        // arXiv's primary category with archive, e.g. "cs.SE"
    QStringList profiles;        // names of the profiles that list the paper

    // What a .bib entry adds (empty for papers known only from profile files).
    QString entryType;           // "article", "inproceedings", ...; citationKey is then the user's own
    QString venue;               // journal, booktitle or publisher, decoded
    QVector<QPair<QString, QString>> bibFields; // every field: name, value (macros expanded, LaTeX kept)

    // Worked out ahead of the store on an importer's reading thread
    // (PreparedFile), so the store's thread need not; empty: the store works them out.
    QString normalisedTitle;     // TextFold::normalisedTitle(title)
    QString keyBase;             // CitationKey::base(*this)
};

struct ProfileRecord
{
    QString name;
    QString primaryCategory;
    int hIndex = 0;
    int paperCount = 0;
    int citations = 0;
    int novelty = -1;            // percent; -1 when the file has none
    int aiScore = -1;            // -1 when the file has none
    QVector<PaperRecord> papers;
    QStringList bibPreambles;    // a .bib source's @preamble values

    // What the importer and the store add.
    qint64 id = 0;
    QString sourceFile;
    QDateTime savedAt;           // the file's modification time
    QDateTime importedAt;
};
