#pragma once
// Keeps a PaperIndex of one store fresh for the window, so that the list,
// its count, the facet counts and the charts answer from memory with a
// million papers. Small stores are indexed at once on the calling thread;
// large ones on a worker thread with its own read connection. Meanwhile
// PaperStore answers the list and its count from SQL, and the facet and
// chart counts from the last index (or with nothing on the very first
// open) until ready() says a fresh one is in place: counts may lag a
// store change by the second or two a rebuild takes, rows never do.
//
// An index is fresh while the store's generation (PRAGMA data_version,
// which moves when another connection commits, and total_changes(), which
// moves when this one writes: a tag, star, state or membership changed by
// OrganiseStore on the store's connection too) is the one it was read at. Owned by
// PaperStore (enableIndex()) and used on the thread that owns the store.
// A change of marks the window makes is taken into the index in place
// (beforeMarkChange/afterMarkChange) instead of reading the store again.

#include "organisefacet.h"
#include "papermarks.h"
#include "paperindex.h"
#include "paperindexloader.h"

#include <QElapsedTimer>
#include <QObject>
#include <QSqlDatabase>

#include <atomic>
#include <memory>

class QThread;
class TextSearchWorker;

class StoreIndex : public QObject
{
    Q_OBJECT
public:
    // Stores with fewer papers are (re)indexed at once on the calling
    // thread (about 30 ms for 50,000 papers); larger ones on the worker.
    static constexpr int defaultSyncLimit = 50000;
    void setSyncLimit(int papers) { m_syncLimit = papers; }

    // The page cache the index leaves the store's connection (PaperStore
    // sets a larger one for SQL that counts and sorts).
    static constexpr int pageCacheKiB = 8000;

    explicit StoreIndex(const QSqlDatabase &db, QObject *parent = nullptr);
    ~StoreIndex() override; // stops the worker and waits for it

    // Each answers under a filter, or returns false when the caller should
    // ask SQL instead. orderedIds: limit < 0 for all from offset on.
    bool count(const PaperFilter &filter, int *count);
    bool orderedIds(const PaperFilter &filter, PaperSort sort, Qt::SortOrder order, int offset, int limit,
                    QVector<qint64> *ids);
    bool facetCounts(Facet facet, const PaperFilter &filter, bool excludeOwnFacet, QVector<FacetCount> *rows);
    bool bibFacetCounts(BibFacet facet, const PaperFilter &filter, bool excludeOwnFacet, QVector<FacetCount> *rows);
    bool yearCategoryCounts(const PaperFilter &filter, QVector<YearCount> *rows);
    bool profileYearCounts(const PaperFilter &filter, const QStringList &profiles, QVector<YearCount> *rows);
    // The Organise panel's counts (OrganiseCounts asks), from a fresh index
    // only: false (SQL answers) while a rebuild after a change runs.
    bool organiseCounts(OrganiseFacet facet, const PaperFilter &filter, bool excludeOwnFacet, QVector<FacetCount> *rows);
    // Whether the index can answer the filter (tags, star, states and collections
    // too; not citation keys or saved searches).
    static bool answers(const PaperFilter &filter);
    // OrganiseIndex::collectionSizes() from a fresh index; false: ask SQL.
    bool collectionSizes(QHash<QString, int> *byFoldedName);

    bool isFresh();

    // A change of marks (tags, star, state, memberships) about to be written:
    // notes the generation of a fresh index (serial 0: none to update).
    struct MarkChange
    {
        PaperIndexLoader::Generation before;
        quint64 serial = 0;
        bool canApply() const { return serial != 0; }
    };
    MarkChange beforeMarkChange();
    // After it, with the covered papers' marks as they are now (a snapshot
    // whose paperIds are current): the index takes them in place and is
    // fresh at once. ownConnection: written on the store's connection (else
    // on a worker's, OrganiseJob: the index is then also read again in the
    // background, as another connection may have written meanwhile). False
    // when it could not (the next answer reads the store again).
    bool afterMarkChange(const MarkChange &change, const OrganiseSnapshot &now, bool ownConnection);
    // How many changes were taken in place so far; for the tests.
    quint64 inPlaceCount() const { return m_inPlace; }
    bool isBuilding() const { return m_worker != nullptr; }
    // How many indexes (or added sort orders) were put in place so far; for the tests.
    quint64 buildCount() const { return m_serial; }
    // Forgets the answers kept per filter (the benchmark times a filter the first time).
    void clearCaches();

