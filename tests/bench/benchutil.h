#pragma once
// Small helpers shared by the benchmark's parts: the process's own memory
// from /proc/self/status, a median of repeated timings, and sizes on disk.

#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QString>
#include <QVector>

#include <algorithm>
#include <functional>

namespace BenchUtil {

// A field of /proc/self/status in kB ("VmHWM" is the peak RSS, "VmRSS" the current one).
inline qint64 statusKb(const char *field)
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    const QByteArray prefix = QByteArray(field) + ':';
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith(prefix))
            return line.mid(prefix.size()).trimmed().split(' ').value(0).toLongLong();
    }
    return -1;
}

inline double elapsedMs(const QElapsedTimer &t)
{
    return double(t.nsecsElapsed()) / 1e6;
}

// Runs setup (untimed) and work (timed) up to `runs` times and returns the
// median in ms. A first run slower than a second stops early: such
// operations are measured once so the whole benchmark stays short.
inline double medianMs(const std::function<void()> &setup, const std::function<void()> &work, int runs = 3)
{
    QVector<double> times;
    for (int i = 0; i < runs; ++i) {
        if (setup)
            setup();
        QElapsedTimer t;
        t.start();
        work();
        times << elapsedMs(t);
        if (times.first() > 1000)
            break;
    }
    std::sort(times.begin(), times.end());
    return times.at(times.size() / 2);
}

// The store's size on disk: the file plus its WAL and shared-memory files.
inline qint64 storeBytes(const QString &path)
{
    qint64 total = 0;
    for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
        total += QFileInfo(path + suffix).size();
    return total;
}

inline void removeStore(const QString &path)
{
    for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm"), QStringLiteral("-journal")})
        QFile::remove(path + suffix);
}

} // namespace BenchUtil
