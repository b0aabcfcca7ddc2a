#include "preparedfile.h"

#include "bibreader.h"
#include "citationkey.h"
#include "textfold.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>

PreparedFile PreparedFile::read(const QString &path)
{
    PreparedFile prepared;
    prepared.path = path;
    const QFileInfo info(path);
    if (!info.exists()) {
        prepared.refusal = QCoreApplication::translate("ProfileImporter", "%1: no such file").arg(path);
        return prepared;
    }
    if (info.isDir()) {
        prepared.refusal = QCoreApplication::translate("ProfileImporter", "%1: is a folder, not a profile file").arg(path);
        return prepared;
    }
    if (info.size() > maxFileSize) {
        prepared.refusal = QCoreApplication::translate("ProfileImporter", "%1: too large for a profile file (%L2 MB)")
                               .arg(path)
                               .arg(info.size() / (1024 * 1024));
        return prepared;
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        prepared.refusal = QCoreApplication::translate("ProfileImporter", "%1: cannot read: %2").arg(path, file.errorString());
        return prepared;
    }
    prepared.savedAt = info.lastModified();
    // Both sniffs look at the head only; a .bib file is then read a window at a time.
    QByteArray bytes = file.read(64 * 1024);
    if (!ProfileParser::looksLikeProfile(bytes) && BibReader::looksLikeBibtex(bytes)) {
        prepared.kind = Kind::BibFile;
        return prepared;
    }
    bytes += file.readAll();
    if (!ProfileParser::looksLikeProfile(bytes) && BibReader::looksLikeBibtex(bytes)) {
        prepared.kind = Kind::Bytes;
        prepared.bytes = bytes;
        return prepared;
    }
    prepared.kind = Kind::Profile;
    prepared.parsed = ProfileParser::parse(bytes, prepared.savedAt.date());
    for (PaperRecord &paper : prepared.parsed.profile.papers) {
        paper.normalisedTitle = TextFold::normalisedTitle(paper.title);
        paper.keyBase = CitationKey::base(paper);
    }
    return prepared;
}
