// ProfileDownloader (and ImportJob's links) against a local HTTP server on
// 127.0.0.1: a profile behind a redirect lands like a dropped file; other
// schemes, non-text content, oversize replies, redirect loops, HTTP errors
// and a reply that never comes are refused with the link named, and the
// store stays as it was.
#include "importjob.h"
#include "paperstore.h"
#include "profiledownloader.h"
#include "support/localhttpserver.h"

#include <QtTest>

using TestHttp::Reply;
using TestHttp::Request;

namespace {
QString fixture(const char *name)
{
    return QStringLiteral(PAPERSCOPE_TEST_DATA "/") + QLatin1String(name);
}

// The web site of the tests: a profile, a redirect to it, and bad links.
Reply site(const Request &r)
{
    if (r.path == QLatin1String("/go"))
        return Reply::redirect(QStringLiteral("/files/grace.txt"));
    if (r.path == QLatin1String("/files/grace.txt"))
        return Reply::file(fixture("profile-grace-hopscotch.txt"), "text/plain; charset=utf-8")
            .header("Last-Modified", "Tue, 04 Nov 2025 10:00:00 GMT");
    if (r.path == QLatin1String("/readme.txt"))
        return Reply::file(fixture("bad-readme.txt"), "text/plain");
    if (r.path == QLatin1String("/picture"))
        return Reply::file(fixture("bad-binary.png"), "image/png");
    if (r.path == QLatin1String("/untyped"))
        return Reply::withBody("Ada Lovecode\n", QByteArray()).header("X-Nothing", "1");
    if (r.path == QLatin1String("/loop"))
        return Reply::redirect(QStringLiteral("/loop"));
    if (r.path == QLatin1String("/to-ftp"))
        return Reply::redirect(QStringLiteral("ftp://127.0.0.1/profile.txt"));
    if (r.path == QLatin1String("/slow"))
        return Reply::silence();
    return Reply::code(404, "Not Found");
}
} // namespace

class TestProfileDownloader : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;
    int m_n = 0;
    std::unique_ptr<TestHttp::LocalHttpServer> m_server;

