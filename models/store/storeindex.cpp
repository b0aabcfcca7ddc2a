#include "storeindex.h"

#include "filtersql.h"
#include "heaptrim.h"
#include "textsearchworker.h"

#include <QAtomicInt>
#include <QSqlQuery>
#include <QThread>
#include <QTimer>

namespace {
QAtomicInt workerCounter;
constexpr int maskCacheSize = 3; // the filter, the charts' filter without years, one more
} // namespace

StoreIndex::StoreIndex(const QSqlDatabase &db, QObject *parent) : QObject(parent), m_db(db)
{
    // With the counts, facets and orders in memory the connection reads
    // little more than pages of rows by id: a small page cache will do.
    QSqlQuery(m_db).exec(QStringLiteral("PRAGMA cache_size = -%1").arg(pageCacheKiB));
}

StoreIndex::~StoreIndex()
{
    m_textSearch.reset();
    if (m_worker) {
        m_cancel->store(true);
        m_worker->wait();
        delete m_worker;
    }
    for (QThread *retired : std::as_const(m_retired)) {
        retired->wait();
        delete retired;
    }
}

bool StoreIndex::isFresh()
{
    return fresh() != nullptr;
}

const StoreIndex::Built *StoreIndex::fresh()
{
    const PaperIndexLoader::Generation now = PaperIndexLoader(m_db).generation();
    if (m_built.index && m_built.generation == now)
        return &m_built;
    if (!m_worker && now != m_failedAt)
        rebuild();
    return m_built.index && m_built.generation == now ? &m_built : nullptr;
}

// A store another connection (the worker's) can open: not an in-memory one.
bool StoreIndex::isShared() const
{
    const QString name = m_db.databaseName();
    return !name.isEmpty() && name != QStringLiteral(":memory:") && !name.contains(QLatin1String("mode=memory"));
}

const StoreIndex::Built *StoreIndex::latest()
{
    if (const Built *built = fresh())
        return built;
    // Stale, with a rebuild running or queued (a large store; a small one
    // was rebuilt at once by fresh()).
    return m_built.index && (m_worker || m_retryQueued) ? &m_built : nullptr;
}

// At once for a small store (or one no other connection can see), else on
// the worker, and then for no more than half of the time: a store that
// keeps changing (a long import) is not re-read back to back.
void StoreIndex::rebuild()
{
    PaperIndexLoader loader(m_db);
    if (!isShared() || loader.hasFewerPapersThan(m_syncLimit)) {
        const PaperIndexLoader::Generation generation = loader.generation();
        PaperIndex index;
        QString error;
        if (loader.load(&index, m_wanted, nullptr, &error))
            m_built = {std::make_shared<const PaperIndex>(std::move(index)), generation, ++m_serial};
        else
            m_failedAt = generation;
        return;
    }
    const qint64 wait = m_sinceBuild.isValid() ? m_lastBuildMs - m_sinceBuild.elapsed() : 0;
    if (wait <= 0) {
        startWorker(nullptr, {PaperSort::Date}); // the other orders follow (onWorkerDone)
    } else if (!m_retryQueued) {
        m_retryQueued = true;
        QTimer::singleShot(int(wait) + 1, this, [this] {
            m_retryQueued = false;
            if (!m_worker && fresh())
                emit ready();
        });
    }
}

// base: read only these orders into a copy of it; null: read everything.
void StoreIndex::startWorker(const std::shared_ptr<const PaperIndex> &base, const QVector<PaperSort> &orders)
{
    const PaperIndexLoader::Generation generation = PaperIndexLoader(m_db).generation();
    const QString databaseName = m_db.databaseName();
    const QString options = m_db.connectOptions();
    const QString connection = QStringLiteral("storeindex-%1").arg(workerCounter.fetchAndAddRelaxed(1));
    m_cancel = std::make_shared<std::atomic<bool>>(false);
    m_confirming = false;
    const std::shared_ptr<std::atomic<bool>> cancel = m_cancel;
    QElapsedTimer started;
    started.start();
    m_worker = QThread::create([=] {
        auto index = std::make_shared<PaperIndex>(base ? *base : PaperIndex());
        bool ok = false;
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connection);
            db.setDatabaseName(databaseName);
            db.setConnectOptions(options);
            if (db.open()) {
                PaperIndexLoader loader(db);
                loader.prepareReader();
                QString error;
                ok = base ? loader.loadOrders(index.get(), orders, &error)
                          : loader.load(index.get(), orders, cancel.get(), &error);
                db.close();
            }
        }
        QSqlDatabase::removeDatabase(connection);
        releaseFreedHeap();
        if (!cancel->load()) {
            QMetaObject::invokeMethod(this, [this, index, ok, generation, started, cancel] {
                if (cancel->load())
                    return; // given up meanwhile (retireWorker)
                m_lastBuildMs = started.elapsed();
                onWorkerDone(index, ok, generation);
            }, Qt::QueuedConnection);
        }
    });
    m_worker->start(QThread::LowPriority);
}

