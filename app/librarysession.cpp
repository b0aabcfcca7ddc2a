#include "librarysession.h"

#include "abstractpaperstore.h"
#include "librarykeyring.h"
#include "livelibrary.h"
#include "mainwindow.h"
#include "paperstore.h"
#include "pgpaperstore.h"
#include "pgpasswords.h"
#include "sharedlibrarydialog.h"
#include "singleinstance.h"
#include "storefactory.h"
#include "storelocation.h"
#include "windowsettings.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QEventLoop>
#include <QMessageBox>
#include <QStatusBar>

LibrarySession::LibrarySession(QObject *parent) : QObject(parent) {}

LibrarySession::~LibrarySession()
{
    delete m_window; // before its store
}

int LibrarySession::launch(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.addOption({QStringLiteral("db"), QStringLiteral("The paper store."), QStringLiteral("PATH")});
    parser.addPositionalArgument(QStringLiteral("files"), QStringLiteral("Profile files to import."));
    parser.process(arguments);
    const QString location =
        parser.isSet(QStringLiteral("db")) ? parser.value(QStringLiteral("db")) : PaperStore::defaultPath();
    const QStringList files = parser.positionalArguments();
    SingleInstance instance(location);
    if (instance.handOver(files))
        return 0; // the running window imports them
    LibrarySession session;
    QString error;
    if (!session.open(location, &error)) {
        QMessageBox::critical(nullptr, QStringLiteral("Paperscope"), error);
        return 1;
    }
    instance.listen();
    QObject::connect(&instance, &SingleInstance::filesReceived, &session, [&session](const QStringList &received) {
        MainWindow *window = session.window();
        window->importPaths(received);
        window->setWindowState((window->windowState() & ~Qt::WindowMinimized) | Qt::WindowActive);
        window->raise();
        window->activateWindow();
    });
    session.window()->importPaths(files);
    return QApplication::exec();
}

bool LibrarySession::open(const QString &location, QString *error)
{
    StoreLocation parsed;
    if (!StoreLocation::parse(location, &parsed, error))
        return false;
    if (parsed.isShared() && PgPasswords::lookup(parsed).isEmpty())
        passwordFromKeyring(parsed);
    QApplication::setOverrideCursor(Qt::WaitCursor); // connecting may take a few seconds
    std::unique_ptr<AbstractPaperStore> store = StoreFactory::open(parsed.toString(), error);
    QApplication::restoreOverrideCursor();
    if (!store)
        return false;

    const QString title = parsed.isShared() ? tr("%1 – Paperscope").arg(parsed.displayName()) : QString();
    auto *window = new MainWindow(*store, title);
    connect(window, &MainWindow::openSharedLibraryRequested, this, &LibrarySession::chooseSharedLibrary);
    connect(window, &MainWindow::openLibraryRequested, this, &LibrarySession::openRecent);
    if (auto *shared = dynamic_cast<PgPaperStore *>(store.get()))
        m_live = new LiveLibrary(window, *shared, parsed);
    if (MainWindow *old = m_window) {
        // The new window takes the old one's place; the old store goes with the old window.
        window->setGeometry(old->geometry());
        window->show();
        old->close();
        AbstractPaperStore *oldStore = m_store.release();
        connect(old, &QObject::destroyed, [oldStore] { delete oldStore; });
        old->deleteLater();
    } else {
        window->show();
    }
    m_window = window;
    m_store = std::move(store);
    WindowSettings::addRecentLibrary(parsed.toString());
    return true;
}

void LibrarySession::openRecent(const QString &location)
{
    QString error;
    if (!open(location, &error))
        QMessageBox::warning(m_window, tr("Open Library"), error);
}

void LibrarySession::chooseSharedLibrary()
{
    SharedLibraryDialog dialog(m_window);
    for (const QString &recent : WindowSettings::recentLibraries()) {
        StoreLocation last;
        QString ignored;
        if (StoreLocation::looksShared(recent) && StoreLocation::parse(recent, &last, &ignored)) {
            dialog.setLocation(last); // the last shared library, ready to open again
            break;
        }
    }
    emit dialogShown(&dialog);
    while (dialog.exec() == QDialog::Accepted) {
        const StoreLocation location = dialog.location();
        if (!dialog.password().isEmpty())
            PgPasswords::remember(location, dialog.password());
        QString error;
        if (open(location.toString(), &error)) {
            if (dialog.rememberPassword())
                rememberInKeyring(location, dialog.password());
            return;
        }
        if (!dialog.password().isEmpty())
            PgPasswords::forget(location); // a wrong one is not tried again behind the user's back
        dialog.setMessage(error);
        emit dialogShown(&dialog);
    }
}

void LibrarySession::passwordFromKeyring(const StoreLocation &location)
{
    // Quick (a D-Bus call); the loop keeps the window painting meanwhile.
    QEventLoop loop;
    QString found;
    bool done = false;
    LibraryKeyring::read(&loop, location, [&](const QString &password, const QString &) {
        found = password; // no keyring, or none kept: libpq's own ways apply
        done = true;
        loop.quit();
    });
    if (!done)
        loop.exec();
    if (!found.isEmpty())
        PgPasswords::remember(location, found);
}

void LibrarySession::rememberInKeyring(const StoreLocation &location, const QString &password)
{
    QPointer<MainWindow> window = m_window;
    LibraryKeyring::write(this, location, password, [window](const QString &error) {
        if (window)
            window->statusBar()->showMessage(error.isEmpty() ? tr("The password is kept in the desktop keyring")
                                                             : error,
                                             8000);
    });
}
