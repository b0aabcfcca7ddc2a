#pragma once
// The local SQLite paper store: the SQLite backend of AbstractPaperStore
// (abstractpaperstore.h says what each call promises), put together from
// small parts that each get only the connection they need (schema, import
// transactions, rows, counts, removal, arXiv data, the in-memory index).
// Every value reaches SQL as a bound value. One PaperStore owns one
// connection and must be used from the thread that opened it; a worker
// thread opens its own PaperStore on the same file (WAL lets readers go on
// while an import writes).

#include "abstractpaperstore.h"
#include "filereadahead.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QString>
#include <QVector>
#include <QtGlobal>

#include <functional>
#include <memory>

class ImportBatchTransaction;
class ImportTransaction;
class StoreIndex;
class StoreArxiv;

class PaperStore : public AbstractPaperStore
{
    Q_DECLARE_TR_FUNCTIONS(PaperStore)

public:
    PaperStore();
    ~PaperStore() override;

    // The store in QStandardPaths::AppDataLocation.
    static QString defaultPath();

    // Opens (creating and migrating as needed) the store at path; ":memory:"
    // works for tests. Returns false with a one-line reason in lastError().
    bool open(const QString &path) override;
    void close() override;
    bool isOpen() const override;
    QString path() const override { return m_path; }
    QString lastError() const override { return m_lastError; }
    // Set by open() (StoreOpener): a store that cannot be written opens
    // read-only; the notice says so, or that a damaged file was kept aside.
    bool isReadOnly() const override { return m_readOnly; }
    QString openNotice() const override { return m_openNotice; }
    QString connectionName() const { return m_connectionName; } // test seams (tst_storefaults)
    int schemaVersion() const override;
    QString sqliteVersion() const;
    QString engineVersion() const override;                   // for Help > About

    // One profile in one transaction: it lands whole or not at all.
    ImportOutcome importProfile(const ProfileRecord &profile) override;
    // A chunk at a time: only one chunk's papers are held (ImportTransaction::runChunks).
    ImportOutcome importProfileChunks(const ProfileRecord &header, const PaperChunks &next) override;
    // Between these, importProfile() shares one transaction among many
    // profiles, each still whole or not at all (ImportBatchTransaction);
    // an import is only in the store once commitImportBatch() returned true.
    bool beginImportBatch() override;
    bool commitImportBatch(bool reopen) override;             // lastError() on failure
    void rollbackImportBatch() override;
    void setImportProgress(ImportProgress progress) override { m_importProgress = std::move(progress); }

    // For the window: from now on the list, its count, the facet and the
    // chart counts come from an in-memory index of the store (StoreIndex,
    // whose ready() says when a fresher one is in place), SQL otherwise.
    StoreIndex *enableIndex() override;
    StoreIndex *index() const override { return m_index.get(); }

    // Papers matching the filter, sorted, in a window [offset, offset+limit).
    // Rows carry everything but `profiles` (see fillProfiles).
    QVector<PaperRecord> papers(const PaperFilter &filter, PaperSort sort, Qt::SortOrder order,
                                int offset, int limit) const override;
    QVector<qint64> paperIds(const PaperFilter &filter, PaperSort sort, Qt::SortOrder order) const override;
    QVector<PaperRecord> papersByIds(const QVector<qint64> &ids) const override; // in the order given
    int paperCount(const PaperFilter &filter = PaperFilter()) const override;
    PaperRecord paper(qint64 id) const override;              // with profiles; id 0 if unknown
    void fillProfiles(QVector<PaperRecord> &papers) const override;

    // Counts per value under the filter. With excludeOwnFacet the facet's own
    // selection is ignored (so other values of an OR list stay visible).
    QVector<FacetCount> facetCounts(Facet facet, const PaperFilter &filter,
                                    bool excludeOwnFacet = false) const override;

    // Papers with a year per (year, category) and per (year, profile) under
    // the filter, for the charts (SQL in StoreCounts).
    QVector<YearCount> yearCategoryCounts(const PaperFilter &filter) const override;
    QVector<YearCount> profileYearCounts(const PaperFilter &filter, const QStringList &profiles) const override;
    // From the in-memory index when enabled (BibIndex), SQL otherwise (StoreCounts).
    QVector<FacetCount> bibFacetCounts(BibFacet facet, const PaperFilter &filter,
                                       bool excludeOwnFacet = false) const override;

    QVector<ProfileRecord> profiles() const override;         // without papers

    // Removal with Undo: each is one transaction and returns what it took
    // out (empty, with lastError() set, on failure).
    RemovedPapers removePapers(const QVector<qint64> &ids) override;
    // The profile, its links, and the papers that no other profile lists.
    RemovedPapers removeProfile(const QString &name) override;
    bool restore(const RemovedPapers &removed) override;

    // arXiv look-ups: the reply cache and applying a match (StoreArxiv).
    QByteArray cachedArxivReply(const QString &query, qint64 maxAgeSeconds) const override;
    bool cacheArxivReply(const QString &query, const QByteArray &reply, qint64 maxAgeSeconds,
                         qint64 fetchedAt = 0) override;
    bool applyArxivMatch(qint64 paperId, const ArxivEntry &entry, const QString &absUrl,
                         const QString &pdfUrl) override;
    QVector<qint64> idsWithoutArxiv(const PaperFilter &filter) const override;
    StoreArxiv arxiv() const;                                 // the SQLite part itself (tests)

    // For the BibTeX export: one statement a window (ExportMarks), the
    // preambles from bib_preambles (BibPreambles).
    QHash<qint64, PaperMarks> exportMarks(const QVector<qint64> &ids) const override;
    QStringList bibPreambles() const override;
    qint64 readAhead(qint64 rows) const override { return FileReadAhead::forRows(m_path, rows); }

private:
    bool fail(const QString &what, const QString &detail);
    ImportOutcome importWith(const std::function<bool(ImportTransaction &, ImportOutcome *)> &run);
    ImportProgress importProgress() const;

    QSqlDatabase m_db;
    QString m_connectionName;
    QString m_path;
    mutable QString m_lastError;
    bool m_readOnly = false;
    QString m_openNotice;
    std::unique_ptr<ImportBatchTransaction> m_batch;
    ImportProgress m_importProgress;
    std::unique_ptr<StoreIndex> m_index;
};
