#pragma once
// The rules LatexEscaper uses to tell LaTeX in profile text from plain text
// that merely holds a backslash or a dollar: which command names are kept,
// when "\ " is a control space, when a backslash is in a Windows path, and
// when $...$ is math that LaTeX reads without stopping.

#include <QString>

namespace LatexCommands {

// Kept text-mode commands (\textit, \emph, \LaTeX, \ss ...); letter accents
// (\v, \c, \t ...) are kept only with their brace; own escapes are the ones
// the escaper writes (\textbackslash ...), always kept. Any other name (\data,
// \alpha outside math) is text.
enum class Known { No, Yes, LetterAccent, OwnEscape };
Known knownCommand(const QString &text, int begin, int end); // the name is text[begin, end)

// The backslash at i is in a word starting with a drive ("C:\", "(d:\").
bool inDrivePath(const QString &text, int i);

// The backslash at i followed by a space is a control space: after a
// period ("e.g.\ the") or a kept command ("\LaTeX\ is"); else text.
bool controlSpace(const QString &text, int i);

// The math text[begin, end) (between the dollars) is read by LaTeX.
bool mathSound(const QString &text, int begin, int end);

} // namespace LatexCommands
