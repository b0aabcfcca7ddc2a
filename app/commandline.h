#pragma once
// The headless command line of design.md section 4: import, list, stats,
// export, with the shared filters and --db (a local file or a shared
// library, StoreFactory opens either); list/stats in ListCommand, the
// organise commands in OrganiseCommand, copy-to in CopyCommand, import in ImportCommand, export in ExportCommand. Wires arguments to models/;
// holds no parsing of files, no formatting and no SQL of its own.

#include <QStringList>
#include <QTextStream>

class AbstractPaperStore;
struct PaperFilter;
class QCommandLineParser;

class CommandLine
{
public:
    // True when the arguments name a subcommand (or --help/--version), so
    // main() can start a QCoreApplication without a display.
    static bool isHeadless(int argc, char **argv);

    CommandLine();
    int run(const QStringList &arguments);

private:
    bool readFilter(const QCommandLineParser &parser, PaperFilter *filter);
    int usageError(const QString &reason);

    QTextStream m_out;
    QTextStream m_err;
};
