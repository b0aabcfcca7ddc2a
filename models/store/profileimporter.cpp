#include "profileimporter.h"

#include "preparedfile.h"
#include "profileparser.h"
#include "bibchunkreader.h"
#include "bibpapermapper.h"
#include "bibreader.h"
#include "textfold.h"

#include <QBuffer>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>

#include <future>
#include <utility>

FileImportResult ProfileImporter::importFile(const QString &path)
{
    return importPrepared(PreparedFile::read(path));
}

FileImportResult ProfileImporter::importPrepared(const PreparedFile &file)
{
    switch (file.kind) {
    case PreparedFile::Kind::Refused: {
        FileImportResult result;
        result.source = file.path;
        result.message = file.refusal;
        return result;
    }
    case PreparedFile::Kind::BibFile: {
        QFile device(file.path);
        if (!device.open(QIODevice::ReadOnly)) {
            FileImportResult result;
            result.source = file.path;
            result.message = tr("%1: cannot read: %2").arg(file.path, device.errorString());
            return result;
        }
        return importBib(&device, file.path, file.savedAt);
    }
    case PreparedFile::Kind::Bytes:
        return importBytes(file.bytes, file.path, file.savedAt);
    case PreparedFile::Kind::Profile:
        break;
    }
    return importParsed(file.parsed, file.path, file.savedAt);
}

FileImportResult ProfileImporter::importBytes(const QByteArray &bytes, const QString &source,
                                              const QDateTime &savedAt)
{
    if (!ProfileParser::looksLikeProfile(bytes) && BibReader::looksLikeBibtex(bytes)) {
        QBuffer buffer;
        buffer.setData(bytes); // shared, not copied
        buffer.open(QIODevice::ReadOnly);
        return importBib(&buffer, source, savedAt);
    }
    return importParsed(ProfileParser::parse(bytes, savedAt.date()), source, savedAt);
}

FileImportResult ProfileImporter::importParsed(const ProfileParseResult &parsed, const QString &source,
                                               const QDateTime &savedAt)
{
    FileImportResult result;
    result.source = source;
    if (!parsed.ok) {
        result.message = parsed.message(source);
        return result;
    }
    ProfileRecord profile = parsed.profile;
    profile.sourceFile = source;
    profile.savedAt = savedAt;
    result.profileName = profile.name;
    result.outcome = m_store.importProfile(profile);
    result.ok = result.outcome.ok;
    if (!result.ok)
        result.message = QStringLiteral("%1: %2").arg(source, result.outcome.error);
    return result;
}

// A .bib file is a source like a profile, named after the file: its papers
// are linked to it, and each entry keeps its type, key and fields. Read a
// window at a time (BibChunkReader) and stored a window at a time
// (importProfileChunks): neither its text nor its papers are ever all held.
FileImportResult ProfileImporter::importBib(QIODevice *device, const QString &source, const QDateTime &savedAt)
{
    BibChunkReader reader(device);
    if (!reader.canRead()) {
        device->seek(0);
        return importBib(BibReader::read(device->readAll()), source, savedAt);
    }
    const BibDocument scanned = reader.scan();
    FileImportResult result;
    ProfileRecord header;
    if (!bibHeader(scanned, reader.readableEntries(), source, savedAt, &result, &header))
        return result;
    // The next window is read and mapped on another thread while the store
    // writes this one (reading and mapping were a fifth of the import's
    // time). One window ahead at most; the future's destructor waits for it
    // before the reader goes, also when the store stops early.
    const auto readWindow = [&reader] {
        std::pair<bool, QVector<PaperRecord>> window;
        QVector<BibEntry> entries;
        window.first = reader.next(&entries);
        window.second.reserve(entries.size());
        for (BibEntry &e : entries) {
            window.second.append(paperOf(e));
            PaperRecord &paper = window.second.last(); // what askChunk needs, worked out here
            paper.normalisedTitle = TextFold::normalisedTitle(paper.title);
            e = BibEntry();
        }
        return window;
    };
    std::future<std::pair<bool, QVector<PaperRecord>>> ahead = std::async(std::launch::async, readWindow);
    // A copy of the window handed to the store (shared, not copied): once the
    // store has let go of its own (the SQLite and PostgreSQL stores clear it
    // before asking for the next), the window is freed on the reading thread,
    // not on the store's.
    QVector<PaperRecord> handed;
    result.outcome = m_store.importProfileChunks(header, [&](QVector<PaperRecord> *chunk) {
        std::pair<bool, QVector<PaperRecord>> window = ahead.get();
        if (!window.first)
            return false;
        *chunk = std::move(window.second);
        ahead = std::async(std::launch::async, [&readWindow, done = std::exchange(handed, *chunk)]() mutable {
            done = QVector<PaperRecord>();
            return readWindow();
        });
        return true;
    });
    result.ok = result.outcome.ok;
    if (!result.ok)
        result.message = QStringLiteral("%1: %2").arg(source, result.outcome.error);
    return result;
}

