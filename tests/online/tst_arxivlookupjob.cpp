// ArxivLookupJob (with ArxivFetcher and the store) against a local HTTP
// server on 127.0.0.1 serving recorded Atom replies: what is stored, what
// is refused, the pacing and back-off as the server saw them, the reply
// cache, Retry-After, arXiv's empty reply, error feeds, malformed XML, a
// reply that never comes, Cancel, and that nothing is lost on failure.
// No real network anywhere.
#include "arxivlookupjob.h"
#include "bibtexwriter.h"
#include "paperstore.h"
#include "profileimporter.h"
#include "storearxiv.h"
#include "support/arxivreplies.h"
#include "support/bibtools.h"

#include <QtTest>

using ArxivReplies::atom;
using ArxivReplies::titleAsked;
using TestHttp::Reply;
using TestHttp::Request;

namespace {
QString fixture(const char *name)
{
    return QStringLiteral(PAPERSCOPE_TEST_DATA "/") + QLatin1String(name);
}

struct Run
{
    QVector<ArxivLookupResult> results;
    ArxivLookupSummary summary;
    bool cancelled = false;
    bool finished = false;
    ArxivLookupResult of(const QString &key) const
    {
        for (const ArxivLookupResult &r : results) {
            if (r.citationKey == key)
                return r;
        }
        return ArxivLookupResult();
    }
};

// What a paper looks like to the user, to prove a failure changed nothing.
QStringList snapshot(PaperStore &store)
{
    QStringList out;
    QVector<PaperRecord> papers = store.papers({}, PaperSort::Title, Qt::AscendingOrder, 0, 1000);
    store.fillProfiles(papers);
    for (const PaperRecord &p : papers)
        out << BibtexWriter().entry(p) + p.authors.join(QLatin1Char('|')) + p.pdfUrl + p.profiles.join(QLatin1Char('|'));
    return out;
}
} // namespace

class TestArxivLookupJob : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;
    QString m_db;
    int m_n = 0;
    std::unique_ptr<TestHttp::LocalHttpServer> m_server;
    PaperStore m_store;

    ArxivSettings settings() const
    {
        ArxivSettings s;
        s.apiUrl = m_server->url(QStringLiteral("/api/query"));
        s.pacingMs = 150;
        s.timeoutMs = 10000;
        s.maxAttempts = 3;
        s.backoffMs = 40;
        return s;
    }

    qint64 idOf(const char *key)
    {
        for (const PaperRecord &p : m_store.papers({}, PaperSort::Title, Qt::AscendingOrder, 0, 100)) {
            if (p.citationKey == QLatin1String(key))
                return p.id;
        }
        qFatal("no paper %s", key);
    }

    Run run(const QVector<qint64> &ids, const ArxivSettings &s,
            const std::function<void(ArxivLookupJob &, const ArxivLookupResult &)> &each = {})
    {
        Run out;
        ArxivLookupJob job(m_db, ids, s);
        connect(&job, &ArxivLookupJob::paperFinished, this, [&](const ArxivLookupResult &r) {
            out.results << r;
            if (each)
                each(job, r);
        });
        connect(&job, &ArxivLookupJob::finished, this, [&](const ArxivLookupSummary &summary, bool cancelled) {
            out.summary = summary;
            out.cancelled = cancelled;
            out.finished = true;
        });
        job.start();
        QElapsedTimer guard; // against a hang, not a speed check
        guard.start();
        while (!out.finished && guard.elapsed() < 120000)
            QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 50);
        if (!out.finished)
            qWarning("the look-up did not finish");
        return out;
    }

    Run runAll() { return run(m_store.arxiv().idsWithoutArxiv(PaperFilter()), settings()); }

