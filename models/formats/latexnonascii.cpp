// LatexEscaper::nonAsciiToLatex: "Rozière" -> "Rozi{\`e}re" for classic
// bibtex, which reads bytes, not UTF-8. Letters with a combining accent
// become accent commands ("{\^{\d e}}" for several), the few letters
// without one their own commands ({\ss}, {\o}); math is left as it is.
// Moved out of latexescaper.cpp unchanged.
#include "latexescaper.h"

#include "latextokens.h"

#include <QHash>

namespace {

using LatexTokens::escapedAt;

bool isAsciiLetter(QChar c) { return c.unicode() < 0x80 && c.isLetter(); }

// Accent command for a combining mark, or null.
const char *accentFor(ushort mark)
{
    static const struct { ushort mark; const char *accent; } accents[] = {
        {0x0300, "`"}, {0x0301, "'"}, {0x0302, "^"}, {0x0303, "~"}, {0x0304, "="}, {0x0306, "u"},
        {0x0307, "."}, {0x0308, "\""}, {0x030A, "r"}, {0x030B, "H"}, {0x030C, "v"}, {0x0323, "d"},
        {0x0327, "c"}, {0x0328, "k"}, {0x0331, "b"}};
    for (const auto &a : accents) {
        if (a.mark == mark)
            return a.accent;
    }
    return nullptr;
}

// Decomposed "e" + U+0300 -> "{\`e}"; several marks nest: "{\^{\d e}}".
// Null when the base or a mark has no LaTeX form.
QString accented(const QString &cluster)
{
    if (cluster.size() < 2 || !isAsciiLetter(cluster.at(0)))
        return QString();
    QString result = cluster.left(1);
    for (int i = 1; i < cluster.size(); ++i) {
        const ushort mark = cluster.at(i).unicode();
        const char *accent = accentFor(mark);
        if (!accent)
            return QString();
        if (mark < 0x0323 && (result == QLatin1String("i") || result == QLatin1String("j")))
            result.prepend(QLatin1Char('\\')); // dotless i/j under an accent above
        if (i > 1)
            result = QLatin1Char('{') + result + QLatin1Char('}');
        // A letter accent needs a space before a plain letter: "\v n", "\c c".
        const bool space = isAsciiLetter(QLatin1Char(accent[0])) && isAsciiLetter(result.at(0));
        result = QLatin1Char('\\') + QLatin1String(accent) + (space ? QStringLiteral(" ") : QString()) + result;
    }
    return QLatin1Char('{') + result + QLatin1Char('}');
}

} // namespace

namespace LatexEscaper {

QString nonAsciiToLatex(const QString &text)
{
    static const QHash<ushort, QString> letters = {
        {0x00DF, QStringLiteral("{\\ss}")}, {0x00F8, QStringLiteral("{\\o}")},  {0x00D8, QStringLiteral("{\\O}")},
        {0x0142, QStringLiteral("{\\l}")},  {0x0141, QStringLiteral("{\\L}")},  {0x00E6, QStringLiteral("{\\ae}")},
        {0x00C6, QStringLiteral("{\\AE}")}, {0x0153, QStringLiteral("{\\oe}")}, {0x0152, QStringLiteral("{\\OE}")},
        {0x00E5, QStringLiteral("{\\aa}")}, {0x00C5, QStringLiteral("{\\AA}")}, {0x0131, QStringLiteral("{\\i}")},
        {0x2013, QStringLiteral("--")},     {0x2014, QStringLiteral("---")},    {0x2018, QStringLiteral("`")},
        {0x2019, QStringLiteral("'")},      {0x201C, QStringLiteral("``")},     {0x201D, QStringLiteral("''")},
        {0x00A0, QStringLiteral("~")},      {0x2026, QStringLiteral("\\ldots{}")},
    };
    QString out;
    out.reserve(text.size() + 16);
    bool inlineMath = false, displayMath = false; // math is left as it is
    const int n = text.size();
    for (int i = 0, end = 0; i < n; i = end) {
        const QChar c = text.at(i);
        end = i + 1;
        if (c == QLatin1Char('$') && !escapedAt(text, i)) {
            const bool display = end < n && text.at(end) == QLatin1Char('$');
            bool &math = display ? displayMath : inlineMath;
            math = !math;
            end += display ? 1 : 0;
            out.append(text.constData() + i, end - i);
            continue;
        }
        if (c.isHighSurrogate() && end < n && text.at(end).isLowSurrogate())
            ++end;
        while (end < n && text.at(end).isMark())
            ++end;
        if (c.unicode() < 0x80 && end == i + 1) {
            out.append(c);
            continue;
        }
        const QString cluster = text.mid(i, end - i);
        QString latex;
        if (!inlineMath && !displayMath) {
            latex = end == i + 1 ? letters.value(c.unicode()) : QString();
            if (latex.isEmpty())
                latex = accented(cluster.normalized(QString::NormalizationForm_D));
        }
        out.append(latex.isEmpty() ? cluster : latex);
    }
    return out;
}

} // namespace LatexEscaper
