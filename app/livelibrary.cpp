#include "livelibrary.h"

#include "librarychange.h"
#include "mainwindow.h"
#include "pgchangelistener.h"
#include "pgconnection.h"
#include "pgpaperstore.h"
#include "pgpasswords.h"
#include "storenotice.h"

#include <QStatusBar>
#include <QThread>

#include <atomic>
#include <memory>

LiveLibrary::LiveLibrary(MainWindow *window, PgPaperStore &store, const StoreLocation &location)
    : QObject(window), m_window(window), m_store(store), m_location(location),
      m_listener(new PgChangeListener(this))
{
    setObjectName(QStringLiteral("liveLibrary"));
    m_refresh.setSingleShot(true);
    m_refresh.setInterval(refreshDelayMs);
    connect(&m_refresh, &QTimer::timeout, this, &LiveLibrary::refreshNow);
    connect(m_listener, &PgChangeListener::changed, this, &LiveLibrary::heard);
    m_watch.setInterval(watchIntervalMs);
    connect(&m_watch, &QTimer::timeout, this, &LiveLibrary::watch);
    m_watch.start();
    if (!m_listener->start(m_location, PgPasswords::lookup(m_location)))
        lose(m_listener->error());
}

LiveLibrary::~LiveLibrary()
{
    if (m_probe) { // at most a connect timeout: the try cannot be interrupted
        m_probe->disconnect(this);
        m_probe->wait();
        delete m_probe;
    }
}

void LiveLibrary::heard(const LibraryChange &change)
{
    if (change.own)
        return; // this window (or its worker) made it and refreshed already
    m_changes << change.text();
    if (!m_refresh.isActive())
        m_refresh.start();
}

void LiveLibrary::refreshNow()
{
    m_window->refreshFromStore();
    if (!m_changes.isEmpty())
        m_window->statusBar()->showMessage(m_changes.join(QStringLiteral("; ")), 10000);
    const QStringList changes = m_changes;
    m_changes.clear();
    emit refreshed(changes);
}

void LiveLibrary::watch()
{
    if (!m_lost) {
        // Either connection may go alone (a restart, an idle timeout, an administrator).
        if (!m_listener->isAlive())
            lose(m_listener->error());
        else if (!m_store.isAlive())
            lose(m_store.lastError());
        return;
    }
    probe();
}

void LiveLibrary::probe()
{
    if (m_probe)
        return; // the last try is still waiting for the server
    const StoreLocation location = m_location;
    const QString password = PgPasswords::lookup(m_location);
    const QString name = QStringLiteral("paperscope-probe-%1").arg(reinterpret_cast<quintptr>(this));
    auto reached = std::make_shared<std::atomic_bool>(false);
    m_probe = QThread::create(
        [location, password, name, reached] { *reached = PgConnection::canReach(location, name, password); });
    connect(m_probe, &QThread::finished, this, [this, reached] {
        m_probe->deleteLater();
        m_probe = nullptr;
        probed(*reached);
    });
    m_probe->start();
}

void LiveLibrary::probed(bool reached)
{
    if (!m_lost || !reached)
        return;
    if (reconnect()) {
        m_lost = false;
        if (!m_store.isReadOnly())
            StoreNotice::setWritable(m_window, true);
        m_changes << tr("Reconnected to %1").arg(m_location.displayName());
        refreshNow();
        emit connectionChanged(true);
    }
}

void LiveLibrary::lose(const QString &why)
{
    if (m_lost)
        return;
    m_lost = true;
    StoreNotice::setWritable(m_window, false, tr("Connection lost: reconnecting…"), why);
    m_window->statusBar()->showMessage(
        tr("The connection to %1 was lost; the window is read-only until it is back").arg(m_location.displayName()));
    emit connectionChanged(false);
}

bool LiveLibrary::reconnect()
{
    const QString password = PgPasswords::lookup(m_location);
    if (!m_listener->start(m_location, password))
        return false;
    return m_store.open(m_location.toString());
}
