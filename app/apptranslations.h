#pragma once
// Installs Paperscope's translations. English is the base: the sources are
// English, and paperscope_en.qm holds only the plural forms ("%Ln paper" /
// "%Ln papers"), so it is always installed first, by the window and the
// command line alike. The user's language (LANGUAGE, LC_ALL, LC_MESSAGES,
// LANG through QLocale) and Qt's own strings go on top of it.

#include <QLocale>

namespace AppTranslations {

// Installs the English base and, for a language other than English, that
// language's translation and Qt's own, replacing what an earlier call
// installed. Returns the language installed on top ("de", "zh_CN"...), or an
// empty string when the base alone speaks it (English, or a language
// Paperscope does not have).
QString install(const QLocale &locale = QLocale());

// Installs the English base only: for the command line, which always prints
// English. Returns false when the translation cannot be loaded.
bool installEnglish();

} // namespace AppTranslations
