#pragma once
// Keeps a window on a shared library current. Hears what other clients
// change (PgChangeListener) and refreshes the list, counts and charts once
// per burst of changes (keeping the filter, selection and scroll position),
// saying in the status bar who changed what ("3 papers added by mara").
// Watches the connection: when the server goes away the window turns
// read-only and says so, and it tries again every few seconds (the try, a
// throw-away connection that may wait for a connect timeout, runs on a
// worker thread so the window never freezes); once the server answers the
// store reconnects, the window is writable again (for a
// role that may write) and shows what changed meanwhile.

#include "storelocation.h"

#include <QObject>
#include <QStringList>
#include <QTimer>

class MainWindow;
class PgPaperStore;
class PgChangeListener;
class QThread;
struct LibraryChange;

class LiveLibrary : public QObject
{
    Q_OBJECT
public:
    // A child of window; store must outlive it (the window's store).
    LiveLibrary(MainWindow *window, PgPaperStore &store, const StoreLocation &location);
    ~LiveLibrary() override;

    bool isConnected() const { return !m_lost; }
    static constexpr int refreshDelayMs = 250;  // a burst of changes refreshes once
    static constexpr int watchIntervalMs = 3000;

signals:
    void refreshed(const QStringList &changes); // after the window read the store again
    void connectionChanged(bool connected);

private:
    void heard(const LibraryChange &change);
    void refreshNow();
    void watch();
    void lose(const QString &why);
    void probe();
    void probed(bool reached);
    bool reconnect();

    MainWindow *m_window;
    PgPaperStore &m_store;
    StoreLocation m_location;
    PgChangeListener *m_listener;
    QTimer m_refresh;
    QTimer m_watch;
    QStringList m_changes; // heard since the last refresh
    bool m_lost = false;
    QThread *m_probe = nullptr; // the running reachability try, if any
};
