#pragma once
// Picks the user's language (LANGUAGE, LC_ALL, LC_MESSAGES, LANG through
// QLocale) and installs Paperscope's translation and Qt's own, so menus,
// dialogs and standard buttons speak it. English needs nothing.

#include <QLocale>

namespace AppTranslations {

// Returns the language installed ("de", "zh_CN"...), or an empty string.
QString install(const QLocale &locale = QLocale());

} // namespace AppTranslations
