#include "organiseundocommand.h"

#include "collectionstore.h"
#include "organisejob.h"
#include "organisesnapshots.h"
#include "organisestore.h"
#include "abstractpaperstore.h"

OrganiseUndoCommand::OrganiseUndoCommand(AbstractPaperStore &store, const QString &text, Change change, Changed changed)
    : QUndoCommand(text), m_store(store), m_change(std::move(change)), m_changed(std::move(changed))
{
}

OrganiseUndoCommand *OrganiseUndoCommand::papers(AbstractPaperStore &store, const QVector<qint64> &ids, const QString &text,
                                                 Change change, Changed changed)
{
    auto *command = new OrganiseUndoCommand(store, text, std::move(change), std::move(changed));
    command->m_ids = ids;
    return command;
}

OrganiseUndoCommand *OrganiseUndoCommand::ran(AbstractPaperStore &store, const QVector<qint64> &ids, const QString &text,
                                              const OrganiseSnapshot &before, const OrganiseSnapshot &after,
                                              Changed changed)
{
    auto *command = new OrganiseUndoCommand(store, text, Change(), std::move(changed));
    command->m_ids = ids;
    command->m_papers[0] = before;
    command->m_papers[1] = after;
    command->m_done = true;
    command->m_ranAlready = true;
    return command;
}

OrganiseUndoCommand *OrganiseUndoCommand::collections(AbstractPaperStore &store, const QString &text, Change change,
                                                      Changed changed)
{
    auto *command = new OrganiseUndoCommand(store, text, std::move(change), std::move(changed));
    command->m_ofPapers = false;
    return command;
}

void OrganiseUndoCommand::take(bool after)
{
    OrganiseStore org(m_store);
    if (m_ofPapers)
        m_papers[after] = OrganiseSnapshots(org).take(m_ids);
    else
        m_collections[after] = CollectionStore(org).backup();
}

StoreIndex::MarkChange OrganiseUndoCommand::beforeChange() const
{
    StoreIndex *index = m_ofPapers ? m_store.index() : nullptr;
    return index ? index->beforeMarkChange() : StoreIndex::MarkChange();
}

// The index takes the papers' marks in place (or reads the store again).
void OrganiseUndoCommand::markChanged(const StoreIndex::MarkChange &mark, const OrganiseSnapshot &now)
{
    if (StoreIndex *index = m_store.index(); index && mark.canApply())
        index->afterMarkChange(mark, now, false);
}

void OrganiseUndoCommand::put(bool after)
{
    const StoreIndex::MarkChange mark = beforeChange();
    OrganiseStore org(m_store);
    OrganiseSnapshots snapshots(org);
    const bool ok = m_ofPapers ? snapshots.restore(m_papers[after]) : CollectionStore(org).restore(m_collections[after]);
    if (!ok)
        m_error = org.error();
    else if (mark.canApply())
        m_store.index()->afterMarkChange(mark, snapshots.resolved(m_papers[after]), true);
}

bool OrganiseUndoCommand::runElsewhere(bool after)
{
    if (!m_ofPapers || !m_runner || m_ids.size() <= OrganiseJob::threshold)
        return false;
    m_mark = beforeChange();
    return m_runner(this, m_papers[after]);
}

void OrganiseUndoCommand::restored(bool ok, const OrganiseSnapshot &now)
{
    if (!ok) {
        m_skipNext = true;
        return;
    }
    markChanged(m_mark, now);
    if (m_changed)
        m_changed();
}

void OrganiseUndoCommand::redo()
{
    m_error.clear();
    if (m_skipNext) {
        m_skipNext = false;
        return;
    }
    if (m_ranAlready) {
        m_ranAlready = false;
    } else if (m_done) {
        if (runElsewhere(true))
            return; // restored() follows
        put(true);
    } else {
        const StoreIndex::MarkChange mark = beforeChange();
        take(false);
        OrganiseStore org(m_store);
        if (!m_change(org)) {
            m_error = org.error();
            setObsolete(true); // nothing to undo
        }
        take(true);
        m_done = true;
        if (m_error.isEmpty() && mark.canApply())
            m_store.index()->afterMarkChange(mark, m_papers[1], true);
    }
    if (m_changed)
        m_changed();
}

void OrganiseUndoCommand::undo()
{
    m_error.clear();
    if (m_skipNext) {
        m_skipNext = false;
        return;
    }
    if (runElsewhere(false))
        return; // restored() follows
    put(false);
    if (m_changed)
        m_changed();
}
