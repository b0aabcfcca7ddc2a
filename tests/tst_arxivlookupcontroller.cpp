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
#include "profileimporter.h"
#include "support/localhttpserver.h"

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

namespace {
QString fixture(const char *name)
{
    return QStringLiteral(PAPERSCOPE_TEST_DATA "/") + QLatin1String(name);
}

Reply recordedArxiv(const Request &r)
{
    const QString q = r.query.queryItemValue(QStringLiteral("search_query"), QUrl::FullyDecoded);
    const auto atom = [](const char *name) {
        return Reply::file(fixture("arxiv/") + QLatin1String(name), "application/atom+xml");
    };
    if (q.contains(QLatin1String("SantaCoder")))
        return atom("santacoder-match.xml");
    if (q.contains(QLatin1String("CWM")))
        return atom("wrong-year.xml");
    if (q.contains(QLatin1String("CRUXEval")))
        return atom("two-candidates.xml");
    if (q.contains(QLatin1String("Completion")))
        return atom("case-and-punctuation.xml");
    return atom("no-result.xml");
}

QAction *action(QWidget *window, const char *name)
{
    auto *a = window->findChild<QAction *>(QLatin1String(name));
    if (!a)
        qFatal("no action %s", name);
    return a;
}
} // namespace

class TestArxivLookupController : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;
    int m_n = 0;
    std::unique_ptr<TestHttp::LocalHttpServer> m_server;
    std::unique_ptr<PaperStore> m_store;
    std::unique_ptr<MainWindow> m_window;

    // Runs the action and waits for the look-up's end.
    void lookUp(const char *actionName)
    {
        QSignalSpy finished(m_window->arxivLookups(), &ArxivLookupController::finished);
        action(m_window.get(), actionName)->trigger();
        QVERIFY(m_window->arxivLookups()->isBusy());
        QVERIFY(!action(m_window.get(), "actionLookupAll")->isEnabled()); // one look-up at a time
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 60000);
        QVERIFY(!m_window->arxivLookups()->isBusy());
        QVERIFY(action(m_window.get(), "actionLookupAll")->isEnabled());
    }

