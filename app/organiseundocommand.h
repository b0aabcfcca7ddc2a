#pragma once
// An undoable change to what a user decided. For papers (tags, star,
// state, note, memberships) it keeps a snapshot of those papers before
// and after; for collections and saved searches a copy of all of them.
// The first redo() runs the change itself; later ones put the "after"
// back, undo() the "before". changed() follows each so the window updates.
// The in-memory index takes a change of papers in place (StoreIndex::
// afterMarkChange). A runner may put a big change's snapshot back on a
// worker instead (OrganiseJob); restored() then ends that undo or redo.

#include "papermarks.h"
#include "storeindex.h"

#include <QUndoCommand>
#include <QVector>

#include <functional>

class OrganiseStore;
class AbstractPaperStore;

class OrganiseUndoCommand : public QUndoCommand
{
public:
    using Change = std::function<bool(OrganiseStore &)>; // false on failure (the store's error())
    using Changed = std::function<void()>;

    // A change to these papers' marks.
    static OrganiseUndoCommand *papers(AbstractPaperStore &store, const QVector<qint64> &ids, const QString &text,
                                       Change change, Changed changed);
    // A change to these papers that has run already (on a worker thread,
    // OrganiseJob): its first redo() only calls changed.
    static OrganiseUndoCommand *ran(AbstractPaperStore &store, const QVector<qint64> &ids, const QString &text,
                                    const OrganiseSnapshot &before, const OrganiseSnapshot &after, Changed changed);
    // A change to collections or saved searches (memberships included).
    static OrganiseUndoCommand *collections(AbstractPaperStore &store, const QString &text, Change change, Changed changed);

    // Starts putting target back elsewhere; true when it did (restored()
    // follows). Asked for changes to more than OrganiseJob::threshold papers.
    using Runner = std::function<bool(OrganiseUndoCommand *command, const OrganiseSnapshot &target)>;
    void setRunner(Runner runner) { m_runner = std::move(runner); }
    // The end of what the runner started: ok with the papers' marks as they
    // are now; not ok (cancelled, failed: the store is as before), the next
    // undo() or redo() only moves the stack back.
    void restored(bool ok, const OrganiseSnapshot &now);

    void redo() override;
    void undo() override;
    bool failed() const { return !m_error.isEmpty(); }
    QString error() const { return m_error; }

private:
    OrganiseUndoCommand(AbstractPaperStore &store, const QString &text, Change change, Changed changed);
    void take(bool after);
    void put(bool after);
    bool runElsewhere(bool after);
    StoreIndex::MarkChange beforeChange() const;
    void markChanged(const StoreIndex::MarkChange &mark, const OrganiseSnapshot &now);

    AbstractPaperStore &m_store;
    Change m_change;
    Changed m_changed;
    bool m_ofPapers = true;
    QVector<qint64> m_ids;
    OrganiseSnapshot m_papers[2];      // before, after
    CollectionsBackup m_collections[2];
    bool m_done = false;
    bool m_ranAlready = false; // the next redo() is the push of a change that ran
    bool m_skipNext = false;   // a restore elsewhere failed: the stack moves back only
    Runner m_runner;
    StoreIndex::MarkChange m_mark; // of the restore running elsewhere
    QString m_error;
};