// doc is used up: each entry is let go once it became a paper.
FileImportResult ProfileImporter::importBib(BibDocument doc, const QString &source, const QDateTime &savedAt)
{
    FileImportResult result;
    ProfileRecord profile;
    if (!bibHeader(doc, int(doc.entries.size()), source, savedAt, &result, &profile))
        return result;
    profile.papers.reserve(doc.entries.size());
    for (BibEntry &e : doc.entries) {
        profile.papers.append(paperOf(e));
        e = BibEntry();
    }
    doc.entries = QVector<BibEntry>();
    result.outcome = m_store.importProfile(profile);
    result.ok = result.outcome.ok;
    if (!result.ok)
        result.message = QStringLiteral("%1: %2").arg(source, result.outcome.error);
    return result;
}

// The file's bad entries into *result, and false when they refuse it;
// else its profile without papers into *header.
bool ProfileImporter::bibHeader(const BibDocument &doc, int readable, const QString &source,
                                const QDateTime &savedAt, FileImportResult *result, ProfileRecord *header) const
{
    result->source = source;
    for (const BibError &e : doc.errors)
        result->badEntries << BibReader::message(e, source);
    result->readableEntries = readable;
    if (!doc.isBibtex || (!result->badEntries.isEmpty() && !m_skipBad)) {
        result->message = result->badEntries.value(0);
        if (result->badEntries.size() > 1)
            result->message += tr(" (and %n more bad entries; nothing of the file was imported)", nullptr,
                                  int(result->badEntries.size()) - 1);
        return false;
    }
    const QString fileName = QFileInfo(source).fileName();
    header->name = fileName.isEmpty() ? source : fileName;
    header->sourceFile = source;
    header->savedAt = savedAt;
    header->paperCount = readable;
    for (const BibField &p : doc.preambles)
        header->bibPreambles << p.value;
    result->profileName = header->name;
    return true;
}

PaperRecord ProfileImporter::paperOf(const BibEntry &entry)
{
    BibPaper b = BibPaperMapper::map(entry);
    b.paper.entryType = b.entryType;
    b.paper.venue = b.venue;
    b.paper.bibFields = b.fields;
    return std::move(b.paper);
}

QStringList ProfileImporter::expandPaths(const QStringList &paths)
{
    QStringList files;
    for (const QString &path : paths) {
        const QFileInfo info(path);
        if (!info.isDir()) {
            files << path;
            continue;
        }
        QStringList found;
        QDirIterator it(path, QDir::Files | QDir::Readable | QDir::NoDotAndDotDot,
                        QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString file = it.next();
            QFile f(file);
            if (f.size() > maxFileSize || !f.open(QIODevice::ReadOnly))
                continue;
            const QByteArray head = f.read(4096);
            if (ProfileParser::looksLikeProfile(head) || BibReader::looksLikeBibtex(head))
                found << file;
        }
        found.sort();
        files << found;
    }
    return files;
}
