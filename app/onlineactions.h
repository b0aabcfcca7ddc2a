#pragma once
// What the Online menu does: looks up the selection or every paper without
// an arXiv id through ArxivLookupController, keeps the detail pane and the
// current row in step while and after the look-up runs. No network here.

#include <QObject>

class ArxivLookupController;
class BrowseController;
class AbstractPaperStore;
class QMainWindow;

class OnlineActions : public QObject
{
    Q_OBJECT
public:
    OnlineActions(AbstractPaperStore &store, ArxivLookupController *lookups, BrowseController *browse, QMainWindow *window);

    // all: every paper in the store that has no arXiv id; otherwise the selection.
    void lookUpOnArxiv(bool all);

private:
    void onFinished();

    AbstractPaperStore &m_store;
    ArxivLookupController *m_lookups;
    BrowseController *m_browse;
    QMainWindow *m_window;
};