    // A search text's matches, looked up before the filter is applied: at
    // once in a small store (returns false: apply the filter now), on a
    // worker in a large one (returns true: textReady() follows). A newer
    // text, or one with nothing to look up, cancels the look-up running for
    // an older one (TextSearchWorker). Keeps a common word from blocking the
    // window for the few hundred ms FTS5 takes with a million papers.
    bool prepareText(const QString &text);
    // The look-up running for prepareText(), if any; for the tests.
    const TextSearchWorker *textSearch() const { return m_textSearch.get(); }

signals:
    void ready(); // a fresh index, or a sort order it lacked, is in place
    void textReady(const QString &text);

private:
    struct Built
    {
        std::shared_ptr<const PaperIndex> index;
        PaperIndexLoader::Generation generation;
        quint64 serial = 0; // names the index in the caches below
    };
    const Built *fresh();
    const Built *latest(); // fresh, or stale while a rebuild runs (counts only)
    template <typename Rows, typename Ask>
    bool fromLatest(Rows *rows, Ask ask);
    void rebuild();
    bool isShared() const;
    void startWorker(const std::shared_ptr<const PaperIndex> &base, const QVector<PaperSort> &orders);
    void retireWorker();
    void cancelTextSearch();
    void resumeTextAfterRead();
    void setTextMatches(const QString &fts, PaperIndexLoader::Generation generation, PaperIndex::IdBits matches);
    void wantOrder(PaperSort sort);
    void onWorkerDone(const std::shared_ptr<PaperIndex> &index, bool ok, PaperIndexLoader::Generation generation);
    const PaperIndex::Mask &maskFor(const Built &built, const PaperFilter &filter);

    QSqlDatabase m_db;
    Built m_built;
    PaperIndexLoader::Generation m_failedAt; // a build that failed is not retried before the store changes
    QVector<PaperSort> m_wanted{PaperSort::Date};
    int m_syncLimit = defaultSyncLimit;
    QThread *m_worker = nullptr;
    std::shared_ptr<std::atomic<bool>> m_cancel;
    QElapsedTimer m_sinceBuild;
    qint64 m_lastBuildMs = 0;
    bool m_retryQueued = false;
    quint64 m_serial = 0;
    quint64 m_inPlace = 0;
    bool m_confirming = false;      // the running read follows a change another connection wrote
    bool m_confirmPending = false;  // such a read is still to be done
    QVector<QThread *> m_retired;   // reads given up, still stopping

    // Per-filter answers, for the generation they were made at.
    struct CachedMask
    {
        quint64 serial = 0;
        PaperFilter filter;
        PaperIndex::Mask mask;
    };
    QVector<CachedMask> m_masks; // most recent last
    QString m_textQuery; // the FilterSql::ftsQuery() m_textMatches answer
    PaperIndexLoader::Generation m_textGeneration;
    PaperIndex::IdBits m_textMatches;
    std::unique_ptr<TextSearchWorker> m_textSearch; // large stores, from the first search on
    QString m_textWantedText;                       // what textReady() will name
    bool m_textAfterRead = false;                   // typed during the first read of a large store
    PaperIndexLoader::Generation m_textWantedGeneration;
    struct
    {
        quint64 serial = 0;
        PaperFilter filter;
        PaperSort sort = PaperSort::Date;
        Qt::SortOrder order = Qt::AscendingOrder;
        QVector<quint32> ids;
    } m_ordered;
};
