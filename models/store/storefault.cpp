#include "storefault.h"

#include "storeopener.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>

namespace StoreFault {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(StoreFault)
};
} // namespace

bool beginWrite(QSqlDatabase &db, QString *error)
{
    QSqlQuery q(db);
    if (q.exec(QStringLiteral("BEGIN IMMEDIATE")))
        return true;
    *error = explain(q.lastError().text());
    return false;
}

QString explain(const QString &sqliteText)
{
    const auto has = [&sqliteText](const char *what) {
        return sqliteText.contains(QLatin1String(what), Qt::CaseInsensitive);
    };
    QString reason;
    if (has("database is locked") || has("database is busy") || has("database table is locked"))
        reason = Tr::tr("the store is busy: another program kept it locked for over %n seconds;"
                    " try again when it is done",
                    nullptr, StoreOpener::busyTimeoutMs / 1000);
    else if (has("database or disk is full"))
        reason = Tr::tr("the disk is full (or the store reached its size limit)");
    else if (has("readonly database") || has("read-only"))
        reason = Tr::tr("the store is read-only");
    else if (has("malformed") || has("not a database"))
        reason = Tr::tr("the store is damaged; restart Paperscope to keep it aside and start afresh");
    else
        return sqliteText;
    return QStringLiteral("%1 (%2)").arg(reason, sqliteText.trimmed());
}

} // namespace StoreFault
