#include "organiseundocommand.h"

#include "collectionstore.h"
#include "organisesnapshots.h"
#include "organisestore.h"
#include "paperstore.h"

OrganiseUndoCommand::OrganiseUndoCommand(PaperStore &store, const QString &text, Change change, Changed changed)
    : QUndoCommand(text), m_store(store), m_change(std::move(change)), m_changed(std::move(changed))
{
}

OrganiseUndoCommand *OrganiseUndoCommand::papers(PaperStore &store, const QVector<qint64> &ids, const QString &text,
                                                 Change change, Changed changed)
{
    auto *command = new OrganiseUndoCommand(store, text, std::move(change), std::move(changed));
    command->m_ids = ids;
    return command;
}

OrganiseUndoCommand *OrganiseUndoCommand::ran(PaperStore &store, const QVector<qint64> &ids, const QString &text,
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

OrganiseUndoCommand *OrganiseUndoCommand::collections(PaperStore &store, const QString &text, Change change,
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

void OrganiseUndoCommand::put(bool after)
{
    OrganiseStore org(m_store);
    const bool ok = m_ofPapers ? OrganiseSnapshots(org).restore(m_papers[after])
                               : CollectionStore(org).restore(m_collections[after]);
    if (!ok)
        m_error = org.error();
}

void OrganiseUndoCommand::redo()
{
    m_error.clear();
    if (m_ranAlready) {
        m_ranAlready = false;
    } else if (m_done) {
        put(true);
    } else {
        take(false);
        OrganiseStore org(m_store);
        if (!m_change(org)) {
            m_error = org.error();
            setObsolete(true); // nothing to undo
        }
        take(true);
        m_done = true;
    }
    if (m_changed)
        m_changed();
}

void OrganiseUndoCommand::undo()
{
    m_error.clear();
    put(false);
    if (m_changed)
        m_changed();
}
