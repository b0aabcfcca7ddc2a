#pragma once
// Turns the LaTeX that profile files carry in titles and abstracts into plain,
// readable Unicode for display: "$\neq$" becomes "≠", "$n^2$" becomes "n²",
// "\textit{near}" becomes "near". Pure string work for the views: it never
// produces HTML (callers escape the result) and is no LaTeX renderer.

#include <QString>

namespace MathText {

// Math between $...$ (or $$...$$) maps common commands to Unicode symbols,
// ^{...}/_{...} to Unicode super/subscripts where every character has one (else
// "^(...)"), and loses its remaining braces and dollars. Outside math,
// \textit{x}, \emph{x}, \textbf{x} and friends become x, \% \& \_ \# \$ their
// character, and any other command just loses its backslash.
QString toReadable(const QString &text);

} // namespace MathText
