#include "windowsettings.h"

#include <QDir>
#include <QHeaderView>
#include <QMainWindow>
#include <QSettings>
#include <QSplitter>

namespace WindowSettings {

void restore(QMainWindow *window, QSplitter *splitter, QHeaderView *header)
{
    QSettings s;
    window->restoreGeometry(s.value(QStringLiteral("window/geometry")).toByteArray());
    window->restoreState(s.value(QStringLiteral("window/state")).toByteArray());
    splitter->restoreState(s.value(QStringLiteral("window/splitter")).toByteArray());
    header->restoreState(s.value(QStringLiteral("list/header")).toByteArray());
}

void save(const QMainWindow *window, const QSplitter *splitter, const QHeaderView *header)
{
    QSettings s;
    s.setValue(QStringLiteral("window/geometry"), window->saveGeometry());
    s.setValue(QStringLiteral("window/state"), window->saveState());
    s.setValue(QStringLiteral("window/splitter"), splitter->saveState());
    s.setValue(QStringLiteral("list/header"), header->saveState());
}

PaperFilter filter()
{
    return PaperFilter::fromVariantMap(QSettings().value(QStringLiteral("list/filter")).toMap());
}

void setFilter(const PaperFilter &filter)
{
    QSettings().setValue(QStringLiteral("list/filter"), filter.toVariantMap());
}

QString lastFolder(const QString &purpose)
{
    return QSettings().value(QStringLiteral("folders/") + purpose, QDir::homePath()).toString();
}

void setLastFolder(const QString &purpose, const QString &folder)
{
    QSettings().setValue(QStringLiteral("folders/") + purpose, folder);
}

bool latexEscapes()
{
    return QSettings().value(QStringLiteral("export/latexEscapes"), false).toBool();
}

void setLatexEscapes(bool on)
{
    QSettings().setValue(QStringLiteral("export/latexEscapes"), on);
}

int exportNoteField()
{
    return qBound(0, QSettings().value(QStringLiteral("export/noteField"), 0).toInt(), 2);
}

void setExportNoteField(int field)
{
    QSettings().setValue(QStringLiteral("export/noteField"), field);
}

QStringList recentImports()
{
    return QSettings().value(QStringLiteral("import/recent")).toStringList();
}

void addRecentImports(const QStringList &paths)
{
    QStringList recent = recentImports();
    for (const QString &path : paths) {
        const QString absolute = QDir(path).absolutePath();
        recent.removeAll(absolute);
        recent.prepend(absolute);
    }
    QSettings().setValue(QStringLiteral("import/recent"), QStringList(recent.mid(0, maxRecentImports)));
}

QStringList recentLibraries()
{
    return QSettings().value(QStringLiteral("library/recent")).toStringList();
}

void addRecentLibrary(const QString &location)
{
    QStringList recent = recentLibraries();
    recent.removeAll(location);
    recent.prepend(location);
    QSettings().setValue(QStringLiteral("library/recent"), QStringList(recent.mid(0, maxRecentLibraries)));
}

} // namespace WindowSettings
