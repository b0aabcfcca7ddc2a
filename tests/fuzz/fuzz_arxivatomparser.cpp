// Fuzz target: ArxivAtomParser on arbitrary bytes (seeded with the saved
// arXiv replies among the fixtures). Beyond "never crashes, never hangs":
// a feed that is not Ok says why, and every entry of an Ok feed has an id.
#include "arxivatomparser.h"
#include "fuzzsupport.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes = QByteArray::fromRawData(reinterpret_cast<const char *>(data), int(size));
    const ArxivFeed feed = ArxivAtomParser::parse(bytes);
    switch (feed.status) {
    case ArxivFeed::Status::Ok:
        for (const ArxivEntry &entry : feed.entries) {
            FUZZ_CHECK(!entry.id.isEmpty(), QStringLiteral("an entry without an id"));
            int version = -1;
            ArxivAtomParser::idFromUrl(entry.absUrl, &version);
        }
        break;
    case ArxivFeed::Status::Empty:
    case ArxivFeed::Status::Malformed:
        FUZZ_CHECK(!feed.error.isEmpty(), QStringLiteral("a refused reply without a reason"));
        break;
    case ArxivFeed::Status::ApiError:
        break;
    }
    return 0;
}
