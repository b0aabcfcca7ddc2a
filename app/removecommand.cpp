#include "removecommand.h"

#include <QCoreApplication>

RemoveCommand *RemoveCommand::papers(AbstractPaperStore &store, const QVector<qint64> &ids, Changed changed)
{
    auto *command = new RemoveCommand(store, std::move(changed));
    command->m_ids = ids;
    command->setText(ids.size() == 1 ? QCoreApplication::translate("RemoveCommand", "Remove Paper")
                                     : QCoreApplication::translate("RemoveCommand", "Remove %Ln Papers", nullptr,
                                                                   int(ids.size())));
    return command;
}

RemoveCommand *RemoveCommand::profile(AbstractPaperStore &store, const QString &name, Changed changed)
{
    auto *command = new RemoveCommand(store, std::move(changed));
    command->m_profile = name;
    command->setText(QCoreApplication::translate("RemoveCommand", "Remove Profile %1").arg(name));
    return command;
}

void RemoveCommand::redo()
{
    m_removed = m_profile.isEmpty() ? m_store.removePapers(m_ids) : m_store.removeProfile(m_profile);
    m_error = m_removed.isEmpty() ? m_store.lastError() : QString();
    if (!m_error.isEmpty())
        setObsolete(true);
    m_changed();
}

void RemoveCommand::undo()
{
    if (!m_store.restore(m_removed))
        m_error = m_store.lastError();
    m_changed();
}