private slots:
    void init()
    {
        m_server = std::make_unique<TestHttp::LocalHttpServer>();
        m_server->setHandler(site);
    }
    void cleanup() { m_server.reset(); }

    void downloadsThroughARedirect()
    {
        ProfileDownloader downloader;
        const DownloadResult r = downloader.download(m_server->url(QStringLiteral("/go")));
        QVERIFY2(r.ok, qPrintable(r.error));
        QFile f(fixture("profile-grace-hopscotch.txt"));
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(r.bytes, f.readAll());
        QCOMPARE(r.finalUrl.path(), QStringLiteral("/files/grace.txt"));
        QCOMPARE(r.lastModified.toUTC(), QDateTime(QDate(2025, 11, 4), QTime(10, 0), Qt::UTC));
        QCOMPARE(m_server->requests().size(), 2);
        QCOMPARE(m_server->requests().first().path, QStringLiteral("/go"));
        QCOMPARE(m_server->requests().last().path, QStringLiteral("/files/grace.txt"));
        QVERIFY(m_server->requests().first().headers.value("user-agent").startsWith("Paperscope/"));
    }

    void refusals_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("reason");
        QTest::newRow("not text") << "/picture" << "not a text file (image/png)";
        QTest::newRow("no content type") << "/untyped" << "does not say the content is text";
        QTest::newRow("redirect loop") << "/loop" << "redirect";
        QTest::newRow("redirect to ftp") << "/to-ftp" << "ftp://";
        QTest::newRow("missing") << "/nowhere" << "HTTP 404";
        QTest::newRow("never answers") << "/slow" << "no complete reply within 300 ms";
    }
    void refusals()
    {
        QFETCH(QString, path);
        QFETCH(QString, reason);
        ProfileDownloader downloader;
        downloader.setTimeoutMs(300);
        downloader.setMaxRedirects(3);
        const QUrl url = m_server->url(path);
        const DownloadResult r = downloader.download(url);
        QVERIFY(!r.ok);
        QVERIFY(r.bytes.isEmpty());
        QVERIFY2(r.error.startsWith(url.toDisplayString() + QStringLiteral(": ")), qPrintable(r.error));
        QVERIFY2(r.error.contains(reason, Qt::CaseInsensitive), qPrintable(r.error));
        QVERIFY(m_server->requests().size() <= 4); // the first request and at most three redirects
    }

    void tooLargeIsRefused()
    {
        ProfileDownloader downloader;
        downloader.setMaxBytes(100);
        const DownloadResult r = downloader.download(m_server->url(QStringLiteral("/go")));
        QVERIFY(!r.ok);
        QVERIFY2(r.error.contains(QStringLiteral("larger than")), qPrintable(r.error));
    }

    void otherSchemesAreNeverFetched_data()
    {
        QTest::addColumn<QUrl>("url");
        QTest::newRow("ftp") << QUrl(QStringLiteral("ftp://127.0.0.1/profile.txt"));
        QTest::newRow("file") << QUrl::fromLocalFile(fixture("profile-ada-lovecode.txt"));
        QTest::newRow("javascript") << QUrl(QStringLiteral("javascript:alert(1)"));
        QTest::newRow("invalid") << QUrl();
    }
    void otherSchemesAreNeverFetched()
    {
        QFETCH(QUrl, url);
        const DownloadResult r = ProfileDownloader().download(url);
        QVERIFY(!r.ok);
        QVERIFY2(r.error.contains(QStringLiteral("only http and https")), qPrintable(r.error));
        QCOMPARE(m_server->requests().size(), 0);
    }

    void cancelStopsADownload()
    {
        std::atomic<bool> cancelled{true};
        const DownloadResult r = ProfileDownloader().download(m_server->url(QStringLiteral("/slow")), &cancelled);
        QVERIFY(!r.ok);
        QVERIFY2(r.error.endsWith(QStringLiteral("cancelled")), qPrintable(r.error));
    }

    void importJobImportsLinksLikeFiles()
    {
        PaperStore store;
        const QString db = m_dir.filePath(QStringLiteral("links%1.sqlite").arg(++m_n));
        QVERIFY(store.open(db));
        ImportJob job(db, {}, {});
        const QUrl good = m_server->url(QStringLiteral("/go"));
        const QUrl notAProfile = m_server->url(QStringLiteral("/readme.txt"));
        const QUrl picture = m_server->url(QStringLiteral("/picture"));
        job.setLinks({good, notAProfile, picture});
        QVector<FileImportResult> results;
        connect(&job, &ImportJob::finished, this,
                [&](const QVector<FileImportResult> &r, bool) { results = r; });
        job.run();
        QCOMPARE(results.size(), 3);
        QVERIFY2(results.at(0).ok, qPrintable(results.at(0).message));
        QCOMPARE(results.at(0).profileName, QStringLiteral("Grace Hopscotch"));
        QCOMPARE(results.at(0).source, good.toDisplayString());
        QCOMPARE(store.paperCount(), 4);
        // Errors per link, each naming its link; nothing of them landed.
        QVERIFY(!results.at(1).ok);
        QVERIFY2(results.at(1).message.startsWith(notAProfile.toDisplayString() + QLatin1Char(':')),
                 qPrintable(results.at(1).message));
        QVERIFY(!results.at(2).ok);
        QVERIFY2(results.at(2).message.contains(QStringLiteral("image/png")), qPrintable(results.at(2).message));
        QCOMPARE(store.paperCount(), 4);
        QCOMPARE(store.profiles().size(), 1);
    }
};

QTEST_GUILESS_MAIN(TestProfileDownloader)
#include "tst_profiledownloader.moc"
