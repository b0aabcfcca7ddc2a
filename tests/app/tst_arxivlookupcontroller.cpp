// The window's arXiv look-up, offscreen, through its real actions: the
// selection and all papers looked up in the background (a local HTTP server
// on 127.0.0.1 serves recorded Atom replies), the summary, the detail pane
// with the arXiv id and links, the "has arXiv id" filter, Cancel, and a
// failing server that changes nothing.
#include "arxivlookupcontroller.h"
#include "bibtexpreview.h"
#include "dialogs.h"
#include "filterpanel.h"
#include "mainwindow.h"
#include "paperdetailview.h"
#include "paperlistview.h"
#include "papertablemodel.h"
#include "support/arxivreplies.h"
#include "support/englishplurals.h"
#include "support/windowtesting.h"

#include <QAction>
#include <QCheckBox>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QTableView>
#include <QTextBrowser>
#include <QtTest>

using TestHttp::Reply;
using TestHttp::Request;
using WindowTesting::action;

class TestArxivLookupController : public QObject
{
    Q_OBJECT
    std::unique_ptr<TestHttp::LocalHttpServer> m_server;
    WindowTesting::WindowFixture m_gui;

    MainWindow *window() const { return m_gui.window(); }
    PaperStore *store() const { return m_gui.store(); }

    // Runs the action and waits for the look-up's end.
    void lookUp(const char *actionName)
    {
        QSignalSpy finished(window()->arxivLookups(), &ArxivLookupController::finished);
        action(window(), actionName)->trigger();
        QVERIFY(window()->arxivLookups()->isBusy());
        QVERIFY(!action(window(), "actionLookupAll")->isEnabled()); // one look-up at a time
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 60000);
        QVERIFY(!window()->arxivLookups()->isBusy());
        QVERIFY(action(window(), "actionLookupAll")->isEnabled());
    }

