// ArxivFetcher and ArxivSettings on their own: the question on the wire
// (User-Agent, Accept), pacing across questions and retries as a local
// server on 127.0.0.1 sees it, Cancel, Retry-After values, and the settings
// (never below arXiv's three seconds for arxiv.org).
#include "arxivfetcher.h"
#include "support/localhttpserver.h"
#include "support/testsettings.h"

#include <QSettings>
#include <QtTest>

using TestHttp::Reply;
using TestHttp::Request;

namespace {
Reply santa()
{
    return Reply::file(QStringLiteral(PAPERSCOPE_TEST_DATA "/arxiv/santacoder-match.xml"), "application/atom+xml");
}
} // namespace

class TestArxivFetcher : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;

    ArxivSettings settings(const TestHttp::LocalHttpServer &server) const
    {
        ArxivSettings s;
        s.apiUrl = server.url(QStringLiteral("/api/query"));
        s.pacingMs = 100;
        s.timeoutMs = 10000;
        s.maxAttempts = 3;
        s.backoffMs = 10;
        return s;
    }

    static ArxivFetchResult fetchOne(ArxivFetcher &fetcher, const QUrl &url)
    {
        QSignalSpy done(&fetcher, &ArxivFetcher::finished);
        fetcher.fetch(url);
        if (!done.wait(60000)) // against a hang, not a speed check
            return ArxivFetchResult();
        return done.first().first().value<ArxivFetchResult>();
    }

