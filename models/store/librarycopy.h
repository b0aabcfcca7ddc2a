#pragma once
// Copies a whole library from one store to another, whatever their
// backends (a local SQLite file to a shared PostgreSQL library and back):
// every profile, every paper with its id, citation key, arXiv and BibTeX
// data, every profile-paper link (through restore(), so the destination
// gets exactly the rows, in one transaction), and the .bib preambles.
// The destination must be empty. Only the store interface is used.
// Not yet copied: what users decided (shared libraries do not keep it).

#include "abstractpaperstore.h"

#include <QCoreApplication>

class LibraryCopy
{
    Q_DECLARE_TR_FUNCTIONS(LibraryCopy)

public:
    struct Result
    {
        bool ok = false;
        QString error;        // one line when !ok; the destination is unchanged then
        int papers = 0;
        int profiles = 0;
    };

    static Result run(const AbstractPaperStore &from, AbstractPaperStore &to);
};
