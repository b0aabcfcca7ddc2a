#pragma once
// What the window remembers between runs (QSettings): geometry, splitter
// and column layout, sort, the last filter, folders, recent imports and
// recent libraries.

#include "paperfilter.h"

#include <QStringList>

class QHeaderView;
class QMainWindow;
class QSplitter;

namespace WindowSettings {

void restore(QMainWindow *window, QSplitter *splitter, QHeaderView *header);
void save(const QMainWindow *window, const QSplitter *splitter, const QHeaderView *header);

PaperFilter filter();
void setFilter(const PaperFilter &filter);

QString lastFolder(const QString &purpose);
void setLastFolder(const QString &purpose, const QString &folder);

bool latexEscapes();
void setLatexEscapes(bool on);
// Where an export from the window writes each paper's note: 0 nowhere, 1 note, 2 annote.
int exportNoteField();
void setExportNoteField(int field);

QStringList recentImports();
void addRecentImports(const QStringList &paths);
constexpr int maxRecentImports = 8;

// The libraries opened last (File > Open Recent Library): local store paths
// and shared libraries' URLs, never a password; the newest first.
QStringList recentLibraries();
void addRecentLibrary(const QString &location);
constexpr int maxRecentLibraries = 8;

} // namespace WindowSettings
