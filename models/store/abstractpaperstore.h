#pragma once
// The store interface: everything the app, the importers, the exports and
// the item models ask of a paper store, whatever holds it. Open it, import
// profiles (one at a time, or a batch sharing transactions), read papers
// under a filter, count them per facet and per year, remove and restore
// them, and keep the arXiv data. PaperStore (SQLite) implements it; a
// PostgreSQL backend goes beside it. Every implementation must pass the
// cases of tests/store/tst_storecontract.cpp. An instance is used from the
// thread that opened it; lastError() holds the reason of the last failure.

#include "importoutcome.h"
#include "importprogress.h"
#include "paperchunks.h"
#include "papercounts.h"
#include "papermarks.h"
#include "paperfilter.h"
#include "paperrecord.h"
#include "removedpapers.h"

#include <QByteArray>
#include <QHash>
#include <QString>
#include <QStringList>
#include <QVector>
#include <QtGlobal>

struct ArxivEntry;
class StoreIndex;

class AbstractPaperStore
{
public:
    AbstractPaperStore() = default;
    virtual ~AbstractPaperStore() = default;
    AbstractPaperStore(const AbstractPaperStore &) = delete;
    AbstractPaperStore &operator=(const AbstractPaperStore &) = delete;

    // Opens (creating and migrating as needed) the store at location;
    // false with a one-line reason in lastError(). A store that cannot be
    // written opens read-only, and openNotice() says so.
    virtual bool open(const QString &location) = 0;
    virtual void close() = 0;
    virtual bool isOpen() const = 0;
    virtual QString path() const = 0;
    virtual QString lastError() const = 0;
    virtual bool isReadOnly() const = 0;
    virtual QString openNotice() const = 0;
    virtual int schemaVersion() const = 0;
    // The database engine and its version, for Help > About ("SQLite 3.40.1").
    virtual QString engineVersion() const = 0;

    // For the window: an in-memory index of the store that answers the
    // list, its count, the facet and chart counts (StoreIndex). Backends
    // without one return null from both and answer every call with a query.
    virtual StoreIndex *enableIndex() { return nullptr; }
    virtual StoreIndex *index() const { return nullptr; }

    // One profile in one transaction: it lands whole or not at all, and
    // importing it again changes nothing. Between beginImportBatch() and
    // commitImportBatch() profiles share transactions, each still whole or
    // not at all; the batch is only in the store once the commit returned true.
    // A profile the store refuses in a batch may take the batch's earlier
    // profiles back with it (the outcome's batchRolledBack says so); the
    // caller imports those again (ImportBatch does).
    virtual ImportOutcome importProfile(const ProfileRecord &profile) = 0;
    virtual bool beginImportBatch() = 0;
    virtual bool commitImportBatch(bool reopen) = 0;
    virtual void rollbackImportBatch() = 0;
    // Asked during every importProfile() from now on (a large .bib file's
    // progress and Cancel); an empty one asks nothing.
    virtual void setImportProgress(ImportProgress progress) = 0;
    // Like importProfile(), for a profile whose papers come a chunk at a time (a large
    // .bib file, so its papers are never all in memory): header has no
    // papers but paperCount says how many will come; next() fills the
    // next chunk and returns false once none is left. Still one
    // transaction, whole or not at all. This default gathers the chunks
    // and calls importProfile() (right, but holds every paper at once).
    virtual ImportOutcome importProfileChunks(const ProfileRecord &header, const PaperChunks &next)
    {
        ProfileRecord whole = header;
        QVector<PaperRecord> chunk;
        while (next(&chunk)) {
            whole.papers += chunk;
            chunk.clear();
        }
        return importProfile(whole);
    }

    // Papers matching the filter, sorted (ties by id, so descending is
    // ascending reversed), in a window [offset, offset+limit); rows carry
    // everything but `profiles` (fillProfiles adds them).
    virtual QVector<PaperRecord> papers(const PaperFilter &filter, PaperSort sort, Qt::SortOrder order,
                                        int offset, int limit) const = 0;
    virtual QVector<qint64> paperIds(const PaperFilter &filter, PaperSort sort, Qt::SortOrder order) const = 0;
    virtual QVector<PaperRecord> papersByIds(const QVector<qint64> &ids) const = 0; // in the order given
    virtual int paperCount(const PaperFilter &filter = PaperFilter()) const = 0;
    virtual PaperRecord paper(qint64 id) const = 0;                              // id 0 if unknown
    virtual void fillProfiles(QVector<PaperRecord> &papers) const = 0;
    virtual QVector<ProfileRecord> profiles() const = 0;                         // without papers

    // Counts per value under the filter; with excludeOwnFacet the facet's
    // own selection is ignored. Per (year, category) and per (year, profile)
    // for the charts.
    virtual QVector<FacetCount> facetCounts(Facet facet, const PaperFilter &filter,
                                            bool excludeOwnFacet = false) const = 0;
    virtual QVector<YearCount> yearCategoryCounts(const PaperFilter &filter) const = 0;
    virtual QVector<YearCount> profileYearCounts(const PaperFilter &filter, const QStringList &profiles) const = 0;
    // .bib papers per entry type or venue (profile-only papers have neither).
    virtual QVector<FacetCount> bibFacetCounts(BibFacet facet, const PaperFilter &filter,
                                               bool excludeOwnFacet = false) const = 0;

    // Removal with Undo: each in one transaction, returning what it took
    // out (empty, with lastError() set, on failure); restore() puts exactly
    // that back. removeProfile() takes the papers no other profile lists.
    virtual RemovedPapers removePapers(const QVector<qint64> &ids) = 0;
    virtual RemovedPapers removeProfile(const QString &name) = 0;
    virtual bool restore(const RemovedPapers &removed) = 0;

    // arXiv data: the reply cache (a null QByteArray when nothing younger
    // than maxAgeSeconds is kept; fetchedAt in Unix seconds, 0 for now),
    // applying a match to a paper, and the papers still without an arXiv id
    // (oldest first). Each clears lastError() first and sets it on failure.
    virtual QByteArray cachedArxivReply(const QString &query, qint64 maxAgeSeconds) const = 0;
    virtual bool cacheArxivReply(const QString &query, const QByteArray &reply, qint64 maxAgeSeconds,
                                 qint64 fetchedAt = 0) = 0;
    virtual bool applyArxivMatch(qint64 paperId, const ArxivEntry &entry, const QString &absUrl,
                                 const QString &pdfUrl) = 0;
    virtual QVector<qint64> idsWithoutArxiv(const PaperFilter &filter) const = 0;

    // For the BibTeX export (BibtexExport), a window of papers at a time:
    // the tags (sorted as PaperMarks says) and the note of each paper given
    // that has a tag or a non-empty note (others are left out; star, state
    // and collections are not read), and the @preamble values of the
    // store's .bib files, each once in the order first seen. Both clear
    // lastError() first and set it on failure (then the result is empty).
    virtual QHash<qint64, PaperMarks> exportMarks(const QVector<qint64> &ids) const = 0;
    virtual QStringList bibPreambles() const = 0;
    // Before reading `rows` papers spread all over the store (a large
    // export): asks the system to read a local store's files into its cache
    // in large asynchronous reads when that pays (FileReadAhead); returns
    // the bytes asked for, 0 when it does not pay or for a server's library.
    // Touches no connection: another thread may call it while this one reads.
    virtual qint64 readAhead(qint64 rows) const
    {
        Q_UNUSED(rows);
        return 0;
    }
};