private slots:
    void initTestCase() { TestSettings::isolate(m_dir.path(), QStringLiteral("paperscope-fetcher-test")); }

    void asksPolitelyAndParses()
    {
        TestHttp::LocalHttpServer server;
        server.setHandler([](const Request &) { return santa(); });
        ArxivFetcher fetcher(settings(server));
        const ArxivFetchResult r = fetchOne(fetcher, server.url(QStringLiteral("/api/query?search_query=x")));
        QVERIFY2(r.ok, qPrintable(r.error));
        QCOMPARE(r.attempts, 1);
        QCOMPARE(r.feed.entries.size(), 1);
        QVERIFY(r.body.startsWith("<?xml"));
        QCOMPARE(server.requests().size(), 1);
        const Request &req = server.requests().first();
        QCOMPARE(req.headers.value("user-agent"), ArxivSettings::userAgent());
        QCOMPARE(req.headers.value("accept"), QByteArray("application/atom+xml"));
        QVERIFY(!fetcher.isBusy());
    }

    void pacingHoldsAcrossQuestionsAndRetries()
    {
        TestHttp::LocalHttpServer server;
        int calls = 0;
        server.setHandler([&calls](const Request &) {
            return ++calls == 2 ? Reply::code(502, "Bad Gateway") : santa();
        });
        ArxivFetcher fetcher(settings(server));
        for (int i = 0; i < 3; ++i)
            QVERIFY(fetchOne(fetcher, server.url(QStringLiteral("/api/query"))).ok);
        QCOMPARE(server.requests().size(), 4); // the second question was asked twice
        for (const qint64 gap : server.gapsNs())
            QVERIFY2(gap >= 100 * 1000000LL, qPrintable(QString::number(gap)));
        QCOMPARE(server.connections(), 1);
    }

    void cancelEmitsNothingAndKeepsThePace()
    {
        TestHttp::LocalHttpServer server;
        server.setHandler([](const Request &r) {
            return r.path == QLatin1String("/never") ? Reply::silence() : santa();
        });
        ArxivFetcher fetcher(settings(server));
        QSignalSpy done(&fetcher, &ArxivFetcher::finished);
        fetcher.fetch(server.url(QStringLiteral("/never")));
        QTRY_COMPARE(server.requests().size(), 1);
        fetcher.cancel();
        QVERIFY(!fetcher.isBusy());
        QVERIFY(done.isEmpty());
        QVERIFY(fetchOne(fetcher, server.url(QStringLiteral("/api/query"))).ok);
        QCOMPARE(done.size(), 1); // only the second question answered
        QVERIFY(server.gapsNs().first() >= 100 * 1000000LL);
    }

    void settingsComeFromQSettings()
    {
        QSettings s;
        s.clear();
        ArxivSettings defaults = ArxivSettings::fromSettings();
        QCOMPARE(defaults.apiUrl, QUrl(ArxivSettings::defaultApiUrl()));
        QCOMPARE(defaults.effectivePacingMs(), 3000);
        s.setValue(QStringLiteral("arxiv/url"), QStringLiteral("http://127.0.0.1:9/api/query"));
        s.setValue(QStringLiteral("arxiv/pacingMs"), 25);
        s.setValue(QStringLiteral("arxiv/timeoutMs"), 700);
        s.setValue(QStringLiteral("arxiv/maxAttempts"), 0);    // at least one
        s.setValue(QStringLiteral("arxiv/backoffMs"), -3);     // ignored
        const ArxivSettings a = ArxivSettings::fromSettings();
        QCOMPARE(a.apiUrl, QUrl(QStringLiteral("http://127.0.0.1:9/api/query")));
        QCOMPARE(a.effectivePacingMs(), 25);
        QCOMPARE(a.timeoutMs, 700);
        QCOMPARE(a.maxAttempts, 1);
        QCOMPARE(a.backoffMs, defaults.backoffMs);
        s.setValue(QStringLiteral("arxiv/url"), QStringLiteral("file:///etc/passwd"));
        QCOMPARE(ArxivSettings::fromSettings().apiUrl, QUrl(ArxivSettings::defaultApiUrl()));
        s.setValue(QStringLiteral("arxiv/url"), QStringLiteral("https://export.arxiv.org/api/query"));
        QCOMPARE(ArxivSettings::fromSettings().effectivePacingMs(), 3000); // arXiv's rule wins
        s.clear();
    }

    void pacingForArxivNeverDropsBelowThreeSeconds()
    {
        ArxivSettings s;
        s.pacingMs = 10;
        QCOMPARE(s.effectivePacingMs(), 3000);
        s.apiUrl = QUrl(QStringLiteral("http://arxiv.org/api/query"));
        QCOMPARE(s.effectivePacingMs(), 3000);
        s.apiUrl = QUrl(QStringLiteral("http://127.0.0.1:8080/api/query"));
        QCOMPARE(s.effectivePacingMs(), 10);
        s.pacingMs = 5000;
        s.apiUrl = QUrl(ArxivSettings::defaultApiUrl());
        QCOMPARE(s.effectivePacingMs(), 5000);
        QVERIFY(ArxivSettings::userAgent().startsWith("Paperscope/" PAPERSCOPE_VERSION " ("));
    }

    void retryAfterValues_data()
    {
        QTest::addColumn<QByteArray>("value");
        QTest::addColumn<qint64>("ms");
        QTest::newRow("seconds") << QByteArray("120") << qint64(120000);
        QTest::newRow("zero") << QByteArray(" 0 ") << qint64(0);
        QTest::newRow("http date") << QByteArray("Wed, 21 Oct 2015 07:28:30 GMT") << qint64(30000);
        QTest::newRow("date in the past") << QByteArray("Wed, 21 Oct 2015 07:27:00 GMT") << qint64(0);
        QTest::newRow("absent") << QByteArray() << qint64(-1);
        QTest::newRow("junk") << QByteArray("soon") << qint64(-1);
        QTest::newRow("negative") << QByteArray("-5") << qint64(-1);
    }
    void retryAfterValues()
    {
        QFETCH(QByteArray, value);
        QFETCH(qint64, ms);
        const QDateTime now(QDate(2015, 10, 21), QTime(7, 28, 0), Qt::UTC);
        QCOMPARE(ArxivFetcher::retryAfterMs(value, now), ms);
    }
};

QTEST_GUILESS_MAIN(TestArxivFetcher)
#include "tst_arxivfetcher.moc"
