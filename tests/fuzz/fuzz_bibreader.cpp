// Fuzz target: BibReader on arbitrary bytes (seeded with the .bib fixtures
// in tests/data/bib). Beyond "never crashes, never hangs, stays within the
// memory limit": every bad entry has a one-line reason and a line inside
// the file; a file that is not BibTeX says so; every entry read has a type
// and a key, values within the parser's bound; decoding LaTeX and parsing
// names never fail on what the reader yields; the first pass of a large
// file (BibParser::setScanOnly) finds what the full parse finds.
#include "bibencoding.h"
#include "bibnames.h"
#include "bibparser.h"
#include "bibreader.h"
#include "fuzzsupport.h"
#include "latexdecoder.h"
#include "support/bibscantesting.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes = QByteArray::fromRawData(reinterpret_cast<const char *>(data), int(size));
    BibReader::looksLikeBibtex(bytes);
    const BibDocument doc = BibReader::read(bytes);
    const int lines = int(bytes.count('\n')) + 2;
    FUZZ_CHECK(doc.isBibtex || !doc.errors.isEmpty(), QStringLiteral("not BibTeX, and no reason given"));
    for (const BibError &e : doc.errors) {
        FUZZ_CHECK(!e.message.isEmpty() && !e.message.contains(QLatin1Char('\n')), e.message);
        FUZZ_CHECK(e.line >= 0 && e.line <= lines, QStringLiteral("line %1 of %2: %3").arg(e.line).arg(lines).arg(e.message));
    }
    for (const BibEntry &entry : doc.entries) {
        FUZZ_CHECK(!entry.type.isEmpty() && !entry.key.isEmpty(), QStringLiteral("an entry without a type or key"));
        FUZZ_CHECK(entry.line >= 1 && entry.line <= lines, QStringLiteral("entry line %1").arg(entry.line));
        for (const BibField &f : entry.fields) {
            FUZZ_CHECK(!f.name.isEmpty() && f.name == f.name.toLower(), f.name);
            FUZZ_CHECK(f.value.size() <= BibParser::maxValueLength, f.name);
            LatexDecoder::toUnicode(f.value);
            if (f.name == QLatin1String("author") || f.name == QLatin1String("editor"))
                BibNames::parse(f.value).display();
        }
    }
    const QString mismatch = BibScanTesting::scanMismatch(BibEncoding::decode(bytes));
    FUZZ_CHECK(mismatch.isEmpty(), mismatch);
    return 0;
}