private slots:
    void initTestCase()
    {
        m_gui.isolate(QStringLiteral("paperscope-arxiv-test"));
        QVERIFY(EnglishPlurals::install()); // as the app does at start: "1 paper looked up"
    }

    void init()
    {
        m_server = std::make_unique<TestHttp::LocalHttpServer>();
        m_server->setHandler(ArxivReplies::recorded);
        QVERIFY(m_gui.open({QStringLiteral("profile-ada-lovecode.txt")}));
        QCOMPARE(window()->paperModel()->rowCount(), 5);
        // Read at each look-up's start.
        QSettings s;
        s.setValue(QStringLiteral("arxiv/url"), m_server->url(QStringLiteral("/api/query")).toString());
        s.setValue(QStringLiteral("arxiv/pacingMs"), 60);
        s.setValue(QStringLiteral("arxiv/backoffMs"), 20);
        s.setValue(QStringLiteral("arxiv/maxAttempts"), 2);
    }

    void cleanup()
    {
        m_gui.close();
        m_server.reset();
    }

    void lookUpTheSelectionShowsIdAndLinks()
    {
        window()->filterPanel()->searchField()->setText(QStringLiteral("santacoder"));
        QTRY_COMPARE(window()->paperModel()->rowCount(), 1);
        window()->listView()->tableView()->selectRow(0);
        QVERIFY(window()->detailView()->browser()->toPlainText().contains(QStringLiteral("et al.")));
        lookUp("actionLookupSelection");
        QVERIFY2(Dialogs::lastMessage().contains(
                     QStringLiteral("1 paper looked up: 1 matched, 0 not found, 0 ambiguous, 0 failed")),
                 qPrintable(Dialogs::lastMessage()));
        QVERIFY(Dialogs::lastMessage().contains(QStringLiteral("allal2023santacoder  matched 2301.03988")));
        QCOMPARE(m_server->requests().size(), 1);

        // The detail pane follows: the id, the links, every author.
        QTRY_VERIFY(window()->detailView()->hasPaper());
        const QString detail = window()->detailView()->browser()->toPlainText();
        QVERIFY2(detail.contains(QStringLiteral("2301.03988 (cs.SE)")), qPrintable(detail));
        QVERIFY(detail.contains(QStringLiteral("https://arxiv.org/pdf/2301.03988v2")));
        QVERIFY(detail.contains(QStringLiteral("10.48550/arXiv.2301.03988")));
        QVERIFY(detail.contains(QStringLiteral("Leandro von Werra")));
        QVERIFY(!detail.contains(QStringLiteral("et al.")));
        const QString html = window()->detailView()->browser()->toHtml();
        QVERIFY(html.contains(QStringLiteral("href=\"https://arxiv.org/abs/2301.03988\"")));
        const QString bib = window()->detailView()->bibtexPreview()->bibtex();
        QVERIFY2(bib.contains(QStringLiteral("eprint = {2301.03988}")), qPrintable(bib));
        QVERIFY(bib.startsWith(QStringLiteral("@misc{allal2023santacoder,")));
    }

    void lookUpAllThenFilterByArxivId()
    {
        lookUp("actionLookupAll");
        const QString message = Dialogs::lastMessage();
        QVERIFY2(message.contains(QStringLiteral("5 papers looked up: 2 matched, 2 not found, 1 ambiguous, 0 failed")),
                 qPrintable(message));
        QVERIFY(message.contains(QStringLiteral("lovecode2024cruxeval  ambiguous: 2 candidates")));
        QVERIFY(message.contains(QStringLiteral("fair2025cwm  not found: ")));
        for (const qint64 gap : m_server->gapsNs())
            QVERIFY(gap >= 60 * 1000000LL);

        QCheckBox *onArxiv = window()->filterPanel()->hasArxivBox();
        onArxiv->setChecked(true);
        QCOMPARE(window()->paperModel()->rowCount(), 2);
        QCOMPARE(window()->statusText(), QStringLiteral("2 of 5 papers"));
        QVERIFY(window()->currentFilter().hasArxivOnly);
        action(window(), "actionClearFilters")->trigger();
        QVERIFY(!onArxiv->isChecked());
        QCOMPARE(window()->paperModel()->rowCount(), 5);

        // "All" means those still without an id; their replies are cached.
        lookUp("actionLookupAll");
        QVERIFY2(Dialogs::lastMessage().contains(QStringLiteral("3 papers looked up: 0 matched, 2 not found, 1 ambiguous")),
                 qPrintable(Dialogs::lastMessage()));
        QCOMPARE(m_server->requests().size(), 5);

        // The filter is remembered with the rest.
        onArxiv->setChecked(true);
        m_gui.reopen();
        QVERIFY(window()->filterPanel()->hasArxivBox()->isChecked());
        QCOMPARE(window()->paperModel()->rowCount(), 2);
    }

    void cancelStopsTheLookUp()
    {
        m_server->setHandler([](const Request &) { return Reply::silence(); });
        QSignalSpy finished(window()->arxivLookups(), &ArxivLookupController::finished);
        action(window(), "actionLookupAll")->trigger();
        QTRY_COMPARE(m_server->requests().size(), 1);
        auto *cancel = window()->findChild<QPushButton *>(QStringLiteral("cancelArxivButton"));
        QVERIFY(cancel && cancel->isVisible());
        QTest::mouseClick(cancel, Qt::LeftButton);
        QTRY_COMPARE(finished.count(), 1);
        QVERIFY(finished.first().at(1).toBool()); // cancelled
        QVERIFY2(Dialogs::lastMessage().contains(QStringLiteral("cancelled")), qPrintable(Dialogs::lastMessage()));
        QVERIFY(!cancel->isVisible());
        PaperFilter onArxiv;
        onArxiv.hasArxivOnly = true;
        QCOMPARE(store()->paperCount(onArxiv), 0);
        QCOMPARE(store()->paperCount(), 5);
    }

    void failuresAreReportedAndChangeNothing()
    {
        m_server->setHandler([](const Request &) { return Reply::code(503, "Service Unavailable"); });
        window()->listView()->tableView()->selectAll();
        lookUp("actionLookupSelection");
        QVERIFY2(Dialogs::lastMessage().contains(QStringLiteral("5 failed")), qPrintable(Dialogs::lastMessage()));
        QVERIFY(Dialogs::lastMessage().contains(QStringLiteral("failed: HTTP 503 Service Unavailable (after 2 attempts)")));
        QCOMPARE(m_server->requests().size(), 10);
        PaperFilter onArxiv;
        onArxiv.hasArxivOnly = true;
        QCOMPARE(store()->paperCount(onArxiv), 0);
    }

    void nothingSelectedAsksNothing()
    {
        window()->listView()->tableView()->clearSelection();
        action(window(), "actionLookupSelection")->trigger();
        QVERIFY(!window()->arxivLookups()->isBusy());
        QCOMPARE(m_server->requests().size(), 0);
    }
};

QTEST_MAIN(TestArxivLookupController)
#include "tst_arxivlookupcontroller.moc"
