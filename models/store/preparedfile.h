#pragma once
// A file read, sniffed and (when it is a profile) parsed, but not stored
// yet: everything ProfileImporter does before the store. Made without a
// store, so on any thread: ImportBatch prepares the next file while the
// store writes this one (parsing was a tenth of a large import's time).

#include "profileparser.h"

#include <QByteArray>
#include <QDateTime>
#include <QString>

struct PreparedFile
{
    enum class Kind {
        Refused, // refusal says why (no such file, a folder, too large, unreadable)
        Profile, // parsed (ok or not)
        BibFile, // a .bib file: read a window at a time when stored
        Bytes,   // the whole file in bytes (a .bib only its whole text shows)
    };

    static constexpr qint64 maxFileSize = 64 * 1024 * 1024; // larger files are refused

    QString path;
    Kind kind = Kind::Refused;
    QString refusal;
    QDateTime savedAt; // the file's last modification
    ProfileParseResult parsed;
    QByteArray bytes;

    static PreparedFile read(const QString &path);
};
