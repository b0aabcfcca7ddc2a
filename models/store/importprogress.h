#pragma once
// How far one profile's (or one .bib file's) import has come, asked of the
// importer now and then (every few thousand papers): done of total steps.
// Returning false stops it: the profile is rolled back whole, as any
// refused one (ImportOutcome::error says it was cancelled).

#include <functional>

using ImportProgress = std::function<bool(int done, int total)>;
