// The AppStream metainfo that software centres read: every screenshot it
// names is in packaging/screenshots/, the German window is offered to
// German users (xml:lang) beside the English default, and appstreamcli
// (when installed) validates the file without a network.
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QXmlStreamReader>
#include <QtTest>

namespace {
const QString source = QStringLiteral(PAPERSCOPE_SOURCE_DIR);
const QString metainfo = source + QStringLiteral("/packaging/io.github.paperscope.Paperscope.metainfo.xml");

struct Image
{
    QString url;
    QString language;  // empty: the default
    bool inDefault = false;
};

QVector<Image> images()
{
    QVector<Image> found;
    QFile file(metainfo);
    if (!file.open(QIODevice::ReadOnly))
        return found;
    QXmlStreamReader xml(&file);
    bool inDefault = false;
    while (!xml.atEnd()) {
        if (!xml.readNextStartElement())
            continue;
        if (xml.name() == QLatin1String("screenshot")) {
            inDefault = xml.attributes().value(QLatin1String("type")) == QLatin1String("default");
        } else if (xml.name() == QLatin1String("image")) {
            Image image;
            image.language = xml.attributes().value(QLatin1String("xml:lang")).toString();
            image.inDefault = inDefault;
            image.url = xml.readElementText();
            found << image;
        }
    }
    return found;
}
} // namespace

class TestMetainfo : public QObject
{
    Q_OBJECT

private slots:
    void everyScreenshotExists()
    {
        const QVector<Image> all = images();
        QVERIFY(all.size() >= 3);
        for (const Image &image : all) {
            const QString name = image.url.section(QLatin1Char('/'), -1);
            QVERIFY2(image.url.contains(QLatin1String("/packaging/screenshots/")), qPrintable(image.url));
            QVERIFY2(QFile::exists(source + QStringLiteral("/packaging/screenshots/") + name), qPrintable(name));
        }
    }

    void germanScreenshotBesideTheDefault()
    {
        bool german = false;
        bool english = false;
        for (const Image &image : images()) {
            if (!image.inDefault)
                continue;
            german = german || (image.language == QLatin1String("de") && image.url.endsWith(QLatin1String("/main-de.png")));
            english = english || (image.language.isEmpty() && image.url.endsWith(QLatin1String("/main.png")));
        }
        QVERIFY(english);
        QVERIFY2(german, "no <image xml:lang=\"de\"> of main-de.png in the default screenshot");
    }

    void appstreamcliValidates()
    {
        const QString tool = QStandardPaths::findExecutable(QStringLiteral("appstreamcli"));
        if (tool.isEmpty())
            QSKIP("appstreamcli is not installed");
        QProcess run;
        run.start(tool, {QStringLiteral("validate"), QStringLiteral("--no-net"), metainfo});
        QVERIFY(run.waitForFinished(60000));
        QVERIFY2(run.exitStatus() == QProcess::NormalExit && run.exitCode() == 0,
                 run.readAllStandardOutput().constData());
    }
};

QTEST_MAIN(TestMetainfo)
#include "tst_metainfo.moc"
