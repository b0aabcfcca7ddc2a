#include "storefactory.h"

#include "paperstore.h"
#include "pgpaperstore.h"
#include "storelocation.h"

std::unique_ptr<AbstractPaperStore> StoreFactory::create(const QString &location)
{
    if (StoreLocation::looksShared(location))
        return std::make_unique<PgPaperStore>();
    return std::make_unique<PaperStore>();
}

std::unique_ptr<AbstractPaperStore> StoreFactory::open(const QString &location, QString *error)
{
    std::unique_ptr<AbstractPaperStore> store = create(location);
    if (store->open(location))
        return store;
    if (error)
        *error = store->lastError();
    return nullptr;
}
