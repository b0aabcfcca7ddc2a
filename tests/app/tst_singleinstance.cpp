// Tests for SingleInstance: a second launch on the same store hands its
// files to the first; another store gets its own instance.
#include "singleinstance.h"

#include <QSignalSpy>
#include <QtTest>

class TestSingleInstance : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;

private slots:
    void secondLaunchHandsFilesOver()
    {
        const QString store = m_dir.filePath(QStringLiteral("a.sqlite"));
        SingleInstance first(store);
        QVERIFY(!first.handOver({})); // nobody runs yet
        QVERIFY(first.listen());
        QSignalSpy received(&first, &SingleInstance::filesReceived);

        SingleInstance second(store);
        QCOMPARE(second.serverName(), first.serverName());
        QVERIFY(second.handOver({QStringLiteral("relative/profile.txt")}));
        QTRY_COMPARE(received.count(), 1);
        const QStringList files = received.first().first().toStringList();
        QCOMPARE(files.size(), 1);
        QVERIFY(QDir::isAbsolutePath(files.first()));
        QVERIFY(files.first().endsWith(QStringLiteral("relative/profile.txt")));
    }

    void otherStoreIsIndependent()
    {
        SingleInstance a(m_dir.filePath(QStringLiteral("one.sqlite")));
        SingleInstance b(m_dir.filePath(QStringLiteral("two.sqlite")));
        QVERIFY(a.serverName() != b.serverName());
        QVERIFY(a.listen());
        QVERIFY(!b.handOver({}));
    }
};

QTEST_GUILESS_MAIN(TestSingleInstance)
#include "tst_singleinstance.moc"
