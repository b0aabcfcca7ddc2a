// Tests for PaperTableModel over a temporary store: columns and roles,
// sorting by every column, filtering, and lazy paging with a bounded cache
// over a store with thousands of papers. Every model sits in a
// QAbstractItemModelTester for the whole test.
#include "papertablemodel.h"
#include "paperstore.h"
#include "profileimporter.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QtTest>

#include <memory>

namespace {
QString fixture(const char *name)
{
    return QStringLiteral(PAPERSCOPE_TEST_DATA "/") + QLatin1String(name);
}

const QString check = QString(QChar(0x2713));

// n papers "Study0000: ..." .. with dates one day apart; even ones have one author.
ProfileRecord syntheticProfile(int n)
{
    ProfileRecord profile;
    profile.name = QStringLiteral("Synthetic Person");
    profile.papers.reserve(n);
    for (int i = 0; i < n; ++i) {
        PaperRecord p;
        p.title = QStringLiteral("Study%1: synthetic results").arg(i, 4, 10, QLatin1Char('0'));
        p.date = QDate(2000, 1, 1).addDays(i);
        p.category = i % 2 ? QStringLiteral("LG") : QStringLiteral("SE");
        p.authors = QStringList{QStringLiteral("Solo Writer")};
        if (i % 2)
            p.authors << QStringLiteral("Second Writer");
        p.hasCode = i % 3 == 0;
        profile.papers << p;
    }
    return profile;
}
} // namespace

class TestPaperTableModel : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;
    int m_n = 0;
    std::unique_ptr<PaperStore> m_store;
    std::unique_ptr<PaperTableModel> m_model;
    std::unique_ptr<QAbstractItemModelTester> m_tester;

    void openFresh()
    {
        m_store.reset(new PaperStore);
        const QString path = m_dir.filePath(QStringLiteral("store%1.sqlite").arg(++m_n));
        QVERIFY2(m_store->open(path), qPrintable(m_store->lastError()));
    }
    void importFixtures()
    {
        ProfileImporter importer(*m_store);
        for (const char *name : {"profile-ada-lovecode.txt", "profile-grace-hopscotch.txt"}) {
            const FileImportResult r = importer.importFile(fixture(name));
            QVERIFY2(r.ok, qPrintable(r.message));
        }
    }
    void makeModel()
    {
        m_tester.reset();
        m_model.reset(new PaperTableModel(*m_store));
        m_tester.reset(new QAbstractItemModelTester(
            m_model.get(), QAbstractItemModelTester::FailureReportingMode::QtTest));
    }
    QString display(int row, int column) const
    {
        return m_model->index(row, column).data().toString();
    }

