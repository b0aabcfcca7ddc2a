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
    bool restore(const OrganiseSnapshot &snapshot); // error() of the store on failure

private:
    OrganiseStore &m_store;
};
