#include "commandline.h"

#include "copycommand.h"
#include "enrichcommand.h"
#include "exportcommand.h"
#include "importcommand.h"
#include "listcommand.h"
#include "organisecommand.h"
#include "paperstore.h"
#include "sharedcommand.h"
#include "storefactory.h"
#include "storelocation.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFileInfo>

namespace {
const QStringList subcommands = QStringList{QStringLiteral("import"), QStringLiteral("list"), QStringLiteral("stats"),
                                 QStringLiteral("export"), QStringLiteral("enrich"), QStringLiteral("grant"),
                                            QStringLiteral("copy-to")}
                                + OrganiseCommand::commands();

const QString helpText = QStringLiteral(
    "\nCommands:\n"
    "  (none)                 open the window\n"
    "  import FILE...         import profile files (folders: their profile files)\n"
    "  list [FILTERS]         print matching papers (--json for JSON)\n"
    "  stats [FILTERS]        counts per year, category and affiliation (--json)\n"
    "  export [FILTERS]       write BibTeX to stdout or -o FILE\n"
    "  enrich [FILTERS]       complete papers without an arXiv id from arXiv (--arxiv-url)\n"
    "  tag add|remove TAG [FILTERS]      tag (or untag) every matching paper\n"
    "  star|unstar [FILTERS]             star (or unstar) every matching paper\n"
    "  mark unread|reading|read [FILTERS]  set the reading state\n"
    "  note --key KEY [TEXT | --clear]   show, write or clear a paper's note\n"
    "  collection list | create NAME [--parent P] | delete NAME | rename OLD NEW\n"
    "  collection add|remove NAME [FILTERS]\n"
    "  search save NAME [FILTERS] | delete NAME | list   saved searches\n"
    "  grant reader|editor ROLE          (shared libraries: --db postgresql://USER@HOST[:PORT]/DB)\n"
    "  copy-to STORE                     copy the whole library into a new, empty one (file or URL)\n");
} // namespace

bool CommandLine::isHeadless(int argc, char **argv)
{
    for (int i = 1; i < argc; ++i) {
        const QString arg = QString::fromLocal8Bit(argv[i]);
        if (arg == QStringLiteral("--db")) {
            ++i; // its value
            continue;
        }
        if (arg == QStringLiteral("-h") || arg == QStringLiteral("--help") || arg == QStringLiteral("-v")
            || arg == QStringLiteral("--version") || subcommands.contains(arg))
            return true;
        if (!arg.startsWith(QLatin1Char('-')))
            return !QFileInfo::exists(arg); // files open in the window; anything else is a command
    }
    return false;
}

CommandLine::CommandLine() : m_out(stdout), m_err(stderr) {}

int CommandLine::usageError(const QString &reason)
{
    m_err << "paperscope: " << reason << "\n";
    m_err.flush();
    return 2;
}

bool CommandLine::readFilter(const QCommandLineParser &parser, PaperFilter *filter)
{
    filter->categories = parser.values(QStringLiteral("category"));
    filter->affiliations = parser.values(QStringLiteral("affiliation"));
    filter->profiles = parser.values(QStringLiteral("profile"));
    for (const QString &type : parser.values(QStringLiteral("type")))
        filter->entryTypes << type.toLower(); // kept lower-case (bibentry.h)
    filter->venues = parser.values(QStringLiteral("venue"));
    filter->text = parser.value(QStringLiteral("search"));
    filter->hasCodeOnly = parser.isSet(QStringLiteral("has-code"));
    filter->hasArxivOnly = parser.isSet(QStringLiteral("has-arxiv"));
    if (parser.isSet(QStringLiteral("year")) && !filter->setYearRange(parser.value(QStringLiteral("year")))) {
        usageError(QStringLiteral("--year wants Y or Y1-Y2, not '%1'").arg(parser.value(QStringLiteral("year"))));
        return false;
    }
    return OrganiseCommand(m_out, m_err).readFilter(parser, filter);
}

