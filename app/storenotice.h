#pragma once
// Shows the window what StoreOpener found when the store was opened: a
// read-only store puts "(read-only)" in the title and a notice in the status
// bar, refuses drops and turns off every action that would write; a damaged
// store that was kept aside (and replaced by a fresh one) is reported once
// in a message. Changes nothing when the store opened normally.

class AbstractPaperStore;
class QMainWindow;

namespace StoreNotice {

void apply(QMainWindow *window, const AbstractPaperStore &store);

} // namespace StoreNotice
