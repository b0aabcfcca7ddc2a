#include "storeopener.h"

#include "storeschema.h"

#include <QAtomicInt>
#include <QDateTime>
#include <QFile>
#include <QFileInfo>
#include <QMutex>
#include <QMutexLocker>
#include <QSet>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>
#include <QUrl>
#include <QVariant>

namespace {

QAtomicInt probeCounter;

// SQLite's primary result codes (the low byte of an extended code).
enum SqliteCode { Corrupt = 11, Busy = 5, Locked = 6, ReadOnly = 8, CantOpen = 14, NotADatabase = 26 };

int primaryCode(const QSqlError &error)
{
    bool ok = false;
    const int code = error.nativeErrorCode().toInt(&ok);
    return ok ? (code & 0xff) : -1;
}

QString firstLine(const QString &text)
{
    const QString line = text.section(QLatin1Char('\n'), 0, 0).trimmed();
    return line.size() > 160 ? line.left(157) + QStringLiteral("...") : line;
}

// Files that passed a quick_check in this process, with their size and
// modification time: the window's workers reopen the store for every batch
// and should not read the whole file each time.
QMutex checkedMutex;
QSet<QString> checkedFiles;

QString checkKey(const QFileInfo &info)
{
    return QStringLiteral("%1|%2|%3").arg(info.canonicalFilePath()).arg(info.size())
        .arg(info.lastModified().toMSecsSinceEpoch());
}

const QStringList sideFiles = {QStringLiteral("-wal"), QStringLiteral("-shm"), QStringLiteral("-journal")};

} // namespace

StoreOpener::Probe StoreOpener::probe(const QString &path, bool readOnly, bool quickCheck)
{
    Probe result;
    const QString name = QStringLiteral("storeopener-%1").arg(probeCounter.fetchAndAddRelaxed(1));
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        for (int attempt = 0; attempt < 2; ++attempt) {
            result = Probe();
            result.immutable = attempt == 1;
            QString options = QStringLiteral("QSQLITE_BUSY_TIMEOUT=%1").arg(busyTimeoutMs);
            if (readOnly)
                options += QStringLiteral(";QSQLITE_OPEN_READONLY");
            if (result.immutable) {
                // A read-only folder cannot hold the -shm file that WAL
                // readers need; immutable=1 reads the file without it.
                QUrl uri = QUrl::fromLocalFile(QFileInfo(path).absoluteFilePath());
                uri.setQuery(QStringLiteral("immutable=1"));
                db.setDatabaseName(uri.toString(QUrl::FullyEncoded));
                options += QStringLiteral(";QSQLITE_OPEN_URI");
            } else {
                db.setDatabaseName(path);
            }
            db.setConnectOptions(options);
            QSqlError error;
            if (!db.open()) {
                error = db.lastError();
            } else {
                QSqlQuery q(db);
                if (!q.exec(QStringLiteral("SELECT count(*) FROM sqlite_master")) || !q.next()) {
                    error = q.lastError();
                } else {
                    result.tables = q.value(0).toInt();
                    if (!q.exec(QStringLiteral("PRAGMA user_version")) || !q.next())
                        error = q.lastError();
                    else
                        result.version = q.value(0).toInt();
                }
                if (!error.isValid() && quickCheck) {
                    if (!q.exec(QStringLiteral("PRAGMA quick_check")) || !q.next()) {
                        error = q.lastError();
                    } else if (q.value(0).toString() != QStringLiteral("ok")) {
                        result.health = Health::Damaged;
                        result.detail = firstLine(q.value(0).toString());
                    }
                }
            }
            db.close();
            if (!error.isValid())
                break;
            const int code = primaryCode(error);
            result.detail = firstLine(error.databaseText().isEmpty() ? error.text() : error.databaseText());
            if (code == Corrupt || code == NotADatabase) {
                result.health = Health::Damaged;
            } else if (code == Busy || code == Locked) {
                result.health = Health::Busy;
            } else {
                result.health = Health::Unreadable;
                if (readOnly && !result.immutable && (code == ReadOnly || code == CantOpen))
                    continue; // try again with immutable=1
            }
            break;
        }
    }
    QSqlDatabase::removeDatabase(name);
    return result;
}

bool StoreOpener::keepAside(const QString &path, QString *keptAs, QString *error)
{
    const QString stamp = QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmmss"));
    QString target = QStringLiteral("%1.damaged-%2").arg(path, stamp);
    for (int n = 2; QFileInfo::exists(target) || QFileInfo::exists(target + QStringLiteral("-wal")); ++n)
        target = QStringLiteral("%1.damaged-%2-%3").arg(path, stamp).arg(n);
    if (!QFile::rename(path, target)) {
        *error = tr("cannot move it aside to %1").arg(target);
        return false;
    }
    // A -wal left behind would be replayed into the fresh store: it goes
    // with the damaged file, or the fresh store is not created.
    for (const QString &suffix : sideFiles) {
        if (QFileInfo::exists(path + suffix) && !QFile::rename(path + suffix, target + suffix)) {
            *error = tr("moved it to %1 but cannot move %2 along").arg(target, path + suffix);
            return false;
        }
    }
    *keptAs = target;
    return true;
}

