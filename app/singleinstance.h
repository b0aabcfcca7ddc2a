#pragma once
// One window per store: a second launch on the same store hands its files
// to the running window over a local socket (and asks it to come to the
// front) instead of opening a second writer.

#include <QObject>
#include <QStringList>

class QLocalServer;

class SingleInstance : public QObject
{
    Q_OBJECT
public:
    explicit SingleInstance(const QString &storePath, QObject *parent = nullptr);

    // True when a running instance took the files (this process should exit).
    bool handOver(const QStringList &files);
    // Starts answering later launches; false if the name cannot be taken.
    bool listen();

    QString serverName() const { return m_name; }

signals:
    void filesReceived(const QStringList &files);   // may be empty: just raise the window

private:
    QString m_name;
    QLocalServer *m_server = nullptr;
};
