#pragma once
// Copies a whole library from one store to another, whatever their
// backends (a local SQLite file to a shared PostgreSQL library and back):
// every profile, every paper with its id, citation key, arXiv and BibTeX
// data, every profile-paper link (through restore(), so the destination
// gets exactly the rows, in one transaction), the .bib preambles, and
// everything users decided: tags, stars, reading states, notes,
// collections with their nesting, saved searches (OrganiseStore and its
// kin on either backend). The destination must be empty.

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

private:
    static bool copyUserData(const AbstractPaperStore &from, AbstractPaperStore &to, const QVector<qint64> &ids,
                             QString *error);
};
