#include "apptranslations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QTranslator>

static void initTranslationResources()
{
    Q_INIT_RESOURCE(paperscope_translations);
}

namespace AppTranslations {

QString install(const QLocale &locale)
{
    initTranslationResources();
    auto *ours = new QTranslator(QCoreApplication::instance());
    if (!ours->load(locale, QStringLiteral("paperscope"), QStringLiteral("_"), QStringLiteral(":/i18n"))) {
        delete ours;
        return QString();
    }
    QCoreApplication::installTranslator(ours);
    // Qt's own strings (standard buttons, file dialogs) when the distribution ships them.
    auto *qt = new QTranslator(QCoreApplication::instance());
#if QT_VERSION >= QT_VERSION_CHECK(6, 0, 0)
    const QString qtDir = QLibraryInfo::path(QLibraryInfo::TranslationsPath);
#else
    const QString qtDir = QLibraryInfo::location(QLibraryInfo::TranslationsPath);
#endif
    if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"), qtDir))
        QCoreApplication::installTranslator(qt);
    else
        delete qt;
    return ours->language();
}

} // namespace AppTranslations
