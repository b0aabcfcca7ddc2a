#pragma once
// Word lists the benchmark's generator draws from: names (some non-ASCII),
// affiliation slugs, categories, and the pieces of titles and abstracts.
// Fixed lists, so generated files look like real profiles and stay the same
// from run to run.

#include <QStringList>

namespace BenchVocabulary {

const QStringList &firstNames();
const QStringList &lastNames();
const QStringList &organisations();     // "FAIR CodeGen team" style authors
const QStringList &affiliations();      // slugs, most common first
const QStringList &categories();        // most common first
const QStringList &namePrefixes();      // "Code", "Flash", ...
const QStringList &nameSuffixes();      // "Former", "Bench", ...
const QStringList &adjectives();        // "Efficient", "Robust", ...
const QStringList &methods();           // "Sparse Attention", ...
const QStringList &tasks();             // "Code Generation", ...
const QStringList &properties();        // "Robustness", ...
const QStringList &objects();           // "long programs", ...
const QStringList &datasets();          // "HumanEval", ...
const QStringList &metrics();           // "pass@1", ...
const QStringList &abstractSentences(); // with %1..%6 slots (see ProfileGenerator)

// Search terms with a known shape in the generated abstracts.
QString rareTerm();      // in about 20 papers whatever the size
QString commonTerm();    // in most papers
QString prefixTerm();    // a partly typed word in about 1-2% of papers

} // namespace BenchVocabulary
