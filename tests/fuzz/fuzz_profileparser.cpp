// Fuzz target: ProfileParser on arbitrary bytes (seeded with the profile
// fixtures). Beyond "never crashes, never hangs": a refusal has a one-line
// reason; an accepted profile holds what the store needs (a name, and
// titles that identify their papers), and every paper it yields gives a
// well-formed BibTeX entry in both modes.
#include "bibtexwriter.h"
#include "citationkey.h"
#include "fuzzsupport.h"
#include "profileparser.h"
#include "support/bibtexcheck.h"
#include "textfold.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes = QByteArray::fromRawData(reinterpret_cast<const char *>(data), int(size));
    ProfileParser::looksLikeProfile(bytes);
    const ProfileParseResult result = ProfileParser::parse(bytes, QDate(2025, 6, 30));
    if (!result.ok) {
        FUZZ_CHECK(!result.error.isEmpty(), QStringLiteral("a refusal without a reason"));
        FUZZ_CHECK(!result.error.contains(QLatin1Char('\n')) && !result.error.contains(QLatin1Char('\r')),
                   result.error);
        FUZZ_CHECK(result.errorLine >= 0, result.error);
        return 0;
    }
    const ProfileRecord &profile = result.profile;
    FUZZ_CHECK(!profile.name.trimmed().isEmpty(), QStringLiteral("an accepted profile without a name"));
    for (const PaperRecord &paper : profile.papers) {
        FUZZ_CHECK(!TextFold::normalisedTitle(paper.title).isEmpty(),
                   QStringLiteral("the store cannot identify the paper titled '%1'").arg(paper.title));
        PaperRecord keyed = paper;
        keyed.citationKey = CitationKey::base(paper);
        for (const auto mode : {BibtexWriter::NonAscii::KeepUtf8, BibtexWriter::NonAscii::LatexEscapes}) {
            const QString entry = BibtexWriter(mode).entry(keyed);
            const BibtexCheck::Result check = BibtexCheck::check(entry);
            FUZZ_CHECK(check.ok && check.entries == 1, check.error + QStringLiteral("\n") + entry);
        }
    }
    return 0;
}
