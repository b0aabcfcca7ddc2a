#pragma once
// Looks papers up on arXiv one after the other: a stored reply younger
// than a day answers first, otherwise ArxivFetcher asks (paced); the reply
// is cached, judged by ArxivMatcher and a match applied to the paper in
// its own transaction, so a failure or Cancel loses nothing already done.
// Event-driven: runs on whatever thread it lives in (the window moves it
// to a worker, the command line runs it in its own loop) with its own
// PaperStore connection. Never touches widgets.

#include "arxivlookupresult.h"
#include "arxivsettings.h"

#include <QObject>
#include <QVector>

#include <atomic>
#include <memory>

class ArxivFetcher;
class AbstractPaperStore;
struct ArxivEntry;
struct ArxivFetchResult;
struct PaperRecord;

class ArxivLookupJob : public QObject
{
    Q_OBJECT
public:
    ArxivLookupJob(const QString &storePath, const QVector<qint64> &paperIds, const ArxivSettings &settings,
                   QObject *parent = nullptr);
    ~ArxivLookupJob() override;

    // From any thread: stops after aborting the current request.
    void cancel();
    bool isCancelled() const { return m_cancelled; }

    // The abstract page and PDF links to store for an entry (https for arxiv.org).
    static QString absLink(const ArxivEntry &entry);
    static QString pdfLink(const ArxivEntry &entry);

public slots:
    void start();

signals:
    void progress(int done, int total, const QString &current);
    void paperFinished(const ArxivLookupResult &result);
    void finished(const ArxivLookupSummary &summary, bool cancelled);

private:
    void next();
    void lookUp(const PaperRecord &paper);
    void onFetched(const ArxivFetchResult &fetched);
    void judge(const QByteArray &reply, bool fromCache);
    void conclude(ArxivLookupResult result);
    void finish();

    QString m_storePath;
    QVector<qint64> m_ids;
    ArxivSettings m_settings;
    std::unique_ptr<AbstractPaperStore> m_store;
    ArxivFetcher *m_fetcher = nullptr;
    int m_done = 0;
    ArxivLookupResult m_current;
    QString m_currentQuery;
    std::unique_ptr<PaperRecord> m_paper;
    ArxivLookupSummary m_summary;
    std::atomic<bool> m_cancelled{false};
    bool m_finished = false;
};