private slots:
    void initTestCase()
    {
        QSettings::setDefaultFormat(QSettings::IniFormat);
        QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_dir.filePath(QStringLiteral("settings")));
        QCoreApplication::setOrganizationName(QStringLiteral("PaperscopeTest"));
        QCoreApplication::setApplicationName(QStringLiteral("paperscope-arxiv-test"));
        Dialogs::setSuppressMessages(true);
    }

    void init()
    {
        m_server = std::make_unique<TestHttp::LocalHttpServer>();
        m_server->setHandler(recordedArxiv);
        QSettings s;
        s.clear();
        s.setValue(QStringLiteral("arxiv/url"), m_server->url(QStringLiteral("/api/query")).toString());
        s.setValue(QStringLiteral("arxiv/pacingMs"), 60);
        s.setValue(QStringLiteral("arxiv/backoffMs"), 20);
        s.setValue(QStringLiteral("arxiv/maxAttempts"), 2);
        m_store = std::make_unique<PaperStore>();
        QVERIFY(m_store->open(m_dir.filePath(QStringLiteral("gui%1.sqlite").arg(++m_n))));
        ProfileImporter importer(*m_store);
        QVERIFY(importer.importFile(fixture("profile-ada-lovecode.txt")).ok);
        m_window = std::make_unique<MainWindow>(*m_store);
        m_window->resize(1280, 800);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        QCOMPARE(m_window->paperModel()->rowCount(), 5);
    }

    void cleanup()
    {
        m_window.reset();
        m_store.reset();
        m_server.reset();
    }

    void lookUpTheSelectionShowsIdAndLinks()
    {
        m_window->filterPanel()->searchField()->setText(QStringLiteral("santacoder"));
        QTRY_COMPARE(m_window->paperModel()->rowCount(), 1);
        m_window->listView()->tableView()->selectRow(0);
        QVERIFY(m_window->detailView()->browser()->toPlainText().contains(QStringLiteral("et al.")));
        lookUp("actionLookupSelection");
        QVERIFY2(Dialogs::lastMessage().contains(
                     QStringLiteral("1 paper looked up: 1 matched, 0 not found, 0 ambiguous, 0 failed")),
                 qPrintable(Dialogs::lastMessage()));
        QVERIFY(Dialogs::lastMessage().contains(QStringLiteral("allal2023santacoder  matched 2301.03988")));
        QCOMPARE(m_server->requests().size(), 1);

        // The detail pane follows: the id, the links, every author.
        QTRY_VERIFY(m_window->detailView()->hasPaper());
        const QString detail = m_window->detailView()->browser()->toPlainText();
        QVERIFY2(detail.contains(QStringLiteral("2301.03988 (cs.SE)")), qPrintable(detail));
        QVERIFY(detail.contains(QStringLiteral("https://arxiv.org/pdf/2301.03988v2")));
        QVERIFY(detail.contains(QStringLiteral("10.48550/arXiv.2301.03988")));
        QVERIFY(detail.contains(QStringLiteral("Leandro von Werra")));
        QVERIFY(!detail.contains(QStringLiteral("et al.")));
        const QString html = m_window->detailView()->browser()->toHtml();
        QVERIFY(html.contains(QStringLiteral("href=\"https://arxiv.org/abs/2301.03988\"")));
        const QString bib = m_window->detailView()->bibtexPreview()->bibtex();
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

        QCheckBox *onArxiv = m_window->filterPanel()->hasArxivBox();
        onArxiv->setChecked(true);
        QCOMPARE(m_window->paperModel()->rowCount(), 2);
        QCOMPARE(m_window->statusText(), QStringLiteral("2 of 5 papers"));
        QVERIFY(m_window->currentFilter().hasArxivOnly);
        action(m_window.get(), "actionClearFilters")->trigger();
        QVERIFY(!onArxiv->isChecked());
        QCOMPARE(m_window->paperModel()->rowCount(), 5);

        // "All" means those still without an id; their replies are cached.
        lookUp("actionLookupAll");
        QVERIFY2(Dialogs::lastMessage().contains(QStringLiteral("3 papers looked up: 0 matched, 2 not found, 1 ambiguous")),
                 qPrintable(Dialogs::lastMessage()));
        QCOMPARE(m_server->requests().size(), 5);

        // The filter is remembered with the rest.
        onArxiv->setChecked(true);
        m_window->close();
        m_window = std::make_unique<MainWindow>(*m_store);
        QVERIFY(m_window->filterPanel()->hasArxivBox()->isChecked());
        QCOMPARE(m_window->paperModel()->rowCount(), 2);
    }

    void cancelStopsTheLookUp()
    {
        m_server->setHandler([](const Request &) { return Reply::silence(); });
        QSignalSpy finished(m_window->arxivLookups(), &ArxivLookupController::finished);
        action(m_window.get(), "actionLookupAll")->trigger();
        QTRY_COMPARE(m_server->requests().size(), 1);
        auto *cancel = m_window->findChild<QPushButton *>(QStringLiteral("cancelArxivButton"));
        QVERIFY(cancel && cancel->isVisible());
        QTest::mouseClick(cancel, Qt::LeftButton);
        QTRY_COMPARE(finished.count(), 1);
        QVERIFY(finished.first().at(1).toBool()); // cancelled
        QVERIFY2(Dialogs::lastMessage().contains(QStringLiteral("cancelled")), qPrintable(Dialogs::lastMessage()));
        QVERIFY(!cancel->isVisible());
        PaperFilter onArxiv;
        onArxiv.hasArxivOnly = true;
        QCOMPARE(m_store->paperCount(onArxiv), 0);
        QCOMPARE(m_store->paperCount(), 5);
    }

    void failuresAreReportedAndChangeNothing()
    {
        m_server->setHandler([](const Request &) { return Reply::code(503, "Service Unavailable"); });
        m_window->listView()->tableView()->selectAll();
        lookUp("actionLookupSelection");
        QVERIFY2(Dialogs::lastMessage().contains(QStringLiteral("5 failed")), qPrintable(Dialogs::lastMessage()));
        QVERIFY(Dialogs::lastMessage().contains(QStringLiteral("failed: HTTP 503 Service Unavailable (after 2 attempts)")));
        QCOMPARE(m_server->requests().size(), 10);
        PaperFilter onArxiv;
        onArxiv.hasArxivOnly = true;
        QCOMPARE(m_store->paperCount(onArxiv), 0);
    }

    void nothingSelectedAsksNothing()
    {
        m_window->listView()->tableView()->clearSelection();
        action(m_window.get(), "actionLookupSelection")->trigger();
        QVERIFY(!m_window->arxivLookups()->isBusy());
        QCOMPARE(m_server->requests().size(), 0);
    }
};

QTEST_MAIN(TestArxivLookupController)
#include "tst_arxivlookupcontroller.moc"