void StoreIndex::onWorkerDone(const std::shared_ptr<PaperIndex> &index, bool ok, PaperIndexLoader::Generation generation)
{
    if (m_worker) {
        m_worker->wait();
        delete m_worker;
        m_worker = nullptr;
    }
    m_sinceBuild.start();
    if (m_confirming)
        m_confirmPending = false;
    m_confirming = false;
    if (!ok) {
        m_failedAt = generation;
        resumeTextAfterRead(); // SQL answers it, as without an index
        return;
    }
    m_built = {index, generation, ++m_serial};
    resumeTextAfterRead();
    // A large store's other sort orders follow the first answer, so that a
    // sort under a filter never falls back to SQL's sorting.
    for (PaperSort sort : {PaperSort::Title, PaperSort::FirstAuthor, PaperSort::Affiliations})
        wantOrder(sort);
    const Built *now = fresh(); // starts the next build when the store moved on meanwhile
    if (!now)
        return;
    QVector<PaperSort> missing;
    for (PaperSort sort : std::as_const(m_wanted)) {
        if (!now->index->hasOrder(sort))
            missing << sort;
    }
    if (!missing.isEmpty())
        startWorker(now->index, missing);
    emit ready();
}

// A text typed during the first read: looked up now (textReady() at once
// when that needs no worker).
void StoreIndex::resumeTextAfterRead()
{
    if (!m_textAfterRead)
        return;
    m_textAfterRead = false;
    if (!prepareText(m_textWantedText))
        emit textReady(m_textWantedText);
}

void StoreIndex::wantOrder(PaperSort sort)
{
    if (!m_wanted.contains(sort))
        m_wanted << sort;
}

void StoreIndex::cancelTextSearch()
{
    if (m_textSearch)
        m_textSearch->cancel();
}

bool StoreIndex::prepareText(const QString &text)
{
    const QString fts = FilterSql::ftsQuery(text);
    PaperIndexLoader loader(m_db);
    const PaperIndexLoader::Generation now = loader.generation();
    if (fts.isEmpty() || (fts == m_textQuery && now == m_textGeneration)) {
        m_textAfterRead = false;
        cancelTextSearch(); // an older text's look-up is of no use now
        return false;
    }
    // The first read of a large store runs: the text waits for it (and is
    // looked up then), so that no filter is answered by SQL on the GUI
    // thread meanwhile; textReady() follows the read.
    if (!m_built.index && m_worker) {
        cancelTextSearch();
        m_textWantedText = text;
        m_textAfterRead = true;
        return true;
    }
    if (m_textSearch && m_textSearch->pending() == fts && m_textWantedGeneration == now) {
        m_textWantedText = text; // the same words: textReady() names the latest text
        return true;
    }
    const bool small = m_built.index ? m_built.index->paperCount() < m_syncLimit : loader.hasFewerPapersThan(m_syncLimit);
    if (small || !isShared()) {
        cancelTextSearch();
        QString error;
        PaperIndex::IdBits matches;
        if (loader.textMatches(fts, &matches, &error))
            setTextMatches(fts, now, std::move(matches));
        return false;
    }
    // A large store: even a rare word's look-up leaves the GUI thread (the
    // vocabulary of a short prefix alone can take a while).
    if (!m_textSearch) {
        m_textSearch = std::make_unique<TextSearchWorker>(m_db.databaseName(), m_db.connectOptions());
        connect(m_textSearch.get(), &TextSearchWorker::found, this, [this](const QString &query, const QVector<quint64> &matches) {
            setTextMatches(query, m_textWantedGeneration, matches);
            emit textReady(m_textWantedText);
        });
        // The filter then looks the text up itself (maskFor()), or SQL does.
        connect(m_textSearch.get(), &TextSearchWorker::failed, this, [this] { emit textReady(m_textWantedText); });
    }
    m_textWantedText = text;
    m_textWantedGeneration = now;
    m_textSearch->search(fts);
    return true;
}

void StoreIndex::setTextMatches(const QString &fts, PaperIndexLoader::Generation generation, PaperIndex::IdBits matches)
{
    m_textQuery = fts;
    m_textGeneration = generation;
    m_textMatches = std::move(matches);
    m_masks.clear();
    m_ordered.serial = 0;
}

