// DropClassifier on synthetic QMimeData: files, http(s) links from
// text/uri-list, Firefox's text/x-moz-url and plain text, other schemes
// refused, and profile text.
#include "dropclassifier.h"

#include <QMimeData>
#include "support/testdata.h"

#include <QtTest>

namespace {
QByteArray utf16le(const QString &text, bool bom)
{
    QByteArray out = bom ? QByteArray("\xFF\xFE", 2) : QByteArray();
    for (const QChar c : text) {
        out.append(char(c.unicode() & 0xFF));
        out.append(char(c.unicode() >> 8));
    }
    return out;
}

using TestData::utf16be;
} // namespace

class TestDropClassifier : public QObject
{
    Q_OBJECT
private slots:
    void uriListSortsFilesLinksAndRefusals()
    {
        QMimeData mime;
        mime.setUrls({QUrl::fromLocalFile(QStringLiteral("/tmp/a.txt")), QUrl(QStringLiteral("https://example.org/p.txt")),
                      QUrl(QStringLiteral("http://example.org/q")), QUrl(QStringLiteral("ftp://example.org/r.txt"))});
        QVERIFY(DropClassifier::canImport(&mime));
        const DropContent c = DropClassifier::classify(&mime);
        QCOMPARE(c.paths, QStringList{QStringLiteral("/tmp/a.txt")});
        QCOMPARE(c.links, (QVector<QUrl>{QUrl(QStringLiteral("https://example.org/p.txt")),
                                         QUrl(QStringLiteral("http://example.org/q"))}));
        QCOMPARE(c.refused.size(), 1);
        QVERIFY(c.refused.first().startsWith(QStringLiteral("ftp://example.org/r.txt: ")));
    }

    void firefoxMozUrl_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        const QString two = QStringLiteral("https://example.org/ada.txt\nAda's profile\nhttp://example.org/g?x=1\nGrace");
        QTest::newRow("utf-16le") << utf16le(two, false);
        QTest::newRow("utf-16le with bom") << utf16le(two, true);
        QTest::newRow("utf-16be with bom") << utf16be(two);
        QTest::newRow("trailing nul") << utf16le(two + QChar(0), false);
    }
    void firefoxMozUrl()
    {
        QFETCH(QByteArray, bytes);
        QMimeData mime;
        mime.setData(QStringLiteral("text/x-moz-url"), bytes);
        QVERIFY(DropClassifier::canImport(&mime));
        const DropContent c = DropClassifier::classify(&mime);
        QCOMPARE(c.links, (QVector<QUrl>{QUrl(QStringLiteral("https://example.org/ada.txt")),
                                         QUrl(QStringLiteral("http://example.org/g?x=1"))}));
        QVERIFY(c.refused.isEmpty());
        QVERIFY(c.paths.isEmpty() && c.texts.isEmpty());
    }

    void mozUrlWithOtherSchemeIsRefused()
    {
        QMimeData mime;
        mime.setData(QStringLiteral("text/x-moz-url"), utf16le(QStringLiteral("ftp://example.org/x\nx"), false));
        const DropContent c = DropClassifier::classify(&mime);
        QVERIFY(c.links.isEmpty());
        QCOMPARE(c.refused.size(), 1);
    }

    void plainTextLinks()
    {
        QMimeData mime;
        mime.setText(QStringLiteral("  https://example.org/a.txt\r\n\r\nhttp://example.org/b.txt\n"));
        const DropContent c = DropClassifier::classify(&mime);
        QCOMPARE(c.links.size(), 2);
        QCOMPARE(c.links.at(1), QUrl(QStringLiteral("http://example.org/b.txt")));
    }

    void plainTextOtherSchemeIsRefused()
    {
        QMimeData mime;
        mime.setText(QStringLiteral("mailto:ada@example.org"));
        const DropContent c = DropClassifier::classify(&mime);
        QVERIFY(c.isEmpty());
        QCOMPARE(c.refused.size(), 1);
    }

    void profileTextIsText()
    {
        QFile f(QStringLiteral(PAPERSCOPE_TEST_DATA "/profile-ada-lovecode.txt"));
        QVERIFY(f.open(QIODevice::ReadOnly));
        QMimeData mime;
        mime.setText(QString::fromUtf8(f.readAll()));
        const DropContent c = DropClassifier::classify(&mime);
        QCOMPARE(c.texts.size(), 1);
        QVERIFY(c.links.isEmpty());
    }

    // Pasted BibTeX is text to import, not the links in its url fields.
    void bibtexTextIsText()
    {
        QFile f(QStringLiteral(PAPERSCOPE_TEST_DATA "/bib/zotero.bib"));
        QVERIFY(f.open(QIODevice::ReadOnly));
        QMimeData mime;
        mime.setText(QString::fromUtf8(f.readAll()));
        const DropContent c = DropClassifier::classify(&mime);
        QCOMPARE(c.texts.size(), 1);
        QVERIFY(c.links.isEmpty());
        QVERIFY(c.refused.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestDropClassifier)
#include "tst_dropclassifier.moc"
