// Tests for BibFieldsTransaction::fieldsJson, the hand-written JSON of a
// .bib entry's fields kept in the store (papers.bib_fields): whatever the
// values hold (quotes, backslashes, LaTeX, control characters, non-ASCII,
// empty values), the text is valid JSON that QJsonDocument reads back to the
// same pairs, and fieldsFromJson (which reads older stores' Qt-written JSON
// too) gives the fields back unchanged.

#include "bibfieldstransaction.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QtTest>

using Fields = QVector<QPair<QString, QString>>;
Q_DECLARE_METATYPE(Fields)

class TestBibFieldsJson : public QObject
{
    Q_OBJECT
private slots:
    void roundTrip_data()
    {
        QTest::addColumn<Fields>("fields");
        QTest::newRow("none") << Fields{};
        QTest::newRow("plain") << Fields{{QStringLiteral("title"), QStringLiteral("{A} plain title")},
                                         {QStringLiteral("year"), QStringLiteral("2024")}};
        QTest::newRow("quotes and backslashes")
            << Fields{{QStringLiteral("author"), QStringLiteral("M{\\\"u}ller, J\\'{e}r\\^{o}me and \"Bo\"")},
                      {QStringLiteral("note"), QStringLiteral("C:\\path\\ and \\\\")}};
        QTest::newRow("control characters")
            << Fields{{QStringLiteral("abstract"), QStringLiteral("line one\nline two\ttab\r\x01\x1f end")}};
        QTest::newRow("non-ASCII and empty")
            << Fields{{QStringLiteral("title"), QStringLiteral("Zürich — 東京 \U0001F600")},
                      {QStringLiteral("keywords"), QString()},
                      {QStringLiteral("x-unknown"), QStringLiteral("/slashes/ & {braces}")}};
    }
    void roundTrip()
    {
        QFETCH(Fields, fields);
        const QString json = BibFieldsTransaction::fieldsJson(fields);
        QJsonParseError error;
        const QJsonDocument doc = QJsonDocument::fromJson(json.toUtf8(), &error);
        QVERIFY2(error.error == QJsonParseError::NoError, qPrintable(error.errorString() + QLatin1String(": ") + json));
        QVERIFY(doc.isArray());
        const QJsonArray array = doc.array();
        QCOMPARE(array.size(), fields.size());
        for (int i = 0; i < fields.size(); ++i) {
            QCOMPARE(array.at(i).toArray().at(0).toString(), fields.at(i).first);
            QCOMPARE(array.at(i).toArray().at(1).toString(), fields.at(i).second);
        }
        const Fields back = BibFieldsTransaction::fieldsFromJson(json);
        QCOMPARE(back.size(), fields.size());
        for (int i = 0; i < fields.size(); ++i) {
            QCOMPARE(back.at(i).first, fields.at(i).first);
            QCOMPARE(back.at(i).second, fields.at(i).second);
        }
    }
};

QTEST_GUILESS_MAIN(TestBibFieldsJson)
#include "tst_bibfieldsjson.moc"
