#pragma once
// The organise commands of the command line (design.md section 4): tag,
// star/unstar, mark, note, collection and search (saved searches); the
// --saved filter; and the user data that `list --json` and `stats` add.
// Wires any store's OrganiseStore/CollectionStore (local or shared) to text out; a command
// that would change nothing because no paper matches says so and returns 1.
// CollectionCommand does collection and search.

#include "papercounts.h"
#include "paperfilter.h"
#include "papermarks.h"
#include "paperrecord.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonObject>
#include <QTextStream>

class AbstractPaperStore;
class QCommandLineParser;

class OrganiseCommand
{
    Q_DECLARE_TR_FUNCTIONS(OrganiseCommand)

public:
    OrganiseCommand(QTextStream &out, QTextStream &err) : m_out(out), m_err(err) {}

    static const QStringList &commands(); // tag, star, unstar, mark, note, collection, search
    // The options FILTERS gain, for the parser: --tag --starred --state --collection --saved --key,
    // and --clear (note), --parent (collection create).
    static void addOptions(QCommandLineParser &parser);
    // Reads --tag, --starred, --state, --collection, --key; false (after a message) on junk.
    bool readFilter(const QCommandLineParser &parser, PaperFilter *filter);
    // --saved NAME: each saved search becomes a further condition; false for an unknown name.
    bool resolveSaved(AbstractPaperStore &store, const QStringList &names, PaperFilter *filter);

    // args: the positional arguments after the command. 0 done, 1 failed or
    // nothing matched, 2 usage error.
    int run(AbstractPaperStore &store, const QString &command, const QStringList &args, const PaperFilter &filter,
            const QCommandLineParser &parser);

    // For list --json and stats, on any store (none: nothing).
    static QHash<qint64, PaperMarks> marksOf(AbstractPaperStore *store, const QVector<PaperRecord> &rows);
    static void addStats(AbstractPaperStore *store, const PaperFilter &filter, QJsonObject *stats);
    static QString statsText(AbstractPaperStore *store, const PaperFilter &filter);

private:
    int usage(const QString &reason);
    int failed(const QString &reason);
    int runTag(AbstractPaperStore &store, const QStringList &args, const PaperFilter &filter);
    int runMarks(AbstractPaperStore &store, const QString &command, const QStringList &args, const PaperFilter &filter);
    int runNote(AbstractPaperStore &store, const QStringList &args, const PaperFilter &filter, bool clear);
    bool matching(AbstractPaperStore &store, const PaperFilter &filter, QVector<qint64> *ids);

    QTextStream &m_out;
    QTextStream &m_err;
};
