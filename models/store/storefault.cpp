#include "storefault.h"

#include "storeopener.h"
#include "writerturn.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace StoreFault {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(StoreFault)
};

thread_local Waiting threadWaiting;

// The first look at a locked store is short: the writer holding it learns
// at once (WriterTurn) that another one waits.
constexpr int firstLookMs = 100;

bool isBusy(const QString &sqliteText)
{
    return sqliteText.contains(QLatin1String("database is locked"), Qt::CaseInsensitive)
        || sqliteText.contains(QLatin1String("database is busy"), Qt::CaseInsensitive)
        || sqliteText.contains(QLatin1String("database table is locked"), Qt::CaseInsensitive);
}

bool tryBegin(QSqlDatabase &db, QString *sqliteText)
{
    QSqlQuery q(db);
    if (q.exec(QStringLiteral("BEGIN IMMEDIATE")))
        return true;
    *sqliteText = q.lastError().text();
    return false;
}

void setBusyTimeout(QSqlDatabase &db, int ms)
{
    QSqlQuery(db).exec(QStringLiteral("PRAGMA busy_timeout = %1").arg(ms));
}

// Changes whenever another connection commits (readers are never blocked).
qint64 dataVersion(QSqlDatabase &db)
{
    QSqlQuery q(db);
    return q.exec(QStringLiteral("PRAGMA data_version")) && q.next() ? q.value(0).toLongLong() : -1;
}
} // namespace

WaitingScope::WaitingScope(Waiting waiting) : m_previous(std::move(threadWaiting))
{
    threadWaiting = std::move(waiting);
}

WaitingScope::~WaitingScope()
{
    threadWaiting = std::move(m_previous);
}

bool beginWrite(QSqlDatabase &db, QString *error)
{
    const Waiting &waiting = threadWaiting;
    QString text;
    setBusyTimeout(db, firstLookMs);
    const bool first = tryBegin(db, &text);
    setBusyTimeout(db, StoreOpener::busyTimeoutMs);
    if (first)
        return true;
    const QString path = db.databaseName();
    qint64 seen = dataVersion(db);
    int stalls = 0;
    bool asked = false;
    while (isBusy(text) && stalls < stallLimit && (!waiting || waiting())) {
        WriterTurn::ask(path);
        asked = true;
        if (tryBegin(db, &text)) {
            WriterTurn::taken(path);
            return true;
        }
        const qint64 now = dataVersion(db);
        stalls = now == seen ? stalls + 1 : 0;
        seen = now;
    }
    if (asked)
        WriterTurn::taken(path);
    *error = explain(text);
    return false;
}

QString explain(const QString &sqliteText)
{
    const auto has = [&sqliteText](const char *what) {
        return sqliteText.contains(QLatin1String(what), Qt::CaseInsensitive);
    };
    QString reason;
    if (isBusy(sqliteText))
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
