#pragma once
// What a user decided about papers: tags, the star, the reading state and
// the note, per paper; and the exact snapshot/restore of them that Undo
// needs. Kept by the paper's normalised title (not its id), so that it
// outlives a removal followed by Undo and any re-import of the paper.
// Each change is one transaction and answers how many papers it changed
// (-1 with error() on failure). On the connection of any store: the local
// SQLite PaperStore or a shared library's PgPaperStore (OrganiseSql holds
// the few differences); on a shared library every change is logged for the
// other clients inside its transaction (PgChangeLog: "2 papers tagged by
// mara"). Conflicts there: each field of a paper's marks is written alone
// (last writer wins per field); tags and collection memberships are rows,
// so adding or removing one never drops another client's.
// OrganiseSnapshots keeps them for Undo; CollectionStore the collections.

#include "organisesql.h"
#include "papermarks.h"

#include <QHash>
#include <QPair>
#include <QSqlDatabase>
#include <QSqlError>
#include <QString>
#include <QStringList>
#include <QVariantList>
#include <QVector>

#include <functional>

class AbstractPaperStore;

class OrganiseStore
{
public:
    explicit OrganiseStore(const QSqlDatabase &db, OrganiseSql sql = OrganiseSql());
    // On the store's connection, in its dialect, logging changes on a shared library.
    explicit OrganiseStore(const AbstractPaperStore &store);
    // Writes a change down inside its transaction (kind, papers changed): PgChangeLog::record.
    using ChangeLog = std::function<bool(QSqlDatabase &db, const QString &kind, int papers, QString *error)>;
    void setChangeLog(ChangeLog log) { m_log = std::move(log); }
    const OrganiseSql &sql() const { return m_sql; }
    QString error() const { return m_error; }

    PaperMarks marks(qint64 paperId) const;
    QHash<qint64, PaperMarks> marks(const QVector<qint64> &paperIds) const;
    QStringList tags() const; // every tag any paper ever had, by name

    int addTag(const QString &tag, const QVector<qint64> &paperIds);
    int removeTag(const QString &tag, const QVector<qint64> &paperIds);
    int setStarred(const QVector<qint64> &paperIds, bool starred);
    int setState(const QVector<qint64> &paperIds, int state); // OrganiseFilterSql::stateCode
    int setNote(qint64 paperId, const QString &note);

    // For an importer inside its own open transaction (a .bib entry's
    // `keywords` become tags): adds the tags to the paper of that normalised
    // title. No transaction of its own; false with *error on failure.
    static bool addTagsInTransaction(QSqlDatabase &db, const QString &normTitle, const QStringList &tags,
                                     QString *error);
    // The same for many papers (normalised title, tags), statements prepared once.
    static bool addTagsInTransaction(QSqlDatabase &db, const QVector<QPair<QString, QStringList>> &tagsByTitle,
                                     QString *error);

    // Helpers shared with CollectionStore and OrganiseSnapshots: runs work
    // in a write transaction; when it changed something and kind is given,
    // the change log (if any) writes it down before the commit. On a shared
    // library, a transaction PostgreSQL undid because another client's change
    // crossed it (a deadlock of two overlapping taggings, a serialization
    // failure) is run again, up to conflictAttempts times in all.
    static constexpr int conflictAttempts = 4;
    template <typename Work>
    int inTransaction(Work work, const QString &kind = QString());
    // Executes sql with "%1" standing for the ids (one bound JSON value
    // after the leading values, idsFromJson()); once, or once per slice
    // while a progress callback is set. The sum of rows changed, or -1.
    int perChunk(const QString &sql, const QVariantList &leading, const QVector<qint64> &ids);
    // A sub-select of the ids of a JSON array bound at its "?".
    QString idsFromJson() const { return m_sql.idSet(); }
    // Called after each slice of a change's ids (done, total); returning
    // false stops the change, which then fails ("cancelled") and rolls back.
    // For a change run on a worker thread with a progress bar and Cancel.
    void setProgress(std::function<bool(int done, int total)> progress) { m_progress = std::move(progress); }
    bool exec(const QString &sql, const QVariantList &values);
    // One step of a change made of a few statements done: false (error()
    // "cancelled") when the progress callback says stop; true without one.
    bool step(int done, int total);

    // The papers' normalised titles; with found, their ids in the same order.
    QStringList normTitles(const QVector<qint64> &paperIds, QVector<qint64> *found = nullptr) const;
    QSqlDatabase database() const { return m_db; }
    void setError(const QString &error) const { m_error = error; }

private:
    bool beginWrite();
    bool logged(const QString &kind, int changed);
    bool commit();
    int rollback(); // -1
    void abortOnServer(); // after a failed statement on PostgreSQL
    QString stamped(QString sql) const; // "%S": OrganiseSql::stamp()
    QString explain(const QSqlError &error) const;

    QSqlDatabase m_db;
    OrganiseSql m_sql;
    ChangeLog m_log;
    bool m_aborted = false; // the transaction already rolled back (abortOnServer)
    mutable bool m_crossed = false; // the last error was a deadlock or serialization failure
    mutable QString m_error;
    std::function<bool(int, int)> m_progress;
};

template <typename Work>
int OrganiseStore::inTransaction(Work work, const QString &kind)
{
    for (int attempt = 1;; ++attempt) {
        if (!beginWrite())
            return -1;
        const int changed = work();
        if (changed >= 0 && logged(kind, changed) && commit())
            return changed;
        if (!m_crossed || attempt == conflictAttempts)
            return rollback();
        rollback(); // the server undid it whole: nothing of this attempt stays
    }
}