void StoreIndex::clearCaches()
{
    m_masks.clear();
    m_textQuery.clear();
    m_textMatches = PaperIndex::IdBits();
    m_ordered.serial = 0;
    m_ordered.ids = QVector<quint32>();
}

const PaperIndex::Mask &StoreIndex::maskFor(const Built &built, const PaperFilter &filter)
{
    for (int i = 0; i < m_masks.size(); ++i) {
        if (m_masks.at(i).serial == built.serial && m_masks.at(i).filter == filter) {
            m_masks.move(i, int(m_masks.size()) - 1);
            return m_masks.last().mask;
        }
    }
    const QString fts = FilterSql::ftsQuery(filter.text);
    const PaperIndexLoader::Generation now = PaperIndexLoader(m_db).generation();
    if (!fts.isEmpty() && (fts != m_textQuery || now != m_textGeneration)) {
        QString error;
        m_textMatches.clear();
        PaperIndexLoader(m_db).textMatches(fts, &m_textMatches, &error);
        m_textQuery = fts;
        m_textGeneration = now;
    }
    if (m_masks.size() >= maskCacheSize)
        m_masks.removeFirst();
    m_masks.append({built.serial, filter, built.index->mask(filter, fts.isEmpty() ? nullptr : &m_textMatches)});
    return m_masks.last().mask;
}

bool StoreIndex::count(const PaperFilter &filter, int *count)
{
    if (!answers(filter))
        return false; // citation keys, saved searches: SQL answers
    const Built *built = fresh();
    if (!built)
        return false;
    *count = filter.isEmpty() ? built->index->paperCount() : built->index->count(maskFor(*built, filter));
    return true;
}

bool StoreIndex::orderedIds(const PaperFilter &filter, PaperSort sort, Qt::SortOrder order, int offset, int limit,
                            QVector<qint64> *ids)
{
    if (!answers(filter))
        return false;
    const Built *built = fresh();
    if (!built)
        return false;
    if (!built->index->hasOrder(sort)) {
        wantOrder(sort);
        if (isShared() && built->index->paperCount() >= m_syncLimit) {
            if (!m_worker)
                startWorker(built->index, {sort});
            return false; // SQL meanwhile; ready() when the order is in
        }
        PaperIndex more = *built->index;
        QString error;
        if (!PaperIndexLoader(m_db).loadOrders(&more, {sort}, &error))
            return false;
        m_built = {std::make_shared<const PaperIndex>(std::move(more)), built->generation, ++m_serial};
        built = &m_built;
    }
    if (m_ordered.serial != built->serial || m_ordered.filter != filter || m_ordered.sort != sort
        || m_ordered.order != order) {
        m_ordered.ids = built->index->orderedIds(maskFor(*built, filter), sort, order);
        m_ordered.serial = built->serial;
        m_ordered.filter = filter;
        m_ordered.sort = sort;
        m_ordered.order = order;
    }
    const QVector<quint32> &all = m_ordered.ids;
    const int from = qBound(0, offset, int(all.size()));
    const int to = limit < 0 ? int(all.size()) : int(qMin<qint64>(all.size(), qint64(from) + limit));
    ids->clear();
    ids->reserve(to - from);
    for (int i = from; i < to; ++i)
        ids->append(all.at(i));
    return true;
}

// Counts from the latest index (stale ones too, while a rebuild runs). False
// without one (SQL answers); empty rows while the first build of a large
// store is still running (ready() follows).
template <typename Rows, typename Ask>
bool StoreIndex::fromLatest(Rows *rows, Ask ask)
{
    // (callers with a filter the index cannot answer return false first)
    const Built *built = latest();
    if (!built) {
        if (!m_worker)
            return false;
        rows->clear();
        return true;
    }
    *rows = ask(*built);
    return true;
}

bool StoreIndex::facetCounts(Facet facet, const PaperFilter &filter, bool excludeOwnFacet, QVector<FacetCount> *rows)
{
    if (!answers(filter))
        return false;
    return fromLatest(rows, [&](const Built &built) {
        return built.index->facetCounts(facet, maskFor(built, filter), excludeOwnFacet);
    });
}

bool StoreIndex::bibFacetCounts(BibFacet facet, const PaperFilter &filter, bool excludeOwnFacet,
                                QVector<FacetCount> *rows)
{
    if (!answers(filter))
        return false;
    return fromLatest(rows, [&](const Built &built) {
        return built.index->bib().counts(facet, maskFor(built, filter), excludeOwnFacet);
    });
}

