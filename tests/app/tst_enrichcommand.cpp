// `paperscope enrich` end to end: the real binary against a local HTTP
// server on 127.0.0.1 inside this test (serving recorded Atom replies),
// with a short pacing from the settings file and --arxiv-url. Checks the
// per-paper lines and summary, what list/export show afterwards, the cache,
// the exit status on failures and the usage errors.
#include "support/arxivreplies.h"
#include "support/testdata.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSettings>
#include <QtTest>

#include <algorithm>

using TestHttp::Reply;
using TestHttp::Request;

namespace {
using TestData::fixture;
using TestData::Run;
} // namespace

class TestEnrichCommand : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;
    QString m_db;
    int m_n = 0;
    std::unique_ptr<TestHttp::LocalHttpServer> m_server;

    // Starts the binary on a store; every run shares the test's XDG folders
    // (settings, and the cache where the arXiv pacing is kept).
    void start(QProcess &p, const QString &db, const QStringList &args)
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.remove(QStringLiteral("DISPLAY"));
        env.remove(QStringLiteral("WAYLAND_DISPLAY"));
        env.remove(QStringLiteral("QT_QPA_PLATFORM"));
        env.insert(QStringLiteral("XDG_DATA_HOME"), m_dir.filePath(QStringLiteral("xdg-data")));
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_dir.filePath(QStringLiteral("xdg-config")));
        env.insert(QStringLiteral("XDG_CACHE_HOME"), m_dir.filePath(QStringLiteral("xdg-cache")));
        p.setProcessEnvironment(env);
        p.start(QStringLiteral(PAPERSCOPE_BINARY), QStringList{QStringLiteral("--db"), db} + args);
    }

    // Waits for the processes while this test's event loop serves their requests.
    static QVector<Run> finish(const QVector<QProcess *> &processes)
    {
        const auto running = [&processes] {
            return std::any_of(processes.cbegin(), processes.cend(),
                               [](QProcess *p) { return p->state() != QProcess::NotRunning; });
        };
        QElapsedTimer guard; // against a hang, not a speed check
        guard.start();
        while (running() && guard.elapsed() < 120000)
            QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 20);
        QVector<Run> runs;
        for (QProcess *p : processes) {
            if (p->state() != QProcess::NotRunning) {
                p->kill();
                p->waitForFinished();
                runs << Run{};
                continue;
            }
            runs << Run{p->exitCode(), QString::fromUtf8(p->readAllStandardOutput()),
                        QString::fromUtf8(p->readAllStandardError())};
        }
        return runs;
    }

    Run paperscope(const QStringList &args, const QString &db = QString())
    {
        QProcess p;
        start(p, db.isEmpty() ? m_db : db, args);
        return finish({&p}).constFirst();
    }

    // The binary's settings file: organisation "Paperscope", application "paperscope".
    void writeSettings(const QMap<QString, QVariant> &values)
    {
        QSettings s(m_dir.filePath(QStringLiteral("xdg-config/Paperscope/paperscope.conf")), QSettings::IniFormat);
        s.clear();
        for (auto it = values.cbegin(); it != values.cend(); ++it)
            s.setValue(it.key(), it.value());
        s.sync();
    }

    QString arxivUrl() const { return m_server->url(QStringLiteral("/api/query")).toString(); }

