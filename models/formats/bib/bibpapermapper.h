#pragma once
// What a .bib entry means to Paperscope: a PaperRecord (decoded title,
// authors, date from `date` or `year`/`month`, category from
// `primaryclass`/`eprintclass` or an old arXiv eprint, arXiv id from
// `eprint` or Google Scholar's "arXiv preprint arXiv:NNNN", DOI, URL,
// affiliation slugs from `affiliation`/`institution`/`school`, abstract),
// plus what only BibTeX has: the entry type, the venue
// (`journal`/`journaltitle`/`booktitle`/`publisher`) and every field's value
// (macros expanded, LaTeX kept) in file order, for writing back unchanged.

#include "bibentry.h"
#include "paperrecord.h"

#include <QPair>
#include <QVector>

struct BibPaper
{
    PaperRecord paper;                         // paper.citationKey is the entry's own key
    QString entryType;
    QString venue;                             // decoded
    QVector<QPair<QString, QString>> fields;   // own fields, not the crossref parent's
};

namespace BibPaperMapper {

BibPaper map(const BibEntry &entry);

// "Microsoft Research" -> "microsoft-research" (the store's affiliation slugs).
QString slug(const QString &name);

} // namespace BibPaperMapper
