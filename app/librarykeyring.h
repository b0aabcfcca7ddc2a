#pragma once
// Shared libraries' passwords in the desktop keyring (Secret Service or
// KWallet, through QtKeychain), one entry per role, server and database,
// and never anywhere else: not in settings, not on a command line. Every
// call answers asynchronously through a callback run on the caller's
// thread; when no keyring runs, the callback's error says so in plain
// words (the password is then kept for this session only).

#include "storelocation.h"

#include <QCoreApplication>
#include <QString>

#include <functional>

class QObject;

class LibraryKeyring
{
    Q_DECLARE_TR_FUNCTIONS(LibraryKeyring)

public:
    // password empty and error empty: the keyring holds none for it.
    using ReadDone = std::function<void(const QString &password, const QString &error)>;
    using WriteDone = std::function<void(const QString &error)>;

    static void read(QObject *context, const StoreLocation &location, ReadDone done);
    static void write(QObject *context, const StoreLocation &location, const QString &password, WriteDone done);
    static void erase(QObject *context, const StoreLocation &location, WriteDone done);
};
