#pragma once
// The benchmark's child process: opens the real MainWindow (offscreen) on a
// store, waits for the first rows to be painted, then times the list, the
// facet counts and the whole window for each BenchScenario step, and prints
// "key<TAB>value" lines on stdout. Run in its own process so that its peak
// RSS (VmHWM) is the window's alone.

#include <QElapsedTimer>
#include <QString>

namespace WindowProbe {

// started: a timer started at the top of main(), before QApplication.
// openOnly: stop after the first rows (for the empty-store baseline);
// untilIndex: after the in-memory index is in (kbibtex-side-by-side.sh).
int run(const QString &storePath, const QElapsedTimer &started, bool openOnly, bool untilIndex = false);

// The plain-SQLite counterpart of opening the window: open the store with
// the C API, count the papers and read the first rows; prints its peak RSS.
int runFloor(const QString &storePath, const QElapsedTimer &started);

} // namespace WindowProbe
