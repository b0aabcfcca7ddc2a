#pragma once
// Turns profile text into BibTeX field text: escapes the characters that
// BibTeX or LaTeX would choke on outside math, keeps $...$ math and LaTeX
// commands already present, always balances braces, protects capitals in
// titles and, on request, writes non-ASCII letters as LaTeX escapes.

#include <QString>

namespace LatexEscaper {

// & % $ # _ { } ~ ^ \ escaped outside math; math and \commands kept;
// the result's braces always balance. A backslash that is text ("C:\data",
// "a \ b", an unknown \name) becomes \textbackslash{}: see LatexCommands
// for which backslashes count as LaTeX.
QString escapeText(const QString &text);

// escapeText plus braces around words with capitals after their first
// letter and acronyms: "SantaCoder for LLMs" -> "{SantaCoder} for {LLMs}".
QString escapeTitle(const QString &title);

// "Rozière" -> "Rozi{\`e}re"; ASCII is left as it is.
QString nonAsciiToLatex(const QString &text);

} // namespace LatexEscaper
