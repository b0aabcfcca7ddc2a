// LatexTable: the rows. Accents map to Unicode combining marks; LatexDecoder
// composes them with their base letter (NFC), so "\"o" gives one "ö".
#include "latextable.h"

namespace {

const LatexTable::Row accentRows[] = {
    {"\"", 0x0308}, {"'", 0x0301},  {"`", 0x0300}, {"^", 0x0302}, {"~", 0x0303},
    {"=", 0x0304},  {".", 0x0307},  {"u", 0x0306}, {"v", 0x030C}, {"H", 0x030B},
    {"c", 0x0327},  {"k", 0x0328},  {"r", 0x030A}, {"d", 0x0323}, {"b", 0x0331},
    {"t", 0x0361},
};

const LatexTable::Row letterRows[] = {
    {"ss", 0x00DF}, {"SS", 0x1E9E}, {"aa", 0x00E5}, {"AA", 0x00C5}, {"o", 0x00F8},
    {"O", 0x00D8},  {"ae", 0x00E6}, {"AE", 0x00C6}, {"oe", 0x0153}, {"OE", 0x0152},
    {"l", 0x0142},  {"L", 0x0141},  {"i", 0x0131},  {"j", 0x0237},  {"dh", 0x00F0},
    {"DH", 0x00D0}, {"th", 0x00FE}, {"TH", 0x00DE}, {"ng", 0x014B}, {"NG", 0x014A},
    {"dj", 0x0111}, {"DJ", 0x0110},
    {"ldots", 0x2026}, {"dots", 0x2026}, {"textellipsis", 0x2026},
    {"textendash", 0x2013}, {"textemdash", 0x2014}, {"textquoteleft", 0x2018},
    {"textquoteright", 0x2019}, {"textquotedblleft", 0x201C}, {"textquotedblright", 0x201D},
    {"S", 0x00A7}, {"P", 0x00B6}, {"copyright", 0x00A9}, {"textcopyright", 0x00A9},
    {"textregistered", 0x00AE}, {"texttrademark", 0x2122}, {"pounds", 0x00A3},
    {"textsterling", 0x00A3}, {"euro", 0x20AC}, {"texteuro", 0x20AC}, {"textdegree", 0x00B0},
    {"textasciitilde", 0x007E}, {"textasciicircum", 0x005E}, {"textbackslash", 0x005C},
    {"textbar", 0x007C}, {"textless", 0x003C}, {"textgreater", 0x003E},
    {"textbraceleft", 0x007B}, {"textbraceright", 0x007D}, {"textunderscore", 0x005F},
    {"textdollar", 0x0024}, {"textperiodcentered", 0x00B7}, {"textbullet", 0x2022},
    {"guillemotleft", 0x00AB}, {"guillemotright", 0x00BB}, {"textexclamdown", 0x00A1},
    {"textquestiondown", 0x00BF},
};

const LatexTable::Row escapeRows[] = {
    {"&", '&'}, {"%", '%'}, {"$", '$'}, {"#", '#'}, {"_", '_'}, {"{", '{'}, {"}", '}'},
    {" ", ' '}, {"\\", ' '}, {",", 0x2009}, {";", ' '}, {":", ' '}, {"!", 0}, {"-", 0},
    {"/", 0}, {"@", 0},
};

const LatexTable::Row ligatureRows[] = {
    {"---", 0x2014}, {"--", 0x2013}, {"``", 0x201C}, {"''", 0x201D}, {"?`", 0x00BF},
    {"!`", 0x00A1}, {"~", 0x00A0},
};

const char *const wrapperNames[] = {
    "emph", "textbf", "textit", "textsc", "texttt", "textrm", "textsf", "textup", "textsl",
    "textnormal", "mbox", "text", "textmd", "bf", "it", "em", "sc", "tt", "rm", "sf", "sl",
    "relax", "protect", "noopsort", "hbox", "MakeUppercase", "MakeLowercase",
};

template <typename T, int N>
constexpr int size(const T (&)[N]) { return N; }

} // namespace

namespace LatexTable {

const Row *accents(int *count) { *count = size(accentRows); return accentRows; }
const Row *letters(int *count) { *count = size(letterRows); return letterRows; }
const Row *escapes(int *count) { *count = size(escapeRows); return escapeRows; }
const Row *ligatures(int *count) { *count = size(ligatureRows); return ligatureRows; }
const char *const *wrappers(int *count) { *count = size(wrapperNames); return wrapperNames; }

} // namespace LatexTable
