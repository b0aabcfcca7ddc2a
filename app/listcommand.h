#pragma once
// `paperscope list [FILTERS] [--json]` and `paperscope stats [FILTERS]
// [--json]` on any store (local or shared): the papers, with what users
// decided about them in JSON, and the counts per facet, the organise ones
// (by_tag, by_state, starred) included. Wiring only: rows come from the
// store, text from PaperJson/TextReport.

#include <QTextStream>

class AbstractPaperStore;
struct PaperFilter;

class ListCommand
{
public:
    explicit ListCommand(QTextStream &out) : m_out(out) {}

    int runList(AbstractPaperStore &store, const PaperFilter &filter, bool json);
    int runStats(AbstractPaperStore &store, const PaperFilter &filter, bool json);

private:
    QTextStream &m_out;
};
