#pragma once
// `paperscope enrich [FILTERS] [--arxiv-url URL]`: looks up on arXiv the
// papers under the filters that have no arXiv id yet, printing one line per
// paper (matched id, or why not) and a summary. Runs the same
// ArxivLookupJob as the window, in a local event loop.

#include "arxivsettings.h"
#include "paperfilter.h"

#include <QTextStream>

class AbstractPaperStore;

class EnrichCommand
{
public:
    EnrichCommand(QTextStream &out, QTextStream &err) : m_out(out), m_err(err) {}

    // 0 when every paper got an answer (matched or not), 1 when any failed.
    int run(AbstractPaperStore &store, const PaperFilter &filter, const ArxivSettings &settings);

private:
    QTextStream &m_out;
    QTextStream &m_err;
};
