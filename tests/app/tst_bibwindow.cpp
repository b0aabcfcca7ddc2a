// GUI tests of .bib files in the real window, offscreen: a dropped or pasted
// .bib with bad entries is refused whole, then its readable entries are
// offered (Dialogs::offer, answered by the test) and imported on request;
// the entry type and venue lists of the filter panel count and filter.

#include "dialogs.h"
#include "facetmodel.h"
#include "filterpanel.h"
#include "importcontroller.h"
#include "mainwindow.h"
#include "papertablemodel.h"
#include "support/windowtesting.h"

#include <QFile>
#include <QListView>
#include <QMessageBox>
#include <QPushButton>
#include <QMimeData>
#include <QTimer>
#include <QtTest>

using namespace WindowTesting;

namespace {
// Five entries: good1 (line 1), bad at line 6 (unbalanced braces), good2,
// bad at line 18 (a missing comma before title), good3.
const char fiveEntries[] = "@article{good1,\n  author = {Ada Lovelace},\n  title = {Notes on the Engine},\n"
                           "  year = 1843,\n}\n"
                           "@article{unbalanced,\n  title = {The {COBOL compiler},\n  year = 1959,\n}\n\n"
                           "@article{good2,\n  author = {Alan Turing},\n  title = {On Computable Numbers},\n"
                           "  year = 1936,\n}\n"
                           "@article{nocomma,\n  author = {Edsger Dijkstra}\n  title = {A Note on Two Problems},\n"
                           "  year = 1959,\n}\n\n"
                           "@book{good3,\n  author = {Barbara Liskov},\n  title = {Data Abstraction},\n  year = 1974,\n}\n";
} // namespace

class TestBibWindow : public QObject
{
    Q_OBJECT
    WindowFixture m_gui;

    MainWindow *window() const { return m_gui.window(); }
    PaperStore *store() const { return m_gui.store(); }

    QString writeBib()
    {
        const QString path = m_gui.filePath(QStringLiteral("mixed%1.bib").arg(m_gui.count()));
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(fiveEntries) < 0)
            qFatal("cannot write %s", qPrintable(path));
        return path;
    }

    // Drops the file and waits for the refusal and the offer.
    void dropAndWaitForOffer(const QString &path, int offersBefore)
    {
        dropFiles(window(), {path});
        QTRY_COMPARE(Dialogs::offerCount(), offersBefore + 1);
    }