StoreOpener::Plan StoreOpener::prepare(const QString &path)
{
    Plan plan;
    plan.databaseName = path;
    plan.connectOptions = QStringLiteral("QSQLITE_BUSY_TIMEOUT=%1").arg(busyTimeoutMs);
    const QFileInfo info(path);
    if (path == QStringLiteral(":memory:") || !info.exists()) {
        plan.ok = true; // created by the connection
        return plan;
    }
    if (info.isDir()) {
        plan.error = tr("the store %1 is a folder, not a file").arg(path);
        return plan;
    }
    // Never open() and close() the file itself: closing any descriptor of
    // it drops every POSIX lock this process holds on it, including those of
    // a connection that is already open (the window's, while a worker opens
    // its own), and the next writer could then corrupt the store.
    if (!info.isReadable()) {
        plan.error = tr("cannot read the store %1: permission denied").arg(path);
        return plan;
    }
    // The folder must take the -wal and -shm files SQLite creates beside it.
    const bool readOnly = !info.isWritable() || !QFileInfo(info.absolutePath()).isWritable();

    const QString key = checkKey(info);
    bool checked = false;
    {
        QMutexLocker lock(&checkedMutex);
        checked = checkedFiles.contains(key);
    }
    const Probe found = probe(path, readOnly, !checked && info.size() <= quickCheckLimit);
    switch (found.health) {
    case Health::Busy:
        plan.error = tr("the store %1 is busy: another program has kept it locked for over %n seconds"
                        " (%2); try again when it is done", nullptr, busyTimeoutMs / 1000)
                         .arg(path, found.detail);
        return plan;
    case Health::Unreadable:
        plan.error = tr("cannot open the store %1: %2").arg(path, found.detail);
        return plan;
    case Health::Damaged: {
        if (readOnly) {
            plan.error = tr("the store %1 is damaged (%2) and read-only, so it cannot be replaced;"
                            " it was left as it is").arg(path, found.detail);
            return plan;
        }
        QString why;
        if (!keepAside(path, &plan.keptAs, &why)) {
            //: %3 says what went wrong when the damaged file was moved aside.
            plan.error = tr("the store %1 is damaged (%2) and %3").arg(path, found.detail, why);
            return plan;
        }
        plan.notice = tr("the store %1 was damaged (%2); it was kept as %3 and a new, empty store"
                         " was created").arg(path, found.detail, plan.keptAs);
        plan.ok = true;
        return plan;
    }
    case Health::Healthy:
        break;
    }
    if (found.version > StoreSchema::currentVersion) {
        plan.error = tr("the store %1 was written by a newer Paperscope (schema %2, this build knows %3);"
                        " it was left as it is")
                         .arg(path).arg(found.version).arg(StoreSchema::currentVersion);
        return plan;
    }
    if (found.version == 0 && found.tables > 0) {
        plan.error = tr("%1 is not a Paperscope store (it holds another program's tables);"
                        " it was left as it is").arg(path);
        return plan;
    }
    if (readOnly) {
        if (found.version < StoreSchema::currentVersion) {
            plan.error = tr("the store %1 is read-only and needs an upgrade from schema %2 to %3;"
                            " it was left as it is")
                             .arg(path).arg(found.version).arg(StoreSchema::currentVersion);
            return plan;
        }
        plan.readOnly = true;
        plan.connectOptions += QStringLiteral(";QSQLITE_OPEN_READONLY");
        if (found.immutable) {
            QUrl uri = QUrl::fromLocalFile(info.absoluteFilePath());
            uri.setQuery(QStringLiteral("immutable=1"));
            plan.databaseName = uri.toString(QUrl::FullyEncoded);
            plan.connectOptions += QStringLiteral(";QSQLITE_OPEN_URI");
        }
        plan.notice = tr("the store %1 is read-only: papers can be browsed and exported,"
                         " not imported or removed").arg(path);
    }
    if (!checked && info.size() <= quickCheckLimit) {
        QMutexLocker lock(&checkedMutex);
        checkedFiles.insert(key);
    }
    plan.ok = true;
    return plan;
}

QString StoreOpener::integrityCheck(const QString &path)
{
    const QString name = QStringLiteral("storeopener-%1").arg(probeCounter.fetchAndAddRelaxed(1));
    QStringList report;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_BUSY_TIMEOUT=%1").arg(busyTimeoutMs));
        if (!db.open()) {
            report << db.lastError().text();
        } else {
            QSqlQuery q(db);
            if (!q.exec(QStringLiteral("PRAGMA integrity_check")))
                report << q.lastError().text();
            while (q.next())
                report << q.value(0).toString();
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return report.join(QStringLiteral("; "));
}
