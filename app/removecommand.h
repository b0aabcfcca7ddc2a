#pragma once
// An undoable removal of papers or of a whole profile. redo() takes them
// out of the store and keeps what it took; undo() puts it back exactly.

#include "abstractpaperstore.h"

#include <QUndoCommand>

#include <functional>

class RemoveCommand : public QUndoCommand
{
public:
    using Changed = std::function<void()>;

    static RemoveCommand *papers(AbstractPaperStore &store, const QVector<qint64> &ids, Changed changed);
    static RemoveCommand *profile(AbstractPaperStore &store, const QString &name, Changed changed);

    void redo() override;
    void undo() override;
    QString error() const { return m_error; }

private:
    RemoveCommand(AbstractPaperStore &store, Changed changed) : m_store(store), m_changed(std::move(changed)) {}

    AbstractPaperStore &m_store;
    Changed m_changed;
    QVector<qint64> m_ids;
    QString m_profile;
    RemovedPapers m_removed;
    QString m_error;
};
