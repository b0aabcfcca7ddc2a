#pragma once
// What a user decided about papers: tags, the star, the reading state and
// the note, per paper; and the exact snapshot/restore of them that Undo
// needs. Kept by the paper's normalised title (not its id), so that it
// outlives a removal followed by Undo and any re-import of the paper.
// Each change is one transaction and answers how many papers it changed
// (-1 with error() on failure). SQLite; on the connection of a PaperStore.
// OrganiseSnapshots keeps them for Undo; CollectionStore the collections.

#include "papermarks.h"

#include <QHash>
#include <QPair>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>
#include <QVariantList>
#include <QVector>

#include <functional>

class PaperStore;

class OrganiseStore
{
public:
    explicit OrganiseStore(const QSqlDatabase &db);
    explicit OrganiseStore(const PaperStore &store); // on its connection
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
    // in a write transaction.
    template <typename Work>
    int inTransaction(Work work);
    // Executes sql with "%1" standing for the ids (one bound JSON value
    // after the leading values, idsFromJson()); once, or once per slice
    // while a progress callback is set. The sum of rows changed, or -1.
    int perChunk(const QString &sql, const QVariantList &leading, const QVector<qint64> &ids);
    // A sub-select of the values of a JSON array bound at its "?".
    static QString idsFromJson() { return QStringLiteral("SELECT value FROM json_each(?)"); }
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
    bool commit();
    int rollback(); // -1

    QSqlDatabase m_db;
    mutable QString m_error;
    std::function<bool(int, int)> m_progress;
};

template <typename Work>
int OrganiseStore::inTransaction(Work work)
{
    if (!beginWrite())
        return -1;
    const int changed = work();
    if (changed < 0 || !commit())
        return rollback();
    return changed;
}