bool StoreIndex::yearCategoryCounts(const PaperFilter &filter, QVector<YearCount> *rows)
{
    if (!answers(filter))
        return false;
    return fromLatest(rows, [&](const Built &built) { return built.index->yearCategoryCounts(maskFor(built, filter)); });
}

bool StoreIndex::profileYearCounts(const PaperFilter &filter, const QStringList &profiles, QVector<YearCount> *rows)
{
    if (!answers(filter))
        return false;
    return fromLatest(rows, [&](const Built &built) {
        return built.index->profileYearCounts(maskFor(built, filter), profiles);
    });
}

// Tags, star, states and collections are in the index (OrganiseIndex), entry
// types and venues too (BibIndex); the other terms PaperFilter::hasOrganiseTerms() names (citation keys, saved
// searches, ...) are left to SQL.
bool StoreIndex::answers(const PaperFilter &filter)
{
    if (!filter.hasOrganiseTerms())
        return true;
    PaperFilter rest = filter;
    rest.tags.clear();
    rest.starredOnly = false;
    rest.states.clear();
    rest.collections.clear();
    rest.entryTypes.clear();
    rest.venues.clear();
    return !rest.hasOrganiseTerms();
}

bool StoreIndex::collectionSizes(QHash<QString, int> *byFoldedName)
{
    const Built *built = fresh();
    if (!built)
        return false;
    *byFoldedName = built->index->organise().collectionSizes();
    return true;
}

// From a fresh index only: the panel's counts never lag a change of marks.
bool StoreIndex::organiseCounts(OrganiseFacet facet, const PaperFilter &filter, bool excludeOwnFacet,
                                QVector<FacetCount> *rows)
{
    if (!answers(filter))
        return false;
    const Built *built = fresh();
    if (!built)
        return false;
    const PaperIndex::Mask &mask = maskFor(*built, filter);
    const OrganiseIndex &organise = built->index->organise();
    switch (facet) {
    case OrganiseFacet::Tag:
        *rows = organise.tagCounts(mask, excludeOwnFacet);
        break;
    case OrganiseFacet::State:
        *rows = organise.stateCounts(mask, excludeOwnFacet);
        break;
    case OrganiseFacet::Starred:
        *rows = {{QStringLiteral("starred"), organise.starredCount(mask, excludeOwnFacet)}};
        break;
    }
    return true;
}

StoreIndex::MarkChange StoreIndex::beforeMarkChange()
{
    MarkChange change;
    if (m_worker && m_confirming)
        retireWorker(); // read again after this change instead
    if (m_built.index && !m_worker && !m_retryQueued) {
        const PaperIndexLoader::Generation now = PaperIndexLoader(m_db).generation();
        if (m_built.generation == now) {
            change.before = now;
            change.serial = m_built.serial;
        }
    }
    return change;
}

// The index was fresh before the change and nothing else changed the store
// since: it takes the papers' marks from the snapshot, in a copy that
// shares every other array, under the store's new generation. Otherwise
// the next question reads the store again, as after any other change.
bool StoreIndex::afterMarkChange(const MarkChange &change, const OrganiseSnapshot &now, bool ownConnection)
{
    if (change.serial == 0 || change.serial != m_built.serial || m_worker || m_retryQueued || now.isEmpty())
        return false;
    const PaperIndexLoader::Generation generation = PaperIndexLoader(m_db).generation();
    // On this connection a change leaves data_version alone: moved, another
    // connection wrote too.
    if (ownConnection && generation.dataVersion != change.before.dataVersion)
        return false;
    PaperIndex updated = *m_built.index;
    if (!updated.organise().replacePapers(now))
        return false;
    m_built = {std::make_shared<const PaperIndex>(std::move(updated)), generation, ++m_serial};
    if (m_textGeneration == change.before)
        m_textGeneration = generation; // marks change no text
    ++m_inPlace;
    // A worker's connection wrote it: whether another connection also wrote
    // meanwhile cannot be told, so the index is read again in the
    // background (answers come from the updated one meanwhile; the next
    // change of marks drops that read and starts it again after itself).
    m_confirmPending = m_confirmPending || !ownConnection;
    if (m_confirmPending && isShared()) {
        startWorker(nullptr, m_wanted);
        m_confirming = true;
    }
    return true;
}

// The running read is of no use any more: it stops at its next step and
// is deleted once it has (or with the index).
void StoreIndex::retireWorker()
{
    for (int i = int(m_retired.size()) - 1; i >= 0; --i) {
        if (m_retired.at(i)->isFinished()) {
            m_retired.at(i)->wait();
            delete m_retired.takeAt(i);
        }
    }
    m_cancel->store(true);
    m_retired << m_worker;
    m_worker = nullptr;
    m_confirming = false;
}
