#pragma once
// Shows the window what StoreOpener found when the store was opened: a
// read-only store (a file that cannot be written, or a shared library the
// user may only read) puts "(read-only)" in the title and a notice in the
// status bar, refuses drops and turns off every action that would write
// (imports, removals, Undo, tags, stars, states, notes, collections); a
// damaged store that was kept aside (and replaced by a fresh one) is
// reported once in a message. Changes nothing when the store opened
// normally. setWritable() does the same for a while (a shared library
// whose server went away) and undoes it.

#include <QString>

class AbstractPaperStore;
class QMainWindow;

namespace StoreNotice {

void apply(QMainWindow *window, const AbstractPaperStore &store);
// writable false: read-only with label in the status bar (why as its
// tooltip); true: writable again, the label gone.
void setWritable(QMainWindow *window, bool writable, const QString &label = QString(), const QString &why = QString());

} // namespace StoreNotice