private slots:
    void init()
    {
        m_server = std::make_unique<TestHttp::LocalHttpServer>();
        m_server->setHandler(ArxivReplies::recorded);
        m_db = m_dir.filePath(QStringLiteral("job%1.sqlite").arg(++m_n));
        QVERIFY(m_store.open(m_db));
        ProfileImporter importer(m_store);
        QVERIFY(importer.importFile(fixture("profile-ada-lovecode.txt")).ok);
    }

    void cleanup()
    {
        m_store.close();
        m_server.reset();
    }

    void looksUpEveryPaperStoresMatchesAndRefusesTheRest()
    {
        const Run r = runAll();
        QVERIFY(r.finished);
        QVERIFY(!r.cancelled);
        QCOMPARE(r.results.size(), 5);
        QCOMPARE(r.summary.matched, 2);
        QCOMPARE(r.summary.notFound, 2);
        QCOMPARE(r.summary.ambiguous, 1);
        QCOMPARE(r.summary.failed, 0);
        QCOMPARE(r.summary.text(), QStringLiteral("5 papers looked up: 2 matched, 2 not found, 1 ambiguous, 0 failed"));

        // Clean match: everything arXiv knows, the profile's own data kept.
        QCOMPARE(r.of(QStringLiteral("allal2023santacoder")).line(), QStringLiteral("allal2023santacoder  matched 2301.03988"));
        const PaperRecord santa = m_store.paper(idOf("allal2023santacoder"));
        QCOMPARE(santa.arxivId, QStringLiteral("2301.03988"));
        QCOMPARE(santa.authors.size(), 7);
        QVERIFY(!santa.authorsTruncated);
        QCOMPARE(santa.doi, QStringLiteral("10.48550/arXiv.2301.03988"));
        QCOMPARE(santa.primaryClass, QStringLiteral("cs.SE"));
        QCOMPARE(santa.url, QStringLiteral("https://arxiv.org/abs/2301.03988v2"));
        QCOMPARE(santa.pdfUrl, QStringLiteral("https://arxiv.org/pdf/2301.03988v2"));
        QVERIFY(santa.abstract.startsWith(QStringLiteral("The BigCode project trains 1.1B"))); // the profile's
        QCOMPARE(santa.affiliations, (QStringList{QStringLiteral("cmu"), QStringLiteral("huggingface")}));

        // Title differing only in case and punctuation: matched.
        const PaperRecord completion = m_store.paper(r.of(QStringLiteral("shen2025completion")).paperId);
        QCOMPARE(completion.arxivId, QStringLiteral("2510.25744"));
        QCOMPARE(completion.primaryClass, QStringLiteral("cs.CL"));
        QCOMPARE(completion.authors.size(), 4);

        // Refused: a wrong year, two candidates, no result. Stored as they were.
        const ArxivLookupResult cwm = r.of(QStringLiteral("fair2025cwm"));
        QCOMPARE(cwm.outcome, ArxivLookupResult::Outcome::NotFound);
        QVERIFY2(cwm.detail.contains(QStringLiteral("2019")), qPrintable(cwm.detail));
        const ArxivLookupResult crux = r.of(QStringLiteral("lovecode2024cruxeval"));
        QCOMPARE(crux.outcome, ArxivLookupResult::Outcome::Ambiguous);
        QVERIFY2(crux.line().contains(QStringLiteral("ambiguous: 2 candidates: 2401.03065, 2412.00001")), qPrintable(crux.line()));
        for (const char *key : {"fair2025cwm", "lovecode2024cruxeval"}) {
            const PaperRecord p = m_store.paper(idOf(key));
            QVERIFY(p.arxivId.isEmpty());
            QVERIFY(p.authorsTruncated);
            QVERIFY(p.pdfUrl.isEmpty());
        }
        PaperFilter onArxiv;
        onArxiv.hasArxivOnly = true;
        QCOMPARE(m_store.paperCount(onArxiv), 2);

        // Good citizen, as the server saw it: one question per paper, in
        // order, at least the pacing apart, over one connection, named.
        const QVector<Request> &requests = m_server->requests();
        QCOMPARE(requests.size(), 5);
        for (const qint64 gap : m_server->gapsNs())
            QVERIFY2(gap >= 150 * 1000000LL, qPrintable(QStringLiteral("gap %1 ns").arg(gap)));
        QCOMPARE(m_server->connections(), 1);
        for (const Request &req : requests) {
            QCOMPARE(req.method, QByteArray("GET"));
            QCOMPARE(req.path, QStringLiteral("/api/query"));
            QVERIFY(titleAsked(req).startsWith(QStringLiteral("ti:\"")));
            QCOMPARE(req.query.queryItemValue(QStringLiteral("max_results")), QStringLiteral("10"));
            QVERIFY2(req.headers.value("user-agent").startsWith("Paperscope/"), req.headers.value("user-agent").constData());
        }
    }

    void matchedBibtexPassesBiberAndBibtex()
    {
        runAll();
        BibtexWriter writer;
        const QString path = m_dir.filePath(QStringLiteral("matched%1.bib").arg(m_n));
        QFile out(path);
        QVERIFY(out.open(QIODevice::WriteOnly));
        PaperFilter onArxiv;
        onArxiv.hasArxivOnly = true;
        const QVector<PaperRecord> papers = m_store.papers(onArxiv, PaperSort::Title, Qt::AscendingOrder, 0, 10);
        QCOMPARE(papers.size(), 2);
        QVERIFY(writer.write(&out, papers));
        out.close();
        const QString bib = BibTools::detail::readAll(path);
        QVERIFY(bib.contains(QStringLiteral("@misc{allal2023santacoder,")));
        QVERIFY(bib.contains(QStringLiteral("eprint = {2510.25744}")));
        QVERIFY(bib.contains(QStringLiteral("primaryClass = {cs.CL}")));
        QVERIFY(bib.contains(QStringLiteral("url = {https://arxiv.org/abs/2301.03988v2}")));
        const BibTools::Verdict biber = BibTools::biber(path);
        QVERIFY2(biber.clean, qPrintable(biber.report));
        QCOMPARE(biber.entries, 2);
        const BibTools::Verdict bibtex = BibTools::bibtex(path);
        QVERIFY2(bibtex.clean, qPrintable(bibtex.report));
    }

    void theSameQuestionIsNotAskedTwiceWithinADay()
    {
        const QVector<qint64> ids = {idOf("lovecode2024cruxeval"), idOf("allal2023santacoder")};
        const Run first = run(ids, settings());
        QCOMPARE(m_server->requests().size(), 2);
        QVERIFY(!first.results.at(0).fromCache);
        const Run second = run(ids, settings());
        QCOMPARE(m_server->requests().size(), 2); // answered from the store
        QCOMPARE(second.results.size(), 2);
        QVERIFY(second.results.at(0).fromCache);
        QCOMPARE(second.results.at(0).outcome, ArxivLookupResult::Outcome::Ambiguous);
        QCOMPARE(second.results.at(1).outcome, ArxivLookupResult::Outcome::Matched);
        QVERIFY(second.results.at(1).line().endsWith(QStringLiteral("(cached reply)")));
        // Older than the cache's age: asked again.
        ArxivSettings shortMemory = settings();
        shortMemory.cacheSeconds = 0;
        run({ids.first()}, shortMemory);
        QCOMPARE(m_server->requests().size(), 3);
    }

    void retryAfterIsHonoured()
    {
        int calls = 0;
        m_server->setHandler([&calls](const Request &r) {
            if (++calls == 1)
                return Reply::code(503, "Service Unavailable").header("Retry-After", "1");
            return ArxivReplies::recorded(r);
        });
        const Run r = run({idOf("allal2023santacoder")}, settings());
        QCOMPARE(r.summary.matched, 1);
        QCOMPARE(m_server->requests().size(), 2);
        QVERIFY2(m_server->gapsNs().first() >= 1000 * 1000000LL,
                 qPrintable(QStringLiteral("retried after %1 ns").arg(m_server->gapsNs().first())));
    }

    void retryAfterBeyondPatienceFails()
    {
        m_server->setHandler([](const Request &) {
            return Reply::code(503, "Service Unavailable").header("Retry-After", "86400");
        });
        const QStringList before = snapshot(m_store);
        const Run r = run({idOf("allal2023santacoder")}, settings());
        QCOMPARE(r.summary.failed, 1);
        QVERIFY2(r.results.first().detail.contains(QLocale().toString(86400)), qPrintable(r.results.first().detail));
        QCOMPARE(m_server->requests().size(), 1);
        QCOMPARE(snapshot(m_store), before);
    }

    void serverErrorsBackOffThenFailLosingNothing()
    {
        m_server->setHandler([](const Request &) { return Reply::code(500, "Internal Server Error"); });
        ArxivSettings s = settings();
        s.pacingMs = 20;
        s.backoffMs = 200;
        const QStringList before = snapshot(m_store);
        const Run r = run({idOf("allal2023santacoder")}, s);
        QCOMPARE(r.summary.failed, 1);
        QCOMPARE(r.results.first().outcome, ArxivLookupResult::Outcome::Failed);
        QVERIFY2(r.results.first().detail.contains(QStringLiteral("HTTP 500")), qPrintable(r.results.first().detail));
        QVERIFY(r.results.first().detail.contains(QStringLiteral("3 attempts")));
        QCOMPARE(m_server->requests().size(), 3);
        // Exponential back-off: 200 ms, then 400 ms.
        QVERIFY(m_server->gapsNs().at(0) >= 200 * 1000000LL);
        QVERIFY(m_server->gapsNs().at(1) >= 400 * 1000000LL);
        QCOMPARE(snapshot(m_store), before);
        // A failure is not cached: the next look-up asks again.
        m_server->setHandler(ArxivReplies::recorded);
        QCOMPARE(run({idOf("allal2023santacoder")}, settings()).summary.matched, 1);
    }

    void arxivsEmptyReplyIsRetried()
    {
        int calls = 0;
        m_server->setHandler([&calls](const Request &r) {
            return ++calls == 1 ? atom("empty-feed.xml") : ArxivReplies::recorded(r);
        });
        const Run r = run({idOf("allal2023santacoder")}, settings());
        QCOMPARE(r.summary.matched, 1);
        QCOMPARE(m_server->requests().size(), 2);
        QVERIFY(m_server->gapsNs().first() >= 150 * 1000000LL);
    }

    void badRepliesFailWithoutChange_data()
    {
        QTest::addColumn<QString>("fixtureName");
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("expected");
        QTest::newRow("error feed") << "error.xml" << 200 << "arXiv says: max_results must be non-negative";
        QTest::newRow("error feed with 400") << "error.xml" << 400 << "arXiv says: max_results must be non-negative";
        QTest::newRow("malformed XML") << "malformed.xml" << 200 << "not an arXiv Atom feed";
        QTest::newRow("not found") << "no-result.xml" << 404 << "HTTP 404";
    }
    void badRepliesFailWithoutChange()
    {
        QFETCH(QString, fixtureName);
        QFETCH(int, status);
        QFETCH(QString, expected);
        m_server->setHandler([&](const Request &) {
            Reply reply = Reply::file(fixture("arxiv/") + fixtureName, "application/atom+xml");
            reply.status = status;
            reply.reason = status == 200 ? "OK" : "Bad Request";
            return reply;
        });
        const QStringList before = snapshot(m_store);
        const Run r = run({idOf("allal2023santacoder"), idOf("lovecode2024cruxeval")}, settings());
        QCOMPARE(r.summary.failed, 2);
        QVERIFY2(r.results.first().detail.contains(expected), qPrintable(r.results.first().detail));
        QCOMPARE(m_server->requests().size(), 2); // not retried: asking again would not help
        QCOMPARE(snapshot(m_store), before);
        run({idOf("allal2023santacoder")}, settings());
        QCOMPARE(m_server->requests().size(), 3); // nothing was cached
    }

    void aReplyThatNeverComesTimesOutAndKeepsWhatWasDone()
    {
        m_server->setHandler([](const Request &r) {
            return titleAsked(r).contains(QLatin1String("CWM")) ? Reply::silence() : ArxivReplies::recorded(r);
        });
        ArxivSettings s = settings();
        s.timeoutMs = 300;
        s.maxAttempts = 2;
        const Run r = run({idOf("allal2023santacoder"), idOf("fair2025cwm"), idOf("lovecode2024cruxeval")}, s);
        QVERIFY(r.finished);
        QCOMPARE(r.summary.matched, 1);
        QCOMPARE(r.summary.failed, 1);
        QCOMPARE(r.summary.ambiguous, 1);
        const ArxivLookupResult cwm = r.of(QStringLiteral("fair2025cwm"));
        QVERIFY2(cwm.detail.contains(QStringLiteral("no reply within 300 ms (after 2 attempts)")), qPrintable(cwm.detail));
        QCOMPARE(m_server->requests().size(), 4); // santa, cwm twice, crux
        for (const qint64 gap : m_server->gapsNs())
            QVERIFY(gap >= 150 * 1000000LL);
        QCOMPARE(m_store.paper(idOf("allal2023santacoder")).arxivId, QStringLiteral("2301.03988"));
        QVERIFY(m_store.paper(idOf("fair2025cwm")).arxivId.isEmpty());
    }

    void cancelStopsAndKeepsWhatIsDone()
    {
        const QVector<qint64> ids = m_store.arxiv().idsWithoutArxiv(PaperFilter());
        const Run r = run(ids, settings(), [](ArxivLookupJob &job, const ArxivLookupResult &) { job.cancel(); });
        QVERIFY(r.finished);
        QVERIFY(r.cancelled);
        QCOMPARE(r.results.size(), 1);
        QCOMPARE(m_server->requests().size(), 1);
        const qint64 first = r.results.first().paperId;
        const bool matched = r.results.first().outcome == ArxivLookupResult::Outcome::Matched;
        QCOMPARE(!m_store.paper(first).arxivId.isEmpty(), matched);
    }

    void cancelDuringARequestAbortsIt()
    {
        m_server->setHandler([](const Request &) { return Reply::silence(); });
        ArxivLookupJob *running = nullptr;
        Run out;
        ArxivLookupJob job(m_db, {idOf("allal2023santacoder")}, settings());
        running = &job;
        connect(&job, &ArxivLookupJob::finished, this, [&](const ArxivLookupSummary &s, bool cancelled) {
            out.summary = s;
            out.cancelled = cancelled;
            out.finished = true;
        });
        job.start();
        QTRY_COMPARE(m_server->requests().size(), 1);
        running->cancel();
        QTRY_VERIFY(out.finished);
        QVERIFY(out.cancelled);
        QCOMPARE(out.summary.total(), 0);
    }

    void removedPaperIsReportedNotLost()
    {
        const qint64 id = idOf("allal2023santacoder");
        const RemovedPapers removed = m_store.removePapers({id});
        QVERIFY(!removed.isEmpty());
        const Run r = run({id, idOf("lovecode2024cruxeval")}, settings());
        QCOMPARE(r.summary.failed, 1);
        QVERIFY(r.results.first().detail.contains(QStringLiteral("no longer")));
        QCOMPARE(r.summary.ambiguous, 1);
        QCOMPARE(m_store.paperCount(), 4);
    }
};

QTEST_GUILESS_MAIN(TestArxivLookupJob)
#include "tst_arxivlookupjob.moc"
