#pragma once
// Undo for what a user decided: takes everything the organise tables hold
// about some papers (tags, star, state, note, collection memberships) and
// later puts exactly that back, in one transaction.

#include "organisestore.h"
#include "papermarks.h"

class OrganiseSnapshots
{
public:
    explicit OrganiseSnapshots(OrganiseStore &store) : m_store(store) {}

    OrganiseSnapshot take(const QVector<qint64> &paperIds) const;
    // error() of the store on failure; with the store's progress set, a
    // step after each statement (Cancel between them rolls it back).
    bool restore(const OrganiseSnapshot &snapshot);
    // The snapshot with its papers' titles and ids as the store has them
    // now (a paper removed and re-imported since has a new id).
    OrganiseSnapshot resolved(const OrganiseSnapshot &snapshot) const;

private:
    OrganiseStore &m_store;
};
