#pragma once
// `paperscope import [--skip-bad] FILE...`: imports profile and .bib files
// (folders: the files in them) in one ImportBatch, printing a line per file
// once it is in the store and the totals; waits, saying so, while another
// program writes to the store.

#include <QStringList>
#include <QTextStream>

class AbstractPaperStore;

class ImportCommand
{
public:
    ImportCommand(QTextStream &out, QTextStream &err) : m_out(out), m_err(err) {}

    // 0 when every file was imported, 1 when any was not or none was found.
    int run(AbstractPaperStore &store, const QStringList &files, bool skipBad);

private:
    QTextStream &m_out;
    QTextStream &m_err;
};
