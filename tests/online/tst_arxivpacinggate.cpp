// Tests for ArxivPacingGate: two gates on one file (two processes, as far
// as the file is concerned) share the pace; a clock set back never means a
// wait longer than one pacing; a folder that cannot be written leaves the
// gate open; the file is per API host and under the cache folder.
#include "arxivpacinggate.h"

#include <QDateTime>
#include <QFile>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

namespace {
constexpr qint64 pacing = 60000; // long enough that no wait runs out during a test
}

class TestArxivPacingGate : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;

    QString file(const char *name) const { return m_dir.filePath(QLatin1String(name)); }

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void aClaimHoldsBackEveryOtherGate()
    {
        ArxivPacingGate window(file("shared"));
        ArxivPacingGate script(file("shared"));
        QCOMPARE(window.claim(pacing), qint64(0));
        const qint64 wait = script.claim(pacing);
        QVERIFY2(wait > 0 && wait <= pacing + 1, qPrintable(QString::number(wait)));
        // The holder itself waits too: the pace is per host, not per gate.
        QVERIFY(window.claim(pacing) > 0);
        // Another file (another host) is not held back.
        QCOMPARE(ArxivPacingGate(file("other")).claim(pacing), qint64(0));
    }

    void theEndOfARequestStartsThePauseAgain()
    {
        ArxivPacingGate gate(file("ended"));
        QFile f(file("ended"));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(QByteArray::number(QDateTime::currentMSecsSinceEpoch() - 1000) + '\n'); // long free
        f.close();
        gate.finished(pacing);
        QVERIFY(ArxivPacingGate(file("ended")).claim(pacing) > pacing - 5000);
    }

    void aClockSetBackWaitsOnePacingAtMost()
    {
        QFile f(file("future"));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(QByteArray::number(QDateTime::currentMSecsSinceEpoch() + 100 * pacing) + '\n');
        f.close();
        const qint64 wait = ArxivPacingGate(file("future")).claim(pacing);
        QVERIFY2(wait > 0 && wait <= pacing + 1, qPrintable(QString::number(wait)));
    }

    void anUnwritableFolderLeavesTheGateOpen()
    {
        QFile blocker(file("not-a-folder"));
        QVERIFY(blocker.open(QIODevice::WriteOnly)); // a file where the folder should be
        blocker.close();
        ArxivPacingGate gate(file("not-a-folder") + QStringLiteral("/sub/gate"));
        QCOMPARE(gate.claim(pacing), qint64(0));
        QCOMPARE(gate.claim(pacing), qint64(0));
        QCOMPARE(ArxivPacingGate(QString()).claim(pacing), qint64(0));
        QCOMPARE(ArxivPacingGate(file("zero")).claim(0), qint64(0)); // no pacing asked
    }

    void oneFilePerHostUnderTheCache()
    {
        const QString cache = QStandardPaths::writableLocation(QStandardPaths::CacheLocation);
        const QString arxiv = ArxivPacingGate::defaultPath(QUrl(QStringLiteral("https://export.arxiv.org/api/query")));
        QVERIFY2(arxiv.startsWith(cache + QLatin1Char('/')), qPrintable(arxiv));
        QVERIFY(arxiv.endsWith(QStringLiteral("/arxiv-pacing/export.arxiv.org")));
        QVERIFY(ArxivPacingGate::defaultPath(QUrl(QStringLiteral("http://127.0.0.1:8080/api")))
                    .endsWith(QStringLiteral("/arxiv-pacing/127.0.0.1")));
    }
};

QTEST_GUILESS_MAIN(TestArxivPacingGate)
#include "tst_arxivpacinggate.moc"
