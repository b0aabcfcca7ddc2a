#pragma once
// Test support: one store file open on two connections, the one that
// imports and another as the window's (which sees only what was committed).
// Used by the batch import tests. Header-only.

#include "paperstore.h"

#include <QString>

#include <memory>

struct TwoConnections
{
    QString path;
    std::unique_ptr<PaperStore> store; // imports
    std::unique_ptr<PaperStore> other; // another connection, as the window's

    bool open(const QString &file)
    {
        path = file;
        store = std::make_unique<PaperStore>();
        other = std::make_unique<PaperStore>();
        return store->open(path) && other->open(path);
    }
    void close()
    {
        other.reset();
        store.reset();
    }
};
