#pragma once
// The passwords the window was given for shared libraries in this process
// (typed in File > Open Shared Library, or read from the desktop keyring),
// kept in memory only, so that every connection the window opens to that
// library (its own and its workers': imports, exports, look-ups) can log
// in. Never written anywhere. Without one, libpq's own ways apply
// (PGPASSWORD, ~/.pgpass, service files). Thread-safe.

#include "storelocation.h"

#include <QString>

namespace PgPasswords {
void remember(const StoreLocation &location, const QString &password);
void forget(const StoreLocation &location);
QString lookup(const StoreLocation &location); // empty when none was given
} // namespace PgPasswords
