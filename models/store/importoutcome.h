#pragma once
// What importing one profile did to a store: a plain value that every
// store backend returns (AbstractPaperStore::importProfile) and that the
// importers, the command line and the window's import summary read.

#include <QString>

struct ImportOutcome
{
    bool ok = false;
    QString error;               // set when !ok; the store is unchanged then
    bool batchRolledBack = false; // !ok, and the import batch's earlier files went back too (ImportBatch imports them again)
    int papersAdded = 0;         // new to the store
    int papersKnown = 0;         // already in the store, linked (affiliations merged)
    bool profileAdded = false;
    bool profileUpdated = false; // a newer save changed the profile's figures
    int linksAdded = 0;          // profile-paper links that did not exist yet
    int affiliationsAdded = 0;   // affiliations merged into known papers
    bool changedNothing() const
    {
        return papersAdded == 0 && !profileAdded && !profileUpdated && linksAdded == 0
            && affiliationsAdded == 0;
    }
};
