#pragma once
// The command line's `grant reader|editor ROLE` on a shared library
// (--db postgresql://...): opens it (connection faults and schema checks
// reported in one line) and grants. Every other command runs on
// PgPaperStore like on the local store (CommandLine). Wiring only: the
// work is in models/store/postgres.

#include "storelocation.h"

#include <QStringList>
#include <QTextStream>

class SharedCommand
{
public:
    SharedCommand(QTextStream &out, QTextStream &err) : m_out(out), m_err(err) {}

    // command is grant; arguments are the positional ones after it.
    int run(const StoreLocation &location, const QString &command, const QStringList &arguments);

private:
    int fail(int status, const QString &line);

    QTextStream &m_out;
    QTextStream &m_err;
};
