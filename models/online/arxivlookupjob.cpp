#include "arxivlookupjob.h"

#include "arxivfetcher.h"
#include "arxivmatcher.h"
#include "arxivatomparser.h"
#include "abstractpaperstore.h"
#include "storefactory.h"

#include <QMetaObject>

namespace {
QString https(const QString &link)
{
    QUrl url(link, QUrl::StrictMode);
    const QString host = url.host().toLower();
    if (url.scheme() == QLatin1String("http")
        && (host == QLatin1String("arxiv.org") || host.endsWith(QLatin1String(".arxiv.org"))))
        url.setScheme(QStringLiteral("https"));
    return url.isValid() ? url.toString() : QString();
}
} // namespace

ArxivLookupJob::ArxivLookupJob(const QString &storePath, const QVector<qint64> &paperIds,
                               const ArxivSettings &settings, QObject *parent)
    : QObject(parent), m_storePath(storePath), m_ids(paperIds), m_settings(settings)
{
    qRegisterMetaType<ArxivLookupResult>();
    qRegisterMetaType<ArxivLookupSummary>();
}

ArxivLookupJob::~ArxivLookupJob() = default;

QString ArxivLookupJob::absLink(const ArxivEntry &entry)
{
    const QString link = https(entry.absUrl);
    return link.isEmpty() && !entry.id.isEmpty() ? QStringLiteral("https://arxiv.org/abs/") + entry.id : link;
}

QString ArxivLookupJob::pdfLink(const ArxivEntry &entry)
{
    const QString link = https(entry.pdfUrl);
    return link.isEmpty() && !entry.id.isEmpty() ? QStringLiteral("https://arxiv.org/pdf/") + entry.id : link;
}

void ArxivLookupJob::cancel()
{
    m_cancelled = true;
    // The fetcher lives on this object's thread: abort it there.
    QMetaObject::invokeMethod(this, [this] {
        if (m_fetcher && m_fetcher->isBusy()) {
            m_fetcher->cancel();
            finish();
        }
    }, Qt::QueuedConnection);
}

void ArxivLookupJob::start()
{
    QString error;
    m_store = StoreFactory::open(m_storePath, &error);
    if (!m_store) {
        ArxivLookupResult failed;
        failed.title = m_storePath;
        failed.detail = error;
        conclude(failed);
        finish();
        return;
    }
    m_fetcher = new ArxivFetcher(m_settings, this);
    connect(m_fetcher, &ArxivFetcher::finished, this, &ArxivLookupJob::onFetched);
    next();
}

void ArxivLookupJob::next()
{
    if (m_finished)
        return;
    if (m_cancelled || m_done >= m_ids.size()) {
        finish();
        return;
    }
    const PaperRecord paper = m_store->paper(m_ids.at(m_done));
    if (paper.id == 0) { // removed meanwhile
        ArxivLookupResult gone;
        gone.paperId = m_ids.at(m_done);
        gone.detail = tr("the paper is no longer in the store");
        conclude(gone);
        return;
    }
    lookUp(paper);
}

void ArxivLookupJob::lookUp(const PaperRecord &paper)
{
    m_paper = std::make_unique<PaperRecord>(paper);
    m_current = ArxivLookupResult();
    m_current.paperId = paper.id;
    m_current.citationKey = paper.citationKey;
    m_current.title = paper.title;
    emit progress(m_done, int(m_ids.size()), paper.title);
    const QUrl url = ArxivMatcher::requestUrl(m_settings.apiUrl, paper.title);
    m_currentQuery = url.toString(QUrl::FullyEncoded);
    const QByteArray cached = m_store->cachedArxivReply(m_currentQuery, m_settings.cacheSeconds);
    if (!cached.isNull() && ArxivAtomParser::parse(cached).ok()) {
        judge(cached, true);
        return;
    }
    m_fetcher->fetch(url);
}

void ArxivLookupJob::onFetched(const ArxivFetchResult &fetched)
{
    if (m_finished)
        return;
    if (!fetched.ok) {
        m_current.detail = fetched.error;
        conclude(m_current);
        return;
    }
    if (!m_store->cacheArxivReply(m_currentQuery, fetched.body, m_settings.cacheSeconds))
        qWarning("cannot cache the arXiv reply: %s", qPrintable(m_store->lastError()));
    judge(fetched.body, false);
}

void ArxivLookupJob::judge(const QByteArray &reply, bool fromCache)
{
    m_current.fromCache = fromCache;
    const ArxivMatch match = ArxivMatcher::match(*m_paper, ArxivAtomParser::parse(reply).entries);
    switch (match.outcome) {
    case ArxivMatch::Outcome::Matched: {
        if (m_store->applyArxivMatch(m_paper->id, match.entry, absLink(match.entry), pdfLink(match.entry))) {
            m_current.outcome = ArxivLookupResult::Outcome::Matched;
            m_current.arxivId = match.entry.id;
        } else {
            m_current.detail = tr("%1 matches but cannot be stored: %2").arg(match.entry.id, m_store->lastError());
        }
        break;
    }
    case ArxivMatch::Outcome::NotFound:
        m_current.outcome = ArxivLookupResult::Outcome::NotFound;
        m_current.detail = match.reason;
        break;
    case ArxivMatch::Outcome::Ambiguous:
        m_current.outcome = ArxivLookupResult::Outcome::Ambiguous;
        m_current.detail = match.reason;
        break;
    }
    conclude(m_current);
}

void ArxivLookupJob::conclude(ArxivLookupResult result)
{
    m_summary.add(result);
    ++m_done;
    emit paperFinished(result);
    // Queued, so a long run of cached replies never deepens the stack.
    QMetaObject::invokeMethod(this, &ArxivLookupJob::next, Qt::QueuedConnection);
}

void ArxivLookupJob::finish()
{
    if (m_finished)
        return;
    m_finished = true;
    emit progress(m_done, int(m_ids.size()), QString());
    emit finished(m_summary, m_cancelled && m_done < m_ids.size());
}
