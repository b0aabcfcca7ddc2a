#include "storelocation.h"

#include <QStringList>
#include <QUrl>
#include <QUrlQuery>

namespace {
const QStringList sslModes = {QStringLiteral("disable"), QStringLiteral("allow"), QStringLiteral("prefer"),
                              QStringLiteral("require"), QStringLiteral("verify-ca"), QStringLiteral("verify-full")};
const QString shape = QStringLiteral("postgresql://USER@HOST[:PORT]/DBNAME[?sslmode=MODE]");
} // namespace

bool StoreLocation::looksShared(const QString &text)
{
    return text.startsWith(QLatin1String("postgresql://"), Qt::CaseInsensitive)
           || text.startsWith(QLatin1String("postgres://"), Qt::CaseInsensitive);
}

bool StoreLocation::parse(const QString &text, StoreLocation *location, QString *error)
{
    *location = StoreLocation();
    if (!looksShared(text)) {
        if (text.trimmed().isEmpty()) {
            *error = QStringLiteral("the store's path is empty");
            return false;
        }
        location->path = text;
        return true;
    }
    const QUrl url(text, QUrl::StrictMode);
    if (!url.isValid()) {
        *error = QStringLiteral("'%1' is not a valid URL (%2): write %3").arg(text, url.errorString(), shape);
        return false;
    }
    if (!url.password().isEmpty()) {
        *error = QStringLiteral("a password does not go in the URL, where other users and the shell history see it:"
                                " give it through PGPASSWORD, ~/.pgpass or a service file");
        return false;
    }
    if (url.userName().isEmpty()) {
        *error = QStringLiteral("'%1' names no user: write %2").arg(url.toDisplayString(), shape);
        return false;
    }
    if (url.host().isEmpty()) {
        *error = QStringLiteral("'%1' names no host: write %2").arg(url.toDisplayString(), shape);
        return false;
    }
    const QString database = url.path(QUrl::FullyDecoded).mid(1);
    if (database.isEmpty() || database.contains(QLatin1Char('/'))) {
        *error = QStringLiteral("'%1' names no database (or more than one): write %2").arg(url.toDisplayString(), shape);
        return false;
    }
    if (url.port() == 0) {
        *error = QStringLiteral("port 0 is not a port: write %1").arg(shape);
        return false;
    }
    if (!url.fragment().isEmpty()) {
        *error = QStringLiteral("'%1' has a #fragment, which a database URL has no use for").arg(url.toDisplayString());
        return false;
    }
    const QUrlQuery query(url);
    for (const auto &item : query.queryItems(QUrl::FullyDecoded)) {
        if (item.first != QStringLiteral("sslmode")) {
            *error = QStringLiteral("unknown URL option '%1': only sslmode is understood").arg(item.first);
            return false;
        }
        if (!sslModes.contains(item.second)) {
            *error = QStringLiteral("sslmode=%1 is not one of %2").arg(item.second, sslModes.join(QStringLiteral(", ")));
            return false;
        }
        location->sslMode = item.second;
    }
    location->kind = Kind::Postgres;
    location->user = url.userName(QUrl::FullyDecoded);
    location->host = url.host(QUrl::FullyDecoded);
    location->port = url.port(5432);
    location->database = database;
    return true;
}

QString StoreLocation::displayName() const
{
    if (!isShared())
        return path;
    const QString host = this->host.contains(QLatin1Char(':')) ? QStringLiteral("[%1]").arg(this->host) : this->host;
    return QStringLiteral("%1@%2:%3/%4").arg(user, host).arg(port).arg(database);
}

QString StoreLocation::toString() const
{
    if (!isShared())
        return path;
    QUrl url;
    url.setScheme(QStringLiteral("postgresql"));
    url.setUserName(user);
    url.setHost(host);
    url.setPort(port);
    url.setPath(QLatin1Char('/') + database);
    if (!sslMode.isEmpty())
        url.setQuery(QStringLiteral("sslmode=") + sslMode);
    return url.toString();
}
