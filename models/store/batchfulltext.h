#pragma once
// The full-text index during a batch import (ImportBatchTransaction): the
// trigger that adds each new paper to papers_fts is dropped inside the
// batch's open transaction, and the papers added since (ids above the
// largest at the start) go in with ONE statement just before the commit,
// which puts the trigger back. FTS5 then builds its segments once per
// batch instead of flushing at the end of every insert statement. Nothing
// of it is visible outside the transaction: a rollback (or a crash) keeps
// the trigger as it was. Only inserts are deferred; an import updates no
// indexed column (title, authors_text, abstract) of a paper.

#include <QSqlDatabase>
#include <QString>

class BatchFullText
{
public:
    explicit BatchFullText(QSqlDatabase db) : m_db(db) {}

    // In an open write transaction: remembers where new papers start and
    // drops the insert trigger. False with *error on failure.
    bool suspend(QString *error);
    // Before the commit: indexes the papers added since suspend() and
    // re-creates the trigger. True when nothing was suspended.
    bool fill(QString *error);
    // After a rollback: the transaction took the change back.
    void forget() { m_triggerSql.clear(); }
    // True between suspend() and fill() or forget(): inserts write no full-text rows.
    bool suspended() const { return !m_triggerSql.isEmpty(); }

private:
    bool exec(const QString &sql, qint64 value, bool bind, QString *error);

    QSqlDatabase m_db;
    QString m_triggerSql; // empty while nothing is suspended
    qint64 m_lastIdBefore = 0;
};
