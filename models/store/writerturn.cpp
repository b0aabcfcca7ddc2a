#include "writerturn.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QThread>

namespace WriterTurn {

namespace {

// A mark older than this is left by a writer that died while waiting.
constexpr qint64 staleMarkMs = 30000;
// How long a writer that committed holds back for a waiting one: SQLite's
// busy handler looks again within 100 ms.
constexpr qint64 holdBackMs = 1000;

QString markFor(const QString &storePath)
{
    if (storePath.isEmpty() || storePath == QLatin1String(":memory:") || storePath.startsWith(QLatin1String("file:")))
        return QString();
    return storePath + QStringLiteral("-waiting");
}

bool freshMark(const QString &mark)
{
    const QFileInfo info(mark);
    return info.exists() && info.lastModified().msecsTo(QDateTime::currentDateTime()) < staleMarkMs;
}

} // namespace

void ask(const QString &storePath)
{
    const QString mark = markFor(storePath);
    QFile file(mark);
    if (!mark.isEmpty() && file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        file.write(QByteArray::number(QCoreApplication::applicationPid()) + '\n'); // written: a fresh time
}

void taken(const QString &storePath)
{
    const QString mark = markFor(storePath);
    if (!mark.isEmpty())
        QFile::remove(mark);
}

void yieldIfAsked(const QString &storePath)
{
    const QString mark = markFor(storePath);
    if (mark.isEmpty() || !freshMark(mark))
        return;
    QElapsedTimer waited;
    waited.start();
    while (freshMark(mark) && waited.elapsed() < holdBackMs)
        QThread::msleep(5);
}

} // namespace WriterTurn
