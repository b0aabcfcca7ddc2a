#pragma once
// Reads profile files (or dropped/pasted bytes), parses them and hands each
// to the store as one transaction. Knows about files and folders; knows
// nothing about widgets or threads (the window runs it on a worker).

#include "abstractpaperstore.h"
#include "preparedfile.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QString>
#include <QStringList>

struct FileImportResult
{
    QString source;              // file path or a label such as "pasted text"
    bool ok = false;
    QString message;             // the refusal ("FILE:LINE: reason") when !ok
    QString profileName;
    ImportOutcome outcome;
    QStringList badEntries;      // a .bib file's unreadable entries ("FILE:LINE: reason")
    int readableEntries = 0;     // a .bib file's readable entries (imported or not)
};

struct BibDocument;
struct ProfileParseResult;
struct BibEntry;
class QIODevice;

class ProfileImporter
{
    Q_DECLARE_TR_FUNCTIONS(ProfileImporter)

public:
    static constexpr qint64 maxFileSize = PreparedFile::maxFileSize;

    explicit ProfileImporter(AbstractPaperStore &store) : m_store(store) {}
    // .bib files with bad entries: import the readable ones (true) or nothing (false, the default).
    void setSkipBad(bool skip) { m_skipBad = skip; }

    FileImportResult importFile(const QString &path);
    // The same for a file read (and parsed) beforehand, on any thread.
    FileImportResult importPrepared(const PreparedFile &file);
    FileImportResult importBytes(const QByteArray &bytes, const QString &source, const QDateTime &savedAt);

    // Files stay as they are; folders become the profile files inside them
    // (recursively, sorted). Files in folders that do not look like profiles
    // are skipped quietly; a file named explicitly is always tried.
    static QStringList expandPaths(const QStringList &paths);

private:
    FileImportResult importParsed(const ProfileParseResult &parsed, const QString &source, const QDateTime &savedAt);
    // A window at a time (BibChunkReader, importProfileChunks); UTF-16 files whole (importBib).
    FileImportResult importBib(QIODevice *device, const QString &source, const QDateTime &savedAt);
    // doc is used up: each entry is let go once it became a paper (a large
    // file's entries and papers are not held twice).
    FileImportResult importBib(BibDocument doc, const QString &source, const QDateTime &savedAt);
    bool bibHeader(const BibDocument &doc, int readable, const QString &source, const QDateTime &savedAt,
                   FileImportResult *result, ProfileRecord *header) const;
    static PaperRecord paperOf(const BibEntry &entry);

    AbstractPaperStore &m_store;
    bool m_skipBad = false;
};
