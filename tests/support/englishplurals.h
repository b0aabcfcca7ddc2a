#pragma once
// Test support: installs the English translation, which holds only plural
// forms ("%Ln paper" / "%Ln papers"), as the app and the command line do at
// start. Without it a %Ln message says "1 papers". For unit tests that check
// English counts in-process; call from initTestCase(). The test must link
// paperscope_translations (paperscope_app brings it). Header-only, Qt Core only.

#include <QCoreApplication>
#include <QTranslator>

// Q_INIT_RESOURCE must not be used inside a namespace.
inline void englishPluralsInitResources()
{
    Q_INIT_RESOURCE(paperscope_translations);
}

namespace EnglishPlurals {

// False when :/i18n/paperscope_en.qm is missing or cannot be loaded.
inline bool install()
{
    englishPluralsInitResources();
    auto *english = new QTranslator(QCoreApplication::instance());
    if (!english->load(QStringLiteral(":/i18n/paperscope_en.qm"))) {
        delete english;
        return false;
    }
    return QCoreApplication::installTranslator(english);
}

} // namespace EnglishPlurals