int CommandLine::run(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Paperscope: browse researcher profile files as a bibliography.") + helpText);
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    const QCommandLineOption help = parser.addHelpOption();
    const QCommandLineOption version = parser.addVersionOption();
    parser.addOptions({
        {QStringLiteral("db"), QStringLiteral("The paper store: a file (default: %1), or a shared library"
                                              " postgresql://USER@HOST[:PORT]/DB[?sslmode=MODE].")
                                   .arg(PaperStore::defaultPath()),
         QStringLiteral("STORE")},
        {QStringLiteral("category"), QStringLiteral("Only papers of category C (repeatable, OR'd)."), QStringLiteral("C")},
        {QStringLiteral("year"), QStringLiteral("Only papers of year Y or years Y1-Y2."), QStringLiteral("Y")},
        {QStringLiteral("affiliation"), QStringLiteral("Only papers with affiliation A (repeatable, OR'd)."),
         QStringLiteral("A")},
        {QStringLiteral("profile"), QStringLiteral("Only papers of profile NAME (repeatable, OR'd)."),
         QStringLiteral("NAME")},
        {QStringLiteral("type"), QStringLiteral("Only .bib entries of type T, e.g. article (repeatable, OR'd)."),
         QStringLiteral("T")},
        {QStringLiteral("venue"), QStringLiteral("Only .bib entries of venue V: journal, booktitle or publisher"
                                                 " (repeatable, OR'd, any case)."),
         QStringLiteral("V")},
        {QStringLiteral("search"), QStringLiteral("Only papers matching TEXT (title, authors, abstract)."),
         QStringLiteral("TEXT")},
        {QStringLiteral("has-code"), QStringLiteral("Only papers with public code.")},
        {QStringLiteral("has-arxiv"), QStringLiteral("Only papers with an arXiv id.")},
        {QStringLiteral("arxiv-url"), QStringLiteral("enrich: the arXiv API (default: setting arxiv/url, else %1).")
                                          .arg(ArxivSettings::defaultApiUrl()),
         QStringLiteral("URL")},
        {QStringLiteral("json"), QStringLiteral("list, stats: print JSON.")},
        {{QStringLiteral("o"), QStringLiteral("output")}, QStringLiteral("export: write to FILE."), QStringLiteral("FILE")},
        {QStringLiteral("latex-escapes"), QStringLiteral("export: write non-ASCII letters as LaTeX escapes (classic bibtex).")},
        {QStringLiteral("note-field"), QStringLiteral("export: write each paper's note to FIELD (note or annote)."),
         QStringLiteral("FIELD")},
        {QStringLiteral("skip-bad"), QStringLiteral("import: import the readable entries of a .bib file with bad ones.")},
    });
    OrganiseCommand::addOptions(parser);
    parser.addPositionalArgument(QStringLiteral("command"), QStringLiteral("import, list, stats or export."),
                                 QStringLiteral("[command]"));
    if (!parser.parse(arguments))
        return usageError(parser.errorText());
    if (parser.isSet(help)) {
        m_out << parser.helpText();
        return 0;
    }
    if (parser.isSet(version)) {
        m_out << QCoreApplication::applicationName() << " " << QCoreApplication::applicationVersion() << "\n";
        return 0;
    }
    const QStringList positional = parser.positionalArguments();
    if (positional.isEmpty())
        return usageError(QStringLiteral("no command given (try --help)"));
    const QString command = positional.first();
    if (!subcommands.contains(command))
        return usageError(QStringLiteral("unknown command '%1' (try --help)").arg(command));
    StoreLocation location;
    QString locationError;
    if (!StoreLocation::parse(parser.isSet(QStringLiteral("db")) ? parser.value(QStringLiteral("db"))
                                                                 : PaperStore::defaultPath(),
                              &location, &locationError))
        return usageError(locationError);
    if (command == QStringLiteral("grant"))
        return SharedCommand(m_out, m_err).run(location, command, positional.mid(1));
    if (command != QStringLiteral("import") && command != QStringLiteral("copy-to")
        && !OrganiseCommand::commands().contains(command) && positional.size() > 1)
        return usageError(QStringLiteral("%1 takes no arguments, only options: '%2'").arg(command, positional.at(1)));
    if (command != QStringLiteral("export") && (parser.isSet(QStringLiteral("o")) || parser.isSet(QStringLiteral("latex-escapes"))))
        return usageError(QStringLiteral("-o and --latex-escapes belong to export"));
    if (command != QStringLiteral("enrich") && parser.isSet(QStringLiteral("arxiv-url")))
        return usageError(QStringLiteral("--arxiv-url belongs to enrich"));
    ArxivSettings arxiv = ArxivSettings::fromSettings();
    if (parser.isSet(QStringLiteral("arxiv-url"))) {
        arxiv.apiUrl = QUrl(parser.value(QStringLiteral("arxiv-url")), QUrl::StrictMode);
        if (!arxiv.apiUrl.isValid() || (arxiv.apiUrl.scheme() != QStringLiteral("https")
                                        && arxiv.apiUrl.scheme() != QStringLiteral("http")))
            return usageError(QStringLiteral("--arxiv-url wants an http(s) URL, not '%1'")
                                  .arg(parser.value(QStringLiteral("arxiv-url"))));
    }

    PaperFilter filter;
    if (!readFilter(parser, &filter))
        return 2;
    if (command == QStringLiteral("import") && !filter.isEmpty())
        return usageError(QStringLiteral("import takes no filters"));

    QString openError;
    const std::unique_ptr<AbstractPaperStore> opened = StoreFactory::open(location.toString(), &openError);
    if (!opened) {
        m_err << "paperscope: " << openError << "\n";
        return 1;
    }
    AbstractPaperStore &store = *opened;
    // Read-only, or a damaged file kept aside (an organise command's refusal names it itself).
    if (!store.openNotice().isEmpty() && !(store.isReadOnly() && OrganiseCommand::commands().contains(command)))
        m_err << "paperscope: " << store.openNotice() << "\n";
    if (command == QStringLiteral("import") && store.isReadOnly())
        return 1;
    const bool json = parser.isSet(QStringLiteral("json"));
    if (parser.isSet(QStringLiteral("saved"))
        && !OrganiseCommand(m_out, m_err).resolveSaved(store, parser.values(QStringLiteral("saved")), &filter))
        return 1;
    if (OrganiseCommand::commands().contains(command))
        return OrganiseCommand(m_out, m_err).run(store, command, positional.mid(1), filter, parser);
    if (command == QStringLiteral("import")) {
        if (positional.size() < 2)
            return usageError(QStringLiteral("import needs at least one FILE"));
        return ImportCommand(m_out, m_err).run(store, positional.mid(1), parser.isSet(QStringLiteral("skip-bad")));
    }
    if (command == QStringLiteral("copy-to"))
        return CopyCommand(m_out, m_err).run(store, positional.mid(1));
    if (command == QStringLiteral("list"))
        return ListCommand(m_out).runList(store, filter, json);
    if (command == QStringLiteral("stats"))
        return ListCommand(m_out).runStats(store, filter, json);
    if (command == QStringLiteral("enrich"))
        return EnrichCommand(m_out, m_err).run(store, filter, arxiv);
    const QString noteField = parser.value(QStringLiteral("note-field"));
    std::optional<MarksBibtex::NoteField> notes;
    if (noteField == QStringLiteral("note"))
        notes = MarksBibtex::NoteField::Note;
    else if (noteField == QStringLiteral("annote"))
        notes = MarksBibtex::NoteField::Annote;
    else if (!noteField.isEmpty())
        return usageError(QStringLiteral("--note-field wants note or annote, not '%1'").arg(noteField));
    const BibtexWriter::NonAscii mode = parser.isSet(QStringLiteral("latex-escapes"))
        ? BibtexWriter::NonAscii::LatexEscapes
        : BibtexWriter::NonAscii::KeepUtf8;
    m_out.flush();
    return ExportCommand(m_out, m_err).run(store, filter, parser.value(QStringLiteral("o")), mode, notes);
}
