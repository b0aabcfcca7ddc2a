#pragma once
// Test support: QSettings of the test process go to INI files in a
// temporary folder (its "settings" subfolder), under an organisation and
// application name of the test's own, so no test reads or writes the
// user's settings. Call from initTestCase(). Header-only, Qt Core only.

#include <QCoreApplication>
#include <QDir>
#include <QSettings>

namespace TestSettings {

inline void isolate(const QString &folder, const QString &application)
{
    QSettings::setDefaultFormat(QSettings::IniFormat);
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, QDir(folder).filePath(QStringLiteral("settings")));
    QCoreApplication::setOrganizationName(QStringLiteral("PaperscopeTest"));
    QCoreApplication::setApplicationName(application);
}

} // namespace TestSettings
