#pragma once
// The library the window shows and the window itself: opens a store by its
// location (a local SQLite file, or a shared library's postgresql:// URL,
// whose password may come from the desktop keyring), makes its window, and
// keeps a shared library's window live (LiveLibrary). File > Open Shared
// Library... and Open Recent Library open another library: the new store
// is opened first and only then replaces the window, so a failure leaves
// the current one as it was. Recent libraries are remembered without
// passwords.

#include "livelibrary.h"
#include "mainwindow.h"

#include <QObject>
#include <QPointer>
#include <QString>
#include <QStringList>

#include <memory>

class AbstractPaperStore;
class SharedLibraryDialog;
struct StoreLocation;

class LibrarySession : public QObject
{
    Q_OBJECT
public:
    explicit LibrarySession(QObject *parent = nullptr);
    ~LibrarySession() override;

    // Parses the window's command line (--db, files), opens the library,
    // shows the window and runs the event loop.
    static int launch(const QStringList &arguments);

    // Opens the library at location and shows its window in place of the
    // current one; false with one line in *error (the current one stays).
    bool open(const QString &location, QString *error);
    MainWindow *window() const { return m_window; }
    AbstractPaperStore *store() const { return m_store.get(); }
    LiveLibrary *live() const { return m_live; }

    // File > Open Shared Library...: asks until a library opens or the user
    // cancels. Tests drive the dialog through dialogShown().
    void chooseSharedLibrary();

signals:
    void dialogShown(SharedLibraryDialog *dialog);

private:
    // A password for the location from the keyring, when none was given.
    void passwordFromKeyring(const StoreLocation &location);
    void rememberInKeyring(const StoreLocation &location, const QString &password);
    void openRecent(const QString &location);

    std::unique_ptr<AbstractPaperStore> m_store;
    QPointer<MainWindow> m_window;
    QPointer<LiveLibrary> m_live;
};
