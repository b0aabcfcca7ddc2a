#pragma once
// The local SQLite paper store: the only class (with StoreSchema) that holds
// SQL. Every value reaches SQL as a bound value. One PaperStore owns one
// connection and must be used from the thread that opened it; a worker
// thread opens its own PaperStore on the same file (WAL lets readers go on
// while an import writes).

#include "papercounts.h"
#include "paperfilter.h"
#include "paperrecord.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QString>
#include <QVector>
#include <QtGlobal>

#include <memory>

struct ImportOutcome
{
    bool ok = false;
    QString error;               // set when !ok; the store is unchanged then
    int papersAdded = 0;         // new to the store
    int papersKnown = 0;         // already in the store, linked (affiliations merged)
    bool profileAdded = false;
    bool profileUpdated = false; // a newer save changed the profile's figures
    int linksAdded = 0;          // profile-paper links that did not exist yet
    int affiliationsAdded = 0;   // affiliations merged into known papers
    bool changedNothing() const
    {
        return papersAdded == 0 && !profileAdded && !profileUpdated && linksAdded == 0
            && affiliationsAdded == 0;
    }
};

// What a removal took out of the store, kept so that Undo can put it back
// exactly (same ids, same citation keys, same links).
struct RemovedPapers
{
    QVector<PaperRecord> papers;           // with profiles filled in
    QVector<ProfileRecord> profiles;       // removed profiles (without papers)
    QVector<QPair<qint64, qint64>> links;  // (profile id, paper id) links taken out
    bool isEmpty() const { return papers.isEmpty() && profiles.isEmpty() && links.isEmpty(); }
};

class ImportBatchTransaction;
class StoreIndex;
class StoreArxiv;

class PaperStore
{
    Q_DECLARE_TR_FUNCTIONS(PaperStore)

public:
    PaperStore();
    ~PaperStore();
    PaperStore(const PaperStore &) = delete;
    PaperStore &operator=(const PaperStore &) = delete;

    // The store in QStandardPaths::AppDataLocation.
    static QString defaultPath();

    // Opens (creating and migrating as needed) the store at path; ":memory:"
    // works for tests. Returns false with a one-line reason in lastError().
    bool open(const QString &path);
    void close();
    bool isOpen() const;
    QString path() const { return m_path; }
    QString lastError() const { return m_lastError; }
    // Set by open() (StoreOpener): a store that cannot be written opens
    // read-only; the notice says so, or that a damaged file was kept aside.
    bool isReadOnly() const { return m_readOnly; }
    QString openNotice() const { return m_openNotice; }
    QString connectionName() const { return m_connectionName; } // test seams (tst_storefaults)
    int schemaVersion() const;
    QString sqliteVersion() const;                            // for Help > About

    // One profile in one transaction: it lands whole or not at all.
    ImportOutcome importProfile(const ProfileRecord &profile);
    // Between these, importProfile() shares one transaction among many
    // profiles, each still whole or not at all (ImportBatchTransaction);
    // an import is only in the store once commitImportBatch() returned true.
    bool beginImportBatch();
    bool commitImportBatch(bool reopen);                      // lastError() on failure
    void rollbackImportBatch();

    // For the window: from now on the list, its count, the facet and the
    // chart counts come from an in-memory index of the store (StoreIndex,
    // whose ready() says when a fresher one is in place), SQL otherwise.
    StoreIndex *enableIndex();
    StoreIndex *index() const { return m_index.get(); }

    // Papers matching the filter, sorted, in a window [offset, offset+limit).
    // Rows carry everything but `profiles` (see fillProfiles).
    QVector<PaperRecord> papers(const PaperFilter &filter, PaperSort sort, Qt::SortOrder order,
                                int offset, int limit) const;
    QVector<qint64> paperIds(const PaperFilter &filter, PaperSort sort, Qt::SortOrder order) const;
    QVector<PaperRecord> papersByIds(const QVector<qint64> &ids) const; // in the order given
    int paperCount(const PaperFilter &filter = PaperFilter()) const;
    PaperRecord paper(qint64 id) const;                       // with profiles; id 0 if unknown
    void fillProfiles(QVector<PaperRecord> &papers) const;

    // Counts per value under the filter. With excludeOwnFacet the facet's own
    // selection is ignored (so other values of an OR list stay visible).
    QVector<FacetCount> facetCounts(Facet facet, const PaperFilter &filter,
                                    bool excludeOwnFacet = false) const;

    // Papers with a year per (year, category) and per (year, profile) under
    // the filter, for the charts (SQL in StoreCounts).
    QVector<YearCount> yearCategoryCounts(const PaperFilter &filter) const;
    QVector<YearCount> profileYearCounts(const PaperFilter &filter, const QStringList &profiles) const;

    QVector<ProfileRecord> profiles() const;                  // without papers

    // Removal with Undo: each is one transaction and returns what it took
    // out (empty, with lastError() set, on failure).
    RemovedPapers removePapers(const QVector<qint64> &ids);
    // The profile, its links, and the papers that no other profile lists.
    RemovedPapers removeProfile(const QString &name);
    bool restore(const RemovedPapers &removed);

    // arXiv look-ups: the reply cache and applying a match (storearxiv.h).
    StoreArxiv arxiv() const;

private:
    bool fail(const QString &what, const QString &detail);

    QSqlDatabase m_db;
    QString m_connectionName;
    QString m_path;
    mutable QString m_lastError;
    bool m_readOnly = false;
    QString m_openNotice;
    std::unique_ptr<ImportBatchTransaction> m_batch;
    std::unique_ptr<StoreIndex> m_index;
};
