#pragma once
// An undoable removal of papers or of a whole profile. redo() takes them
// out of the store and keeps what it took; undo() puts it back exactly.

#include "paperstore.h"

#include <QUndoCommand>

#include <functional>

class RemoveCommand : public QUndoCommand
{
public:
    using Changed = std::function<void()>;

    static RemoveCommand *papers(PaperStore &store, const QVector<qint64> &ids, Changed changed);
    static RemoveCommand *profile(PaperStore &store, const QString &name, Changed changed);

    void redo() override;
    void undo() override;
    QString error() const { return m_error; }

private:
    RemoveCommand(PaperStore &store, Changed changed) : m_store(store), m_changed(std::move(changed)) {}

    PaperStore &m_store;
    Changed m_changed;
    QVector<qint64> m_ids;
    QString m_profile;
    RemovedPapers m_removed;
    QString m_error;
};
