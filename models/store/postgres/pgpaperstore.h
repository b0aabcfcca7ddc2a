#pragma once
// A lab's shared library on PostgreSQL behind the store interface
// (abstractpaperstore.h says what each call promises): the same papers,
// filters, counts, search, removal with Undo and arXiv data as the SQLite
// PaperStore, passing the same cases of tests/store/tst_storecontract.cpp.
// The location is a postgresql:// URL (StoreLocation). Filters are the
// SQLite store's FilterSql in its PostgreSQL dialect; rows are read by the
// same PaperRows; imports by PgImport, removals by PgRemoval. No in-memory
// index yet: every answer is a query (the server's indexes). Every write
// is logged for the other clients (PgChangeLog, heard by PgChangeListener).

#include "abstractpaperstore.h"
#include "sharedlibrary.h"

#include <QCoreApplication>

#include <functional>
#include <memory>

class PgImport;

class PgPaperStore : public AbstractPaperStore
{
    Q_DECLARE_TR_FUNCTIONS(PgPaperStore)

public:
    PgPaperStore();
    ~PgPaperStore() override;

    bool open(const QString &location) override;
    void close() override;
    bool isOpen() const override { return m_library.isOpen(); }
    // Asks the server over the store's connection: false once it is gone.
    bool isAlive() const;
    QString path() const override { return m_location; }
    QString lastError() const override { return m_lastError; }
    bool isReadOnly() const override { return m_library.isReadOnly(); }
    QString openNotice() const override;
    int schemaVersion() const override;
    QString engineVersion() const override; // "PostgreSQL 17.12"

    ImportOutcome importProfile(const ProfileRecord &profile) override;
    // A chunk at a time into PgImport: the papers are never all held.
    ImportOutcome importProfileChunks(const ProfileRecord &header, const PaperChunks &next) override;
    bool beginImportBatch() override;
    bool commitImportBatch(bool reopen) override;
    void rollbackImportBatch() override;
    void setImportProgress(ImportProgress progress) override { m_progress = std::move(progress); }

    QVector<PaperRecord> papers(const PaperFilter &filter, PaperSort sort, Qt::SortOrder order, int offset,
                                int limit) const override;
    QVector<qint64> paperIds(const PaperFilter &filter, PaperSort sort, Qt::SortOrder order) const override;
    QVector<PaperRecord> papersByIds(const QVector<qint64> &ids) const override;
    int paperCount(const PaperFilter &filter = PaperFilter()) const override;
    PaperRecord paper(qint64 id) const override;
    void fillProfiles(QVector<PaperRecord> &papers) const override;
    QVector<ProfileRecord> profiles() const override;

    QVector<FacetCount> facetCounts(Facet facet, const PaperFilter &filter, bool excludeOwnFacet = false) const override;
    QVector<YearCount> yearCategoryCounts(const PaperFilter &filter) const override;
    QVector<YearCount> profileYearCounts(const PaperFilter &filter, const QStringList &profiles) const override;
    QVector<FacetCount> bibFacetCounts(BibFacet facet, const PaperFilter &filter,
                                       bool excludeOwnFacet = false) const override;

    RemovedPapers removePapers(const QVector<qint64> &ids) override;
    RemovedPapers removeProfile(const QString &name) override;
    bool restore(const RemovedPapers &removed) override;

    QByteArray cachedArxivReply(const QString &query, qint64 maxAgeSeconds) const override;
    bool cacheArxivReply(const QString &query, const QByteArray &reply, qint64 maxAgeSeconds,
                         qint64 fetchedAt = 0) override;
    bool applyArxivMatch(qint64 paperId, const ArxivEntry &entry, const QString &absUrl,
                         const QString &pdfUrl) override;
    QVector<qint64> idsWithoutArxiv(const PaperFilter &filter) const override;

    QHash<qint64, PaperMarks> exportMarks(const QVector<qint64> &ids) const override;
    QStringList bibPreambles() const override;

    // The open connection, for what users decide (OrganiseStore and its kin).
    QSqlDatabase database() const { return m_library.database(); }

private:
    // Runs sql (a %1 for the filter's WHERE) with the filter's values after `before`.
    bool select(QSqlQuery &q, const QString &sql, const PaperFilter &filter, int skip,
                const QVariantList &before = {}, const QVariantList &after = {}) const;
    bool fail(const QString &error) const;
    // One profile's import (run) in the batch's transaction (a savepoint) or one of its own.
    ImportOutcome importWith(const std::function<bool(PgImport &, ImportOutcome *)> &run);
    // A lost connection's failures said as such (PgConnection::lostLine).
    QString explained(const QString &error) const;

    SharedLibrary m_library;
    QString m_location;
    mutable QString m_lastError;
    bool m_inBatch = false;
    int m_batchAdded = 0; // told to other clients when the batch commits (PgChangeLog)
    ImportProgress m_progress;
    std::unique_ptr<PgImport> m_import; // its statements stay prepared while the connection is open
};
