// Fuzz target: BibtexWriter on random paper records (every text field,
// flag and date drawn from the input). Whatever the text, the output must
// be well-formed BibTeX with balanced braces (support/bibtexcheck.h), one
// entry per paper, in both modes, with the store's citation keys.
#include "bibtexwriter.h"
#include "citationkey.h"
#include "fuzzsupport.h"
#include "support/bibtexcheck.h"

#include <QBuffer>

namespace {
PaperRecord randomPaper(FuzzInput &in)
{
    PaperRecord p;
    p.title = in.text();
    p.authors = in.list(12);
    p.authorsTruncated = in.flag();
    p.abstract = in.text();
    p.category = in.text();
    p.hasCode = in.flag();
    if (in.flag())
        p.date = QDate(1900 + in.number(200), 1 + in.number(11), 1 + in.number(27));
    p.affiliations = in.list(4);
    p.arxivId = in.text();
    p.doi = in.text();
    p.url = in.text();
    p.primaryClass = in.text();
    if (in.flag())
        p.citationKey = CitationKey::base(p); // what the store does; else the writer falls back to it
    return p;
}
} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    FuzzInput in(data, size);
    const auto mode = in.flag() ? BibtexWriter::NonAscii::LatexEscapes : BibtexWriter::NonAscii::KeepUtf8;
    QVector<PaperRecord> papers;
    for (int i = 0; i < 3 && (i == 0 || !in.atEnd()); ++i)
        papers << randomPaper(in);
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    FUZZ_CHECK(BibtexWriter(mode).write(&buffer, papers), QStringLiteral("write failed"));
    const QString text = QString::fromUtf8(buffer.data());
    const BibtexCheck::Result check = BibtexCheck::check(text);
    FUZZ_CHECK(check.ok, check.error + QStringLiteral("\n") + text);
    FUZZ_CHECK(check.entries == papers.size(),
               QStringLiteral("%1 entries for %2 papers\n%3").arg(check.entries).arg(papers.size()).arg(text));
    return 0;
}
