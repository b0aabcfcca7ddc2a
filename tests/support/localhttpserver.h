#pragma once
// Test support: a tiny HTTP/1.1 server inside the test process, listening
// on 127.0.0.1 only (never any other address), so network code is tested
// against recorded replies without any real network. A handler decides each
// reply from the request; the server records every request with the time it
// arrived (monotonic clock, nanoseconds) and on which connection, so tests
// check pacing and "one connection" from the server's side. Keeps
// connections alive like a real server. Header-only (no Q_OBJECT).

#include <QElapsedTimer>
#include <QFile>
#include <QHash>
#include <QHostAddress>
#include <QTcpServer>
#include <QTcpSocket>
#include <QUrl>
#include <QUrlQuery>
#include <QVector>

#include <functional>
#include <memory>

namespace TestHttp {

struct Request
{
    QByteArray method;
    QString path;
    QUrlQuery query;
    QHash<QByteArray, QByteArray> headers;  // lower-case names
    qint64 arrivedNs = 0;
    int connection = 0;                     // 1-based, in order of arrival
};

struct Reply
{
    int status = 200;
    QByteArray reason = "OK";
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray body;
    bool never = false;          // read the request, never answer

    static Reply withBody(const QByteArray &body, const QByteArray &type)
    {
        Reply r;
        r.body = body;
        if (!type.isEmpty())
            r.headers << qMakePair(QByteArray("Content-Type"), type);
        return r;
    }
    static Reply atom(const QByteArray &body) { return withBody(body, "application/atom+xml; charset=utf-8"); }
    static Reply file(const QString &path, const QByteArray &type)
    {
        QFile f(path);
        if (!f.open(QIODevice::ReadOnly))
            qFatal("test fixture %s is missing", qPrintable(path));
        return withBody(f.readAll(), type);
    }
    static Reply code(int value, const QByteArray &reason)
    {
        Reply r;
        r.status = value;
        r.reason = reason;
        return r;
    }
    static Reply redirect(const QString &location)
    {
        Reply r = Reply::code(302, "Found");
        r.headers << qMakePair(QByteArray("Location"), location.toUtf8());
        return r;
    }
    static Reply silence()
    {
        Reply r;
        r.never = true;
        return r;
    }
    Reply &header(const QByteArray &name, const QByteArray &value)
    {
        headers << qMakePair(name, value);
        return *this;
    }
};

using Handler = std::function<Reply(const Request &)>;

class LocalHttpServer
{
public:
    LocalHttpServer()
    {
        m_clock.start();
        if (!m_server.listen(QHostAddress(QHostAddress::LocalHost), 0)) // 127.0.0.1 only
            qFatal("cannot listen on 127.0.0.1: %s", qPrintable(m_server.errorString()));
        QObject::connect(&m_server, &QTcpServer::newConnection, &m_server, [this] { accept(); });
    }

    QUrl url(const QString &path) const
    {
        return QUrl(QStringLiteral("http://127.0.0.1:%1%2").arg(m_server.serverPort()).arg(path));
    }
    void setHandler(Handler handler) { m_handler = std::move(handler); }

    const QVector<Request> &requests() const { return m_requests; }
    int connections() const { return m_connections; }
    void clear() { m_requests.clear(); }

    // Nanoseconds between the arrivals of consecutive requests.
    QVector<qint64> gapsNs() const
    {
        QVector<qint64> gaps;
        for (int i = 1; i < m_requests.size(); ++i)
            gaps << m_requests.at(i).arrivedNs - m_requests.at(i - 1).arrivedNs;
        return gaps;
    }

private:
    void accept()
    {
        while (QTcpSocket *socket = m_server.nextPendingConnection()) {
            const int connection = ++m_connections;
            auto buffer = std::make_shared<QByteArray>();
            QObject::connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
            QObject::connect(socket, &QTcpSocket::readyRead, socket, [this, socket, connection, buffer] {
                buffer->append(socket->readAll());
                int end;
                while ((end = buffer->indexOf("\r\n\r\n")) >= 0) {
                    const QByteArray head = buffer->left(end);
                    buffer->remove(0, end + 4);
                    serve(socket, connection, head);
                }
            });
        }
    }

    void serve(QTcpSocket *socket, int connection, const QByteArray &head)
    {
        Request request;
        request.arrivedNs = m_clock.nsecsElapsed();
        request.connection = connection;
        const QList<QByteArray> lines = head.split('\n');
        const QList<QByteArray> first = lines.value(0).trimmed().split(' ');
        request.method = first.value(0);
        const QUrl target(QString::fromLatin1(first.value(1)));
        request.path = target.path();
        request.query = QUrlQuery(target);
        for (int i = 1; i < lines.size(); ++i) {
            const int colon = lines.at(i).indexOf(':');
            if (colon > 0)
                request.headers.insert(lines.at(i).left(colon).trimmed().toLower(), lines.at(i).mid(colon + 1).trimmed());
        }
        m_requests << request;
        const Reply reply = m_handler ? m_handler(request) : Reply::code(404, "Not Found");
        if (reply.never)
            return;
        QByteArray out = "HTTP/1.1 " + QByteArray::number(reply.status) + ' ' + reply.reason + "\r\n";
        for (const auto &h : reply.headers)
            out += h.first + ": " + h.second + "\r\n";
        out += "Content-Length: " + QByteArray::number(reply.body.size()) + "\r\n";
        out += "Connection: keep-alive\r\n\r\n";
        out += reply.body;
        socket->write(out);
    }

    QTcpServer m_server;
    QElapsedTimer m_clock;
    Handler m_handler;
    QVector<Request> m_requests;
    int m_connections = 0;
};

} // namespace TestHttp