private slots:
    void initTestCase() { m_gui.isolate(QStringLiteral("paperscope-test")); }
    void init() { QVERIFY(m_gui.open({QStringLiteral("profile-ada-lovecode.txt")})); }
    void cleanup() { m_gui.close(); }

    void badEntriesAreListedAndReadableOnesOffered()
    {
        const QString path = writeBib();
        const int before = Dialogs::offerCount();
        Dialogs::setNextOfferAnswer(true);
        dropAndWaitForOffer(path, before);
        const QString offer = Dialogs::lastMessage();
        QVERIFY2(offer.contains(QStringLiteral("mixed%1.bib").arg(m_gui.count())), qPrintable(offer));
        QVERIFY2(offer.contains(path + QStringLiteral(":6: ")), qPrintable(offer));
        QVERIFY2(offer.contains(path + QStringLiteral(":18: ")), qPrintable(offer));
        QCOMPARE(offer.count(path + QLatin1Char(':')), 2); // the two bad entries, nothing else
        QVERIFY2(offer.endsWith(QStringLiteral("\nImport 3 Readable Entries")), qPrintable(offer));
        // Accepted: the three readable entries go in, beside the profile's five.
        QTRY_COMPARE(store()->paperCount(), 8);
        QTRY_VERIFY(!window()->importController()->isBusy());
        QTRY_COMPARE(window()->paperModel()->rowCount(), 8);
        QCOMPARE(Dialogs::offerCount(), before + 1); // no second offer for the retry
    }

    void decliningImportsNothing()
    {
        const QString path = writeBib();
        const int before = Dialogs::offerCount();
        Dialogs::setNextOfferAnswer(false);
        dropAndWaitForOffer(path, before);
        QTRY_VERIFY(!window()->importController()->isBusy());
        QCoreApplication::processEvents();
        QCOMPARE(store()->paperCount(), 5);
        QCOMPARE(window()->paperModel()->rowCount(), 5);
    }

    void pastedTextIsOfferedToo()
    {
        const int before = Dialogs::offerCount();
        Dialogs::setNextOfferAnswer(true);
        QMimeData text;
        text.setText(QString::fromUtf8(fiveEntries));
        dropOn(window(), &text);
        QTRY_COMPARE(Dialogs::offerCount(), before + 1);
        QVERIFY(Dialogs::lastMessage().contains(QStringLiteral("pasted text:18: ")));
        QTRY_COMPARE(store()->paperCount(), 8);
        QTRY_VERIFY(!window()->importController()->isBusy());
    }

    // The real dialog: the file's bad lines shown, Cancel the default, Escape declines.
    void escapeDeclinesTheRealDialog()
    {
        const QString path = writeBib();
        QString shown;
        QTimer poll;
        connect(&poll, &QTimer::timeout, this, [&] {
            auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
            if (!box || !shown.isEmpty())
                return;
            shown = box->informativeText();
            const QList<QAbstractButton *> buttons = box->buttons();
            for (QAbstractButton *b : buttons)
                shown += QLatin1Char('\n') + b->text().remove(QLatin1Char('&'));
            shown += QStringLiteral("\ndefault ") + box->defaultButton()->text().remove(QLatin1Char('&'));
            QTest::keyClick(box, Qt::Key_Escape);
        });
        poll.start(20);
        Dialogs::setSuppressMessages(false);
        dropFiles(window(), {path});
        QTRY_VERIFY(!shown.isEmpty());
        Dialogs::setSuppressMessages(true);
        QVERIFY2(shown.contains(path + QStringLiteral(":6: ")), qPrintable(shown));
        QVERIFY2(shown.contains(QStringLiteral("\nImport 3 Readable Entries")), qPrintable(shown));
        QVERIFY2(shown.endsWith(QStringLiteral("\ndefault Cancel")), qPrintable(shown));
        QTRY_VERIFY(!window()->importController()->isBusy());
        QCoreApplication::processEvents();
        QCOMPARE(store()->paperCount(), 5);
    }

    void entryTypeAndVenueLists()
    {
        QListView *types = window()->findChild<QListView *>(QStringLiteral("entryTypeList"));
        QListView *venues = window()->findChild<QListView *>(QStringLiteral("venueList"));
        QVERIFY(types && venues);
        QVERIFY(!types->isVisible()); // profiles only: nothing to list
        QMimeData text;
        text.setText(QStringLiteral("@article{a1, title = {Coral Reefs}, journal = {Nature}, year = 2020}\n"
                                    "@article{a2, title = {Deep Sea Vents}, journal = {Science}, year = 2021}\n"
                                    "@inproceedings{i1, title = {Fuzzing Compilers}, booktitle = {ICSE}, year = 2022}\n"));
        dropOn(window(), &text);
        QTRY_COMPARE(window()->paperModel()->rowCount(), 8);
        QTRY_VERIFY(!window()->importController()->isBusy());
        QTRY_VERIFY(types->isVisible() && venues->isVisible());
        FacetModel *typeModel = window()->facetModel(FilterPanel::EntryTypes);
        QTRY_COMPARE(typeModel->rowCount(), 2);
        QCOMPARE(typeModel->index(0, 0).data(FacetModel::ValueRole).toString(), QStringLiteral("article"));
        QCOMPARE(typeModel->index(0, 0).data(FacetModel::CountRole).toInt(), 2);
        QCOMPARE(typeModel->index(1, 0).data(FacetModel::CountRole).toInt(), 1);
        QCOMPARE(window()->facetModel(FilterPanel::Venues)->rowCount(), 3);

        QVERIFY(typeModel->setData(typeModel->index(0, 0), Qt::Checked, Qt::CheckStateRole));
        QTRY_COMPARE(window()->paperModel()->rowCount(), 2);
        QTRY_COMPARE(window()->facetModel(FilterPanel::Venues)->rowCount(), 2); // Nature and Science
        QCOMPARE(typeModel->rowCount(), 2); // its own list keeps the other type
        FacetModel *venueModel = window()->facetModel(FilterPanel::Venues);
        for (int row = 0; row < venueModel->rowCount(); ++row) {
            if (venueModel->index(row, 0).data(FacetModel::ValueRole).toString() == QLatin1String("Science"))
                QVERIFY(venueModel->setData(venueModel->index(row, 0), Qt::Checked, Qt::CheckStateRole));
        }
        QTRY_COMPARE(window()->paperModel()->rowCount(), 1);
    }
};

QTEST_MAIN(TestBibWindow)
#include "tst_bibwindow.moc"
