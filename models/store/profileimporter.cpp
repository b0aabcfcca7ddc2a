#include "profileimporter.h"

#include "profileparser.h"

#include <QDirIterator>
#include <QFile>
#include <QFileInfo>

FileImportResult ProfileImporter::importFile(const QString &path)
{
    FileImportResult result;
    result.source = path;
    const QFileInfo info(path);
    const QString name = info.fileName().isEmpty() ? path : info.fileName();
    if (!info.exists()) {
        result.message = tr("%1: no such file").arg(path);
        return result;
    }
    if (info.isDir()) {
        result.message = tr("%1: is a folder, not a profile file").arg(path);
        return result;
    }
    if (info.size() > maxFileSize) {
        result.message = tr("%1: too large for a profile file (%L2 MB)").arg(path).arg(info.size() / (1024 * 1024));
        return result;
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        result.message = tr("%1: cannot read: %2").arg(path, file.errorString());
        return result;
    }
    const QByteArray bytes = file.readAll();
    return importBytes(bytes, path, info.lastModified());
}

FileImportResult ProfileImporter::importBytes(const QByteArray &bytes, const QString &source,
                                              const QDateTime &savedAt)
{
    FileImportResult result;
    result.source = source;
    const ProfileParseResult parsed = ProfileParser::parse(bytes, savedAt.date());
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
            if (ProfileParser::looksLikeProfile(f.read(4096)))
                found << file;
        }
        found.sort();
        files << found;
    }
    return files;
}
