// ArxivPacingGate: one request every pacingMs across processes.
//
// The file holds one number, the wall-clock time (ms since the epoch)
// before which no request may start. claim() and finished() take the lock
// without waiting (tryLock(0)): a GUI thread never blocks on another
// process; a busy lock is a short wait on the caller's timer. The wall clock
// is the one clock all processes share; a stored time further ahead than one
// pacing (the clock was set back) counts as one pacing from now.
#include "arxivpacinggate.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLockFile>
#include <QSaveFile>
#include <QStandardPaths>

namespace {

constexpr qint64 busyRetryMs = 10;

} // namespace

QString ArxivPacingGate::defaultPath(const QUrl &apiUrl)
{
    const QString cache = QStandardPaths::writableLocation(QStandardPaths::CacheLocation);
    if (cache.isEmpty())
        return QString();
    QString host = apiUrl.host().toLower();
    for (QChar &c : host) {
        if (!c.isLetterOrNumber() && c != QLatin1Char('.') && c != QLatin1Char('-'))
            c = QLatin1Char('_');
    }
    return QDir(cache).filePath(QStringLiteral("arxiv-pacing/") + (host.isEmpty() ? QStringLiteral("none") : host));
}

qint64 ArxivPacingGate::step(qint64 pacingMs, bool claiming)
{
    if (m_path.isEmpty() || m_broken || pacingMs <= 0)
        return 0;
    const qint64 hold = pacingMs + 1; // the clock reads whole milliseconds
    if (!QDir().mkpath(QFileInfo(m_path).absolutePath())) {
        m_broken = true;
        return 0;
    }
    QLockFile lock(m_path + QStringLiteral(".lock"));
    lock.setStaleLockTime(10000); // held for microseconds; a dead owner is found by its pid
    // A claim never blocks (its caller waits on a timer); the end of a
    // request waits a moment for a claim in another process to finish.
    if (!lock.tryLock(claiming ? 0 : 50)) {
        if (lock.error() == QLockFile::LockFailedError)
            return busyRetryMs;
        m_broken = true; // no permission or another error: never wait forever
        return 0;
    }
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    QFile in(m_path);
    const qint64 stored = in.open(QIODevice::ReadOnly) ? in.readAll().trimmed().toLongLong() : 0;
    in.close();
    // Further ahead than one pacing only when the clock was set back.
    const qint64 notBefore = qMin(stored, now + hold);
    const bool wait = claiming && notBefore > now;
    const qint64 next = wait ? notBefore : now + hold;
    if (next != stored) {
        QSaveFile out(m_path);
        if (!out.open(QIODevice::WriteOnly) || out.write(QByteArray::number(next) + '\n') < 0 || !out.commit())
            m_broken = true;
    }
    if (wait)
        return notBefore - now;
    return 0;
}

qint64 ArxivPacingGate::claim(qint64 pacingMs)
{
    return step(pacingMs, true);
}

void ArxivPacingGate::finished(qint64 pacingMs)
{
    step(pacingMs, false);
}
