#pragma once
// The organising part of the benchmark (issue 18): marks what a user would
// have decided on a benchmark store (a tag on a fifth of the papers, as the
// issue's 200k assignments in a million, stars, reading states, a nested
// collection), and, in the window probe, times a filter by a tag, by the
// star and by a collection (list, and facet + Organise panel counts), the
// panel's counts, and tagging 10k selected papers as one undoable command.

#include "benchscenario.h"

#include <functional>

class MainWindow;
class PaperStore;

namespace OrganiseBench {

// Idempotent: the same marks on a store that has them already.
bool setUp(PaperStore &store, QString *error);

// The filters timed (their floor conditions are empty: no floor rows).
QVector<FilterCase> filters();

// Keys "organise.<case>.list" / ".counts" / ".rows", "organise.panel",
// "organise.tag10k", "organise.tag10k.undo".
using Report = std::function<void(const QString &key, double value)>;
using Reset = std::function<void(const PaperFilter &filter)>; // the list back to a filter, caches cleared
void probe(MainWindow &window, PaperStore &store, const Report &report, const Reset &reset);

} // namespace OrganiseBench
