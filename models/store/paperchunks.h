#pragma once
// The papers of one profile handed to a store a chunk at a time
// (AbstractPaperStore::importProfileChunks), so a large .bib file's papers
// are never all in memory: fills *chunk (given empty) with the next papers
// and returns true, or returns false when none are left.

#include "paperrecord.h"

#include <QVector>

#include <functional>

using PaperChunks = std::function<bool(QVector<PaperRecord> *chunk)>;