private slots:
    void init()
    {
        openFresh();
        importFixtures();
        makeModel();
    }
    void cleanup()
    {
        m_tester.reset();
        m_model.reset();
        m_store.reset();
    }

    void shape()
    {
        QCOMPARE(m_model->rowCount(), 8);
        QCOMPARE(m_model->columnCount(), 6);
        QCOMPARE(m_model->totalCount(), 8);
        QCOMPARE(m_model->rowCount(m_model->index(0, 0)), 0);
        const QStringList expected = {QStringLiteral("Title"), QStringLiteral("First author"),
                                      QStringLiteral("Year"), QStringLiteral("Category"),
                                      QStringLiteral("Affiliations"), QStringLiteral("Code")};
        for (int c = 0; c < expected.size(); ++c)
            QCOMPARE(m_model->headerData(c, Qt::Horizontal).toString(), expected.at(c));
    }

    void rowsAndRoles()
    {
        m_model->sort(PaperTableModel::TitleColumn, Qt::AscendingOrder);
        const int row = 5; // "SantaCoder: ..." by title
        QCOMPARE(display(row, PaperTableModel::TitleColumn), QStringLiteral("SantaCoder: don't reach for the stars!"));
        QCOMPARE(display(row, PaperTableModel::FirstAuthorColumn), QStringLiteral("Loubna Ben Allal et al."));
        QCOMPARE(m_model->index(row, PaperTableModel::YearColumn).data().toInt(), 2023);
        QCOMPARE(display(row, PaperTableModel::CategoryColumn), QStringLiteral("SE"));
        QCOMPARE(display(row, PaperTableModel::AffiliationsColumn), QStringLiteral("cmu, huggingface"));
        QCOMPARE(display(row, PaperTableModel::CodeColumn), check);
        QCOMPARE(display(1, PaperTableModel::CodeColumn), QString()); // CRUXEval has no code

        const QModelIndex author = m_model->index(row, PaperTableModel::FirstAuthorColumn);
        QCOMPARE(author.data(Qt::ToolTipRole).toString(),
                 QStringLiteral("Loubna Ben Allal, Raymond Li, Denis Kocetkov et al."));
        QCOMPARE(m_model->index(row, 0).data(Qt::ToolTipRole).toString(),
                 QStringLiteral("SantaCoder: don't reach for the stars!"));
        QCOMPARE(m_model->index(row, PaperTableModel::YearColumn).data(Qt::TextAlignmentRole).toInt(),
                 int(Qt::AlignCenter));
        QCOMPARE(m_model->index(row, PaperTableModel::CodeColumn).data(Qt::TextAlignmentRole).toInt(),
                 int(Qt::AlignCenter));
        QVERIFY(!m_model->index(row, 0).data(Qt::TextAlignmentRole).isValid());

        // Custom roles answer on every column.
        const QModelIndex year = m_model->index(row, PaperTableModel::YearColumn);
        QCOMPARE(year.data(PaperTableModel::CitationKeyRole).toString(), QStringLiteral("allal2023santacoder"));
        QCOMPARE(year.data(PaperTableModel::CategoryRole).toString(), QStringLiteral("SE"));
        const qint64 id = year.data(PaperTableModel::PaperIdRole).toLongLong();
        QVERIFY(id > 0);
        QCOMPARE(m_model->paperId(row), id);
        QCOMPARE(m_model->rowOfPaper(id), row);
        QCOMPARE(m_model->rowOfPaper(-7), -1);
        QCOMPARE(m_model->paperAt(row).title, m_store->paper(id).title);
        QCOMPARE(m_model->paperAt(99).id, qint64(0));
        QCOMPARE(m_model->paperId(-1), qint64(0));
    }

    void firstAuthorText()
    {
        PaperRecord p;
        QCOMPARE(PaperTableModel::firstAuthorText(p), QString());
        p.authors = QStringList{QStringLiteral("Joel Joseph")};
        QCOMPARE(PaperTableModel::firstAuthorText(p), QStringLiteral("Joel Joseph"));
        p.authorsTruncated = true;
        QCOMPARE(PaperTableModel::firstAuthorText(p), QStringLiteral("Joel Joseph et al."));
        p.authorsTruncated = false;
        p.authors << QStringLiteral("Grace Hopscotch");
        QCOMPARE(PaperTableModel::firstAuthorText(p), QStringLiteral("Joel Joseph et al."));
    }

    void sortsByEveryColumn_data()
    {
        QTest::addColumn<int>("column");
        QTest::addColumn<int>("order");
        QTest::addColumn<QString>("firstTitle");
        QTest::addColumn<QString>("firstCell");
        const int asc = Qt::AscendingOrder;
        const int desc = Qt::DescendingOrder;
        const QString completion = QStringLiteral("Completion $\\neq$ Collaboration: Scaling Collaborative Effort with Agents");
        const QString solving = QStringLiteral("Solving Inequality Proofs with Large Language Models");
        const QString cruxeval = QStringLiteral("CRUXEval: A Benchmark for Code Reasoning, Understanding and Execution");
        const QString reproducibility = QStringLiteral("Reproducibility Report: La-MAML: Look-ahead Meta Learning for Continual Learning");
        QTest::newRow("title asc") << int(PaperTableModel::TitleColumn) << asc << completion << completion;
        QTest::newRow("title desc") << int(PaperTableModel::TitleColumn) << desc << solving << solving;
        QTest::newRow("author asc") << int(PaperTableModel::FirstAuthorColumn) << asc << cruxeval
                                    << QStringLiteral("Ada Lovecode et al.");
        QTest::newRow("author desc") << int(PaperTableModel::FirstAuthorColumn) << desc << completion
                                     << QStringLiteral("Shannon Zejiang Shen et al.");
        QTest::newRow("year asc") << int(PaperTableModel::YearColumn) << asc << reproducibility << QStringLiteral("2021");
        QTest::newRow("category asc") << int(PaperTableModel::CategoryColumn) << asc << solving << QStringLiteral("AI");
        // Ties break by id in the same direction: CRUXEval is the last SE paper imported.
        QTest::newRow("category desc") << int(PaperTableModel::CategoryColumn) << desc << cruxeval << QStringLiteral("SE");
        QTest::newRow("affiliations asc") << int(PaperTableModel::AffiliationsColumn) << asc
                                          << QStringLiteral("SlopCodeBench: Benchmarking How Coding Agents Degrade Over Long-Horizon Iterative Tasks")
                                          << QString();
        QTest::newRow("affiliations desc") << int(PaperTableModel::AffiliationsColumn) << desc << solving
                                           << QStringLiteral("stanford");
        QTest::newRow("code asc") << int(PaperTableModel::CodeColumn) << asc
                                  << QStringLiteral("CWM: An Open-Weights LLM for Research on Code Generation with World Models")
                                  << QString();
        QTest::newRow("code desc") << int(PaperTableModel::CodeColumn) << desc
                                   << QStringLiteral("LeanDojo: Theorem Proving with Retrieval-Augmented Language Models")
                                   << check;
    }
    void sortsByEveryColumn()
    {
        QFETCH(int, column);
        QFETCH(int, order);
        QFETCH(QString, firstTitle);
        QFETCH(QString, firstCell);
        QSignalSpy reset(m_model.get(), &QAbstractItemModel::modelReset);
        m_model->sort(column, Qt::SortOrder(order));
        QCOMPARE(m_model->sortColumn(), column);
        QCOMPARE(int(m_model->sortOrder()), order);
        QCOMPARE(m_model->rowCount(), 8);
        QCOMPARE(display(0, PaperTableModel::TitleColumn), firstTitle);
        QCOMPARE(display(0, column), firstCell);
        QVERIFY(reset.count() <= 1); // at most one reset (none when nothing changed)
        // The column is sorted all the way down, not just at the top.
        for (int row = 1; row < 8; ++row) {
            const QVariant a = m_model->index(row - 1, column).data();
            const QVariant b = m_model->index(row, column).data();
            const int cmp = column == PaperTableModel::YearColumn
                ? a.toInt() - b.toInt()
                : a.toString().compare(b.toString(), Qt::CaseInsensitive);
            QVERIFY2(order == Qt::AscendingOrder ? cmp <= 0 : cmp >= 0, qPrintable(QString::number(row)));
        }
    }

    void yearDescendingIsNewestFirst()
    {
        m_model->sort(PaperTableModel::YearColumn, Qt::DescendingOrder);
        QVERIFY(m_model->index(0, PaperTableModel::YearColumn).data().toInt() >= 2025);
        QCOMPARE(m_model->index(7, PaperTableModel::YearColumn).data().toInt(), 2021);
        m_model->sort(-1, Qt::AscendingOrder); // "no sort" from a proxy: ignored
        QCOMPARE(m_model->sortColumn(), int(PaperTableModel::YearColumn));
    }

    // The ids of rows without their records: the same as row by row, under
    // a filter and a sort; 0 out of range.
    void paperIdsOfRows()
    {
        PaperFilter f;
        f.categories = QStringList{QStringLiteral("SE")};
        m_model->setFilter(f);
        m_model->sort(PaperTableModel::TitleColumn, Qt::DescendingOrder);
        const QVector<int> rows = {3, 0, 2, 7, -1};
        const QVector<qint64> uncached = m_model->paperIdsOfRows(rows); // before paperId() reads them
        QVector<qint64> expected;
        for (int row : rows)
            expected << m_model->paperId(row);
        QCOMPARE(uncached, expected);
        QCOMPARE(expected.at(3), qint64(0));
        QVERIFY(expected.at(0) > 0);
        QCOMPARE(m_model->paperIdsOfRows(rows), expected); // from the cached page now
    }

    void filterChangesRows()
    {
        QSignalSpy counts(m_model.get(), &PaperTableModel::countsChanged);
        PaperFilter f;
        f.categories = QStringList{QStringLiteral("SE")};
        m_model->setFilter(f);
        QCOMPARE(m_model->rowCount(), 4);
        QCOMPARE(m_model->filter(), f);
        QCOMPARE(m_model->totalCount(), 8);
        QCOMPARE(counts.count(), 1);
        for (int row = 0; row < 4; ++row)
            QCOMPARE(display(row, PaperTableModel::CategoryColumn), QStringLiteral("SE"));

        m_model->setFilter(f); // the same filter changes nothing
        QCOMPARE(counts.count(), 1);

        PaperFilter text;
        text.text = QStringLiteral("bench");
        m_model->setFilter(text);
        QCOMPARE(m_model->rowCount(), 3);
        QCOMPARE(counts.count(), 2);

        m_model->setFilter(PaperFilter());
        QCOMPARE(m_model->rowCount(), 8);
    }

    void refreshSeesImports()
    {
        PaperFilter f;
        f.categories = QStringList{QStringLiteral("SE")};
        m_model->setFilter(f);
        QSignalSpy counts(m_model.get(), &PaperTableModel::countsChanged);
        QVERIFY(m_store->importProfile(syntheticProfile(10)).ok);
        QCOMPARE(m_model->rowCount(), 4); // nothing moves until refresh
        m_model->refresh();
        QCOMPARE(counts.count(), 1);
        QCOMPARE(m_model->rowCount(), 9);
        QCOMPARE(m_model->totalCount(), 18);
    }

    void pagesLazilyWithBoundedCache()
    {
        const int n = (PaperTableModel::maxCachedPages + 4) * PaperTableModel::pageSize + 17;
        cleanup();
        openFresh();
        const ImportOutcome outcome = m_store->importProfile(syntheticProfile(n));
        QVERIFY2(outcome.ok, qPrintable(outcome.error));
        makeModel();
        QCOMPARE(m_model->rowCount(), n);
        QCOMPARE(m_model->totalCount(), n);
        // Nothing is read up front; the tester looks at row 0 after every reset.
        QVERIFY(m_model->cachedPageCount() <= 1);

        m_model->sort(PaperTableModel::TitleColumn, Qt::AscendingOrder);
        QVERIFY(m_model->cachedPageCount() <= 1);
        QCOMPARE(display(2500, PaperTableModel::TitleColumn), QStringLiteral("Study2500: synthetic results"));
        QCOMPARE(display(2500, PaperTableModel::FirstAuthorColumn), QStringLiteral("Solo Writer"));
        QCOMPARE(display(2501, PaperTableModel::FirstAuthorColumn), QStringLiteral("Solo Writer et al."));
        QVERIFY(m_model->cachedPageCount() <= 2);

        for (int row = 0; row < n; ++row) {
            if (m_model->index(row, 0).data().toString()
                != QStringLiteral("Study%1: synthetic results").arg(row, 4, 10, QLatin1Char('0')))
                QFAIL(qPrintable(QStringLiteral("wrong title in row %1").arg(row)));
            QVERIFY(m_model->cachedPageCount() <= PaperTableModel::maxCachedPages);
        }
        QCOMPARE(m_model->cachedPageCount(), PaperTableModel::maxCachedPages);
        // Evicted pages load again.
        QCOMPARE(display(0, 0), QStringLiteral("Study0000: synthetic results"));
        QCOMPARE(display(n - 1, 0), QStringLiteral("Study%1: synthetic results").arg(n - 1, 4, 10, QLatin1Char('0')));
        QCOMPARE(m_model->cachedPageCount(), PaperTableModel::maxCachedPages);
        QCOMPARE(m_model->rowOfPaper(m_model->paperId(n - 1)), n - 1);

        m_model->sort(PaperTableModel::YearColumn, Qt::DescendingOrder);
        QCOMPARE(display(0, 0), QStringLiteral("Study%1: synthetic results").arg(n - 1, 4, 10, QLatin1Char('0')));

        PaperFilter f;
        f.categories = QStringList{QStringLiteral("LG")};
        m_model->setFilter(f);
        QCOMPARE(m_model->rowCount(), n / 2);
        QVERIFY(m_model->cachedPageCount() <= 1);
        QCOMPARE(display(n / 2 - 1, PaperTableModel::CategoryColumn), QStringLiteral("LG"));
    }
};

QTEST_GUILESS_MAIN(TestPaperTableModel)
#include "tst_papertablemodel.moc"
