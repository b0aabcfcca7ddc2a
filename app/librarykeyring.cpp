#include "librarykeyring.h"

#include <QDBusConnection>
#include <QObject>
#include <QtGlobal>

#include <functional>

#if QT_VERSION_MAJOR >= 6
#include <qt6keychain/keychain.h>
#else
#include <qt5keychain/keychain.h>
#endif

namespace {
const QString service = QStringLiteral("Paperscope shared libraries");

QString keyOf(const StoreLocation &location)
{
    return location.displayName();
}

QString noKeyring()
{
    return LibraryKeyring::tr("No desktop keyring is running, so the password is kept for this session only");
}

// The job's failure in a user's words; empty when it did not fail.
QString failure(const QKeychain::Job *job)
{
    switch (job->error()) {
    case QKeychain::NoError:
    case QKeychain::EntryNotFound:
        return QString();
    case QKeychain::NoBackendAvailable:
    case QKeychain::NotImplemented:
        return noKeyring();
    case QKeychain::AccessDeniedByUser:
    case QKeychain::AccessDenied:
        return LibraryKeyring::tr("The desktop keyring refused access to the password");
    default:
        return LibraryKeyring::tr("The desktop keyring failed: %1").arg(job->errorString());
    }
}

// Without a session bus (a console or ssh login) no keyring can answer
// (libsecret would only say "Could not connect: No such file or
// directory"): true, and the answer comes as a keyring's would, later.
bool answeredWithoutBus(QObject *context, std::function<void()> answer)
{
    if (QDBusConnection::sessionBus().isConnected())
        return false;
    QMetaObject::invokeMethod(context, std::move(answer), Qt::QueuedConnection);
    return true;
}

template <typename Job, typename Done>
void run(QObject *context, Job *job, const StoreLocation &location, Done done)
{
    job->setAutoDelete(true);
    job->setInsecureFallback(false); // never a plain-text file instead
    job->setKey(keyOf(location));
    QObject::connect(job, &QKeychain::Job::finished, context, [job, done](QKeychain::Job *) { done(job); });
    job->start();
}
} // namespace

void LibraryKeyring::read(QObject *context, const StoreLocation &location, ReadDone done)
{
    if (answeredWithoutBus(context, [done] { done(QString(), noKeyring()); }))
        return;
    run(context, new QKeychain::ReadPasswordJob(service), location, [done](QKeychain::ReadPasswordJob *job) {
        done(job->error() == QKeychain::NoError ? job->textData() : QString(), failure(job));
    });
}

void LibraryKeyring::write(QObject *context, const StoreLocation &location, const QString &password, WriteDone done)
{
    if (answeredWithoutBus(context, [done] { done(noKeyring()); }))
        return;
    auto *job = new QKeychain::WritePasswordJob(service);
    job->setTextData(password);
    run(context, job, location, [done](QKeychain::WritePasswordJob *job) { done(failure(job)); });
}

void LibraryKeyring::erase(QObject *context, const StoreLocation &location, WriteDone done)
{
    if (answeredWithoutBus(context, [done] { done(noKeyring()); }))
        return;
    run(context, new QKeychain::DeletePasswordJob(service), location,
        [done](QKeychain::DeletePasswordJob *job) { done(failure(job)); });
}
