#pragma once
// An undoable change to what a user decided. For papers (tags, star,
// state, note, memberships) it keeps a snapshot of those papers before
// and after; for collections and saved searches a copy of all of them.
// The first redo() runs the change itself; later ones put the "after"
// back, undo() the "before". changed() follows each so the window updates.

#include "papermarks.h"

#include <QUndoCommand>
#include <QVector>

#include <functional>

class OrganiseStore;
class PaperStore;

class OrganiseUndoCommand : public QUndoCommand
{
public:
    using Change = std::function<bool(OrganiseStore &)>; // false on failure (the store's error())
    using Changed = std::function<void()>;

    // A change to these papers' marks.
    static OrganiseUndoCommand *papers(PaperStore &store, const QVector<qint64> &ids, const QString &text,
                                       Change change, Changed changed);
    // A change to these papers that has run already (on a worker thread,
    // OrganiseJob): its first redo() only calls changed.
    static OrganiseUndoCommand *ran(PaperStore &store, const QVector<qint64> &ids, const QString &text,
                                    const OrganiseSnapshot &before, const OrganiseSnapshot &after, Changed changed);
    // A change to collections or saved searches (memberships included).
    static OrganiseUndoCommand *collections(PaperStore &store, const QString &text, Change change, Changed changed);

    void redo() override;
    void undo() override;
    bool failed() const { return !m_error.isEmpty(); }
    QString error() const { return m_error; }

private:
    OrganiseUndoCommand(PaperStore &store, const QString &text, Change change, Changed changed);
    void take(bool after);
    void put(bool after);

    PaperStore &m_store;
    Change m_change;
    Changed m_changed;
    bool m_ofPapers = true;
    QVector<qint64> m_ids;
    OrganiseSnapshot m_papers[2];      // before, after
    CollectionsBackup m_collections[2];
    bool m_done = false;
    bool m_ranAlready = false; // the next redo() is the push of a change that ran
    QString m_error;
};
