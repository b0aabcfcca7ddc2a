// Paperscope's entry point: with a subcommand it runs headless on a
// QCoreApplication (no display needed); without one it opens the window.
#include "apptranslations.h"
#include "commandline.h"
#include "librarysession.h"

#include <QApplication>
#include <QCoreApplication>
#include <QIcon>
#include <QLocale>

#include <memory>

namespace {
void describeApplication()
{
    QCoreApplication::setOrganizationName(QStringLiteral("Paperscope"));
    QCoreApplication::setOrganizationDomain(QStringLiteral("paperscope.example.org"));
    QCoreApplication::setApplicationName(QStringLiteral("paperscope"));
    QCoreApplication::setApplicationVersion(QStringLiteral(PAPERSCOPE_VERSION));
}
} // namespace

int main(int argc, char **argv)
{
    if (CommandLine::isHeadless(argc, argv)) {
        QCoreApplication app(argc, argv);
        describeApplication();
        // English and the C locale: scripts read this output, so its words and
        // numbers (no digit grouping) never depend on the user's language. The
        // English translation holds only plural forms ("1 paper", "2 papers").
        QLocale::setDefault(QLocale::c());
        AppTranslations::installEnglish();
        CommandLine commandLine;
        return commandLine.run(QCoreApplication::arguments());
    }
    QApplication app(argc, argv);
    describeApplication();
    AppTranslations::install();
    QApplication::setApplicationDisplayName(QStringLiteral("Paperscope"));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/paperscope.svg")));
    QApplication::setDesktopFileName(QStringLiteral("io.github.paperscope.Paperscope"));
    return LibrarySession::launch(QCoreApplication::arguments());
}
