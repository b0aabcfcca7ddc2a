#pragma once
// What the export and copy actions do: File > Export BibTeX… (asked through
// ExportDialog and the dialog seams, written on a worker thread by
// ExportRunner), File > Export Chart…, Edit > Copy BibTeX and Copy Citation
// Key (the selection, to the clipboard). Remembers folders and the escape
// mode; never formats BibTeX itself (models/ does).

#include <QObject>

class BrowseController;
class ChartDock;
class AbstractPaperStore;
class QMainWindow;

class ExportController : public QObject
{
    Q_OBJECT
public:
    ExportController(AbstractPaperStore &store, BrowseController *browse, ChartDock *charts, QMainWindow *window);

    bool isExporting() const { return m_exporting; }

    void exportBibtex();
    void exportChart();
    void copyBibtex();
    void copyCitationKeys();

signals:
    void exportFinished(bool ok, const QString &message);

private:
    AbstractPaperStore &m_store;
    BrowseController *m_browse;
    ChartDock *m_charts;
    QMainWindow *m_window;
    bool m_exporting = false;
};