private slots:
    void init()
    {
        m_server = std::make_unique<TestHttp::LocalHttpServer>();
        m_server->setHandler(ArxivReplies::recorded);
        m_db = m_dir.filePath(QStringLiteral("enrich%1.sqlite").arg(++m_n));
        writeSettings({{QStringLiteral("arxiv/pacingMs"), 120}, {QStringLiteral("arxiv/backoffMs"), 30},
                       {QStringLiteral("arxiv/maxAttempts"), 2}, {QStringLiteral("arxiv/timeoutMs"), 5000}});
        const Run r = paperscope({QStringLiteral("import"), fixture(QStringLiteral("profile-ada-lovecode.txt"))});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    }
    void cleanup() { m_server.reset(); }

    void enrichPrintsALinePerPaperAndASummary()
    {
        const Run r = paperscope({QStringLiteral("enrich"), QStringLiteral("--arxiv-url"), arxivUrl()});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err + r.out));
        const QStringList lines = r.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 6);
        QVERIFY(lines.contains(QStringLiteral("allal2023santacoder  matched 2301.03988")));
        QVERIFY(lines.contains(QStringLiteral("shen2025completion  matched 2510.25744")));
        QVERIFY(lines.contains(QStringLiteral("lovecode2024cruxeval  ambiguous: 2 candidates: 2401.03065, 2412.00001")));
        bool cwmRefused = false;
        for (const QString &line : lines)
            cwmRefused = cwmRefused || (line.startsWith(QStringLiteral("fair2025cwm  not found: ")) && line.contains(QStringLiteral("2019")));
        QVERIFY2(cwmRefused, qPrintable(r.out));
        QCOMPARE(lines.last(), QStringLiteral("5 papers looked up: 2 matched, 2 not found, 1 ambiguous, 0 failed"));
        // Pacing from the settings file, as the server saw it.
        QCOMPARE(m_server->requests().size(), 5);
        for (const qint64 gap : m_server->gapsNs())
            QVERIFY2(gap >= 120 * 1000000LL, qPrintable(QString::number(gap)));

        // What the other commands show afterwards.
        const Run list = paperscope({QStringLiteral("list"), QStringLiteral("--json"), QStringLiteral("--has-arxiv")});
        QCOMPARE(list.exitCode, 0);
        const QJsonArray papers = QJsonDocument::fromJson(list.out.toUtf8()).array();
        QCOMPARE(papers.size(), 2);
        for (const QJsonValue &v : papers) {
            const QJsonObject o = v.toObject();
            if (o.value(QStringLiteral("citation_key")).toString() != QLatin1String("allal2023santacoder"))
                continue;
            QCOMPARE(o.value(QStringLiteral("arxiv_id")).toString(), QStringLiteral("2301.03988"));
            QCOMPARE(o.value(QStringLiteral("authors")).toArray().size(), 7);
            QCOMPARE(o.value(QStringLiteral("authors_truncated")).toBool(), false);
            QCOMPARE(o.value(QStringLiteral("pdf_url")).toString(), QStringLiteral("https://arxiv.org/pdf/2301.03988v2"));
            QCOMPARE(o.value(QStringLiteral("primary_class")).toString(), QStringLiteral("cs.SE"));
        }
        const Run bib = paperscope({QStringLiteral("export"), QStringLiteral("--has-arxiv")});
        QCOMPARE(bib.exitCode, 0);
        QVERIFY(bib.out.contains(QStringLiteral("eprint = {2301.03988}")));
        QVERIFY(bib.out.contains(QStringLiteral("doi = {10.48550/arXiv.2301.03988}")));

        // Again: only the three without an id, all answered from the cache.
        const Run again = paperscope({QStringLiteral("enrich"), QStringLiteral("--arxiv-url"), arxivUrl()});
        QCOMPARE(again.exitCode, 0);
        QVERIFY2(again.out.contains(QStringLiteral("3 papers looked up: 0 matched, 2 not found, 1 ambiguous, 0 failed")),
                 qPrintable(again.out));
        QCOMPARE(again.out.count(QStringLiteral("(cached reply)")), 3);
        QCOMPARE(m_server->requests().size(), 5);
    }

    void theUrlCanComeFromTheSettings()
    {
        writeSettings({{QStringLiteral("arxiv/pacingMs"), 50}, {QStringLiteral("arxiv/url"), arxivUrl()}});
        const Run r = paperscope({QStringLiteral("enrich"), QStringLiteral("--search"), QStringLiteral("santacoder")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err + r.out));
        QCOMPARE(r.out, QStringLiteral("allal2023santacoder  matched 2301.03988\n"
                                       "1 paper looked up: 1 matched, 0 not found, 0 ambiguous, 0 failed\n"));
        QCOMPARE(m_server->requests().size(), 1);
    }

    void failuresExitNonZeroAndChangeNothing()
    {
        m_server->setHandler([](const Request &) { return Reply::code(503, "Service Unavailable"); });
        const Run before = paperscope({QStringLiteral("export")});
        const Run r = paperscope({QStringLiteral("enrich"), QStringLiteral("--category"), QStringLiteral("SE"),
                                  QStringLiteral("--arxiv-url"), arxivUrl()});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.out.contains(QStringLiteral("allal2023santacoder  failed: HTTP 503 Service Unavailable (after 2 attempts)")),
                 qPrintable(r.out));
        QVERIFY(r.out.contains(QStringLiteral("4 papers looked up: 0 matched, 0 not found, 0 ambiguous, 4 failed")));
        QCOMPARE(m_server->requests().size(), 8);
        QCOMPARE(paperscope({QStringLiteral("export")}).out, before.out);
    }

    // arXiv asks one request every 3 s from a client, whoever runs it: two
    // `enrich` runs at once (on two stores) share the pace through the
    // cache folder. Two papers each, so four requests in all.
    void twoProcessesKeepThePacingBetweenThem()
    {
        writeSettings({{QStringLiteral("arxiv/pacingMs"), 3000}, {QStringLiteral("arxiv/timeoutMs"), 20000}});
        const QString other = m_dir.filePath(QStringLiteral("enrich%1.sqlite").arg(++m_n));
        QCOMPARE(paperscope({QStringLiteral("import"), fixture(QStringLiteral("profile-ada-lovecode.txt"))}, other).exitCode, 0);
        const QStringList args = {QStringLiteral("enrich"), QStringLiteral("--year"), QStringLiteral("2023-2024"),
                                  QStringLiteral("--arxiv-url"), arxivUrl()};
        QProcess first, second;
        start(first, m_db, args);
        start(second, other, args);
        const QVector<Run> runs = finish({&first, &second});
        for (const Run &r : runs) {
            QVERIFY2(r.exitCode == 0, qPrintable(r.err + r.out));
            QVERIFY2(r.out.contains(QStringLiteral("2 papers looked up")), qPrintable(r.out));
        }
        QCOMPARE(m_server->requests().size(), 4);
        QStringList gaps;
        for (const qint64 gap : m_server->gapsNs())
            gaps << QString::number(gap / 1e6, 'f', 1);
        qInfo("gaps between requests (ms): %s", qPrintable(gaps.join(QStringLiteral(", "))));
        for (const qint64 gap : m_server->gapsNs())
            QVERIFY2(gap >= 3000 * 1000000LL, qPrintable(QStringLiteral("requests %1 ms apart").arg(gaps.join(QStringLiteral(", ")))));
    }

    void nothingToDo()
    {
        const Run r = paperscope({QStringLiteral("enrich"), QStringLiteral("--year"), QStringLiteral("1990"),
                                  QStringLiteral("--arxiv-url"), arxivUrl()});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.contains(QStringLiteral("no papers")));
        QCOMPARE(m_server->requests().size(), 0);
    }

    void usageErrors_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::newRow("ftp url") << QStringList{QStringLiteral("enrich"), QStringLiteral("--arxiv-url"), QStringLiteral("ftp://127.0.0.1/api")};
        QTest::newRow("not a url") << QStringList{QStringLiteral("enrich"), QStringLiteral("--arxiv-url"), QStringLiteral("::")};
        QTest::newRow("url for list") << QStringList{QStringLiteral("list"), QStringLiteral("--arxiv-url"), QStringLiteral("http://127.0.0.1/")};
        QTest::newRow("positional") << QStringList{QStringLiteral("enrich"), QStringLiteral("extra")};
    }
    void usageErrors()
    {
        QFETCH(QStringList, args);
        const Run r = paperscope(args);
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.err.startsWith(QStringLiteral("paperscope: ")));
        QCOMPARE(m_server->requests().size(), 0);
    }
};

QTEST_GUILESS_MAIN(TestEnrichCommand)
#include "tst_enrichcommand.moc"
