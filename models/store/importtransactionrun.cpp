// ImportTransaction's runs: a whole profile (run), or a .bib file whose
// papers come a chunk at a time (runChunks); both go through addPapers().
#include "importtransaction.h"

#include "textfold.h"

#include <QSqlQuery>

namespace {

// The connection's page cache held to kib while a chunked file goes in
// (a batch raises it to 64 MiB: most of a large file's peak memory), put
// back after.
struct CacheLimit
{
    CacheLimit(QSqlDatabase db, int kib) : m_db(db)
    {
        QSqlQuery q(m_db);
        if (q.exec(QStringLiteral("PRAGMA cache_size")) && q.next()) {
            m_before = q.value(0).toString();
            q.finish();
            q.exec(QStringLiteral("PRAGMA cache_size = -%1").arg(kib));
        }
    }
    ~CacheLimit()
    {
        if (!m_before.isEmpty())
            QSqlQuery(m_db).exec(QStringLiteral("PRAGMA cache_size = %1").arg(m_before));
    }
    QSqlDatabase m_db;
    QString m_before;
};

} // namespace

bool ImportTransaction::start(const ProfileRecord &profile, ImportOutcome *outcome, qint64 *profileId)
{
    if (!prepareStatements() || !upsertProfile(profile, outcome, profileId))
        return false;
    m_pending.clear();
    m_pendingNorms.clear();
    m_lookups.clear();
    m_nextId = m_firstNewId = 0;
    m_newSources.clear();
    m_sourceKeys.clear();
    m_progressBase = 0;
    return true;
}

bool ImportTransaction::run(const ProfileRecord &profile, ImportOutcome *outcome, const ImportProgress &progress)
{
    qint64 profileId = 0;
    if (!start(profile, outcome, &profileId))
        return false;
    m_progressTotal = BibFieldsTransaction::progressTotal(profile); // once per run
    m_bib = BibFieldsTransaction::isBib(profile);
    m_stored = QVector<BibFieldsTransaction::Stored>(m_bib ? profile.papers.size() : 0);
    if (!addPapers(profile.papers, 0, profileId, outcome, progress) || !insertPending(profileId, outcome))
        return false;
    m_newSources = QVector<int>();
    m_lookups.clear();
    BibFieldsTransaction bib(m_db); // .bib papers: entry type, own key, venue, fields
    const bool done = bib.run(profile, progress, m_stored);
    m_stored = QVector<BibFieldsTransaction::Stored>();
    if (!done) {
        m_error = bib.error();
        return false;
    }
    return true;
}

// As run() for a .bib file, but the .bib fields of each chunk go in right
// after its papers; progress is papers stored plus fields written, of
// twice header.paperCount.
bool ImportTransaction::runChunks(const ProfileRecord &header, const PaperChunks &next, ImportOutcome *outcome,
                                  const ImportProgress &progress)
{
    const CacheLimit cache(m_db, chunksCacheKiB);
    qint64 profileId = 0;
    if (!start(header, outcome, &profileId))
        return false;
    m_progressTotal = 2 * header.paperCount;
    m_bib = true;
    m_stored = QVector<BibFieldsTransaction::Stored>(header.paperCount);
    BibFieldsTransaction bib(m_db);
    // Asked with the fields written so far; papers stored so far are m_progressBase.
    const ImportProgress fieldsProgress = !progress ? ImportProgress() : [&](int fields, int) {
        return progress(m_progressBase + fields, m_progressTotal);
    };
    int base = 0;
    QVector<PaperRecord> chunk;
    while (next(&chunk)) {
        if (base + chunk.size() > m_stored.size())
            m_stored.resize(base + chunk.size());
        for (const PaperRecord &p : std::as_const(chunk))
            m_sourceKeys << p.citationKey;
        m_progressBase = base; // the fields written so far (goOn adds them to the papers stored)
        if (!addPapers(chunk, base, profileId, outcome, progress) || !insertPending(profileId, outcome))
            return false;
        m_progressBase = base + int(chunk.size());
        if (!bib.runChunk(chunk, base, m_stored, fieldsProgress)) {
            m_error = bib.error();
            return false;
        }
        base += int(chunk.size());
        chunk.clear();
    }
    m_newSources = QVector<int>();
    m_sourceKeys = QStringList();
    m_lookups.clear();
    const bool done = bib.finish(header);
    m_stored = QVector<BibFieldsTransaction::Stored>();
    if (!done) {
        m_error = bib.error();
        return false;
    }
    return true;
}

bool ImportTransaction::addPapers(const QVector<PaperRecord> &papers, int base, qint64 profileId,
                                  ImportOutcome *outcome, const ImportProgress &progress)
{
    const int total = int(papers.size());
    for (int start = 0; start < total; start += pendingLimit) {
        const int end = qMin(total, start + pendingLimit);
        // The papers so far are in the store: this chunk's titles and keys are asked at once.
        if (!insertPending(profileId, outcome))
            return false;
        m_lookups.clear();
        if (!askChunk(papers, start, end))
            return false;
        for (int i = start; i < end; ++i) {
            const PaperRecord &paper = papers.at(i);
            if ((base + i + 1) % pendingLimit == 0 && !goOn(progress, base + i + 1))
                return false;
            const QString &norm = m_chunkNorms.at(i - start);
            // The same paper twice in one profile: the first lands, the second merges into it.
            if (m_pendingNorms.contains(norm) && !insertPending(profileId, outcome))
                return false;
            ImportLookups::Paper known;
            bool found = false;
            if (!m_lookups.findPaper(norm, &known, &found)) {
                m_error = m_lookups.error();
                return false;
            }
            if (!found) {
                if (!addPaper(paper, norm, m_chunkBases.at(i - start), base + i))
                    return false;
                ++outcome->papersAdded;
                continue;
            }
            if (paper.hasCode && !known.hasCode) {
                m_setCode.bind(0, known.id);
                if (!exec(m_setCode))
                    return false;
                m_lookups.codeSet(norm);
            }
            if (!mergeIntoKnownPaper(known.id, paper, outcome) || !link(profileId, known.id, outcome))
                return false;
            if (m_bib) {
                // Merged into an entry of this file inserted whole under the same key: nothing left but its keywords.
                const qint64 ordinal = known.id - m_firstNewId;
                const int first = m_firstNewId > 0 && ordinal >= 0 && ordinal < m_newSources.size()
                    ? m_newSources.at(int(ordinal)) : -1;
                const QString firstKey = first < 0 ? QString()
                    : m_sourceKeys.isEmpty() ? papers.at(first).citationKey : m_sourceKeys.at(first);
                const bool whole = first >= 0 && m_stored.at(first).whole && firstKey == paper.citationKey;
                m_stored[base + i] = {known.id, whole};
            }
        }
    }
    return true;
}
