#include "apptranslations.h"
#include "qtcompat.h"

#include <QCoreApplication>
#include <QTranslator>
#include <QVector>

static void initTranslationResources()
{
    Q_INIT_RESOURCE(paperscope_translations);
}

namespace AppTranslations {

namespace {

// The translators installed by the last call, so that the next one replaces them.
QVector<QTranslator *> &installed()
{
    static QVector<QTranslator *> translators;
    return translators;
}

void removeInstalled()
{
    for (QTranslator *translator : installed()) {
        QCoreApplication::removeTranslator(translator);
        delete translator;
    }
    installed().clear();
}

bool installLoaded(QTranslator *translator, bool loaded)
{
    if (!loaded) {
        delete translator;
        return false;
    }
    QCoreApplication::installTranslator(translator);
    installed() << translator;
    return true;
}

bool installBase()
{
    initTranslationResources();
    auto *english = new QTranslator(QCoreApplication::instance());
    return installLoaded(english, english->load(QStringLiteral(":/i18n/paperscope_en.qm")));
}

} // namespace

bool installEnglish()
{
    removeInstalled();
    return installBase();
}

QString install(const QLocale &locale)
{
    removeInstalled();
    installBase();
    if (locale.language() == QLocale::English || locale.language() == QLocale::C)
        return QString();
    // Installed after the base, so its messages win; a language Paperscope
    // lacks may fall through the locale's UI languages to English: the base has that.
    auto *ours = new QTranslator(QCoreApplication::instance());
    if (!ours->load(locale, QStringLiteral("paperscope"), QStringLiteral("_"), QStringLiteral(":/i18n"))
        || ours->language().startsWith(QLatin1String("en"))) {
        delete ours;
        return QString();
    }
    const QString language = ours->language();
    installLoaded(ours, true);
    // Qt's own strings (standard buttons, file dialogs) when the distribution ships them.
    auto *qt = new QTranslator(QCoreApplication::instance());
    const QString qtDir = QtCompat::qtTranslationsPath();
    installLoaded(qt, qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"), qtDir));
    return language;
}

} // namespace AppTranslations
