#pragma once
// Reads the bytes of a profile file (design.md section 2) into a
// ProfileRecord, or refuses them with the line and a one-line reason.
// Pure: no file, clock or network access; the caller passes the date the
// page was saved (the file's modification date) for year-less dates.

#include "paperrecord.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDate>
#include <QString>

struct ProfileParseResult
{
    bool ok = false;
    ProfileRecord profile;
    int errorLine = 0;           // 1-based; 0 when the whole file is at fault
    QString error;               // one line, no file name, no trailing period

    // "FILE:LINE: reason" (or "FILE: reason" when no line applies).
    QString message(const QString &fileName) const;
};

class ProfileParser
{
    Q_DECLARE_TR_FUNCTIONS(ProfileParser)

public:
    static ProfileParseResult parse(const QByteArray &bytes, const QDate &savedOn);

    // Cheap sniff for drops and pastes: does this text start like a profile?
    static bool looksLikeProfile(const QByteArray &bytes);
};
