#pragma once
// How LatexEscaper writes plain characters, the text between math, commands
// and braces: the special characters escaped (& % $ # _ ~ ^), and in titles
// words with an inner capital or acronyms braced. Also its fast paths for
// text and titles without any math, command or brace, which is most of
// them. Internal to the escaper.

#include <QString>

namespace LatexPlain {

// Writes the characters text[begin, end) with & % $ # _ ~ ^ escaped and,
// when protecting capitals, title words braced ("{SantaCoder}", "{LLMs}").
// A word may go on into the next run: endWord() writes it.
class Writer
{
public:
    Writer(QString &out, const QString &text) : m_out(out), m_text(text.constData()) {}

    void run(int begin, int end, bool protectCapitals);
    void endWord(int at); // the word pending before `at`, if any

private:
    QString &m_out;
    const QChar *m_text;
    int m_wordBegin = -1;
};

// The text escaped, when it holds none of $ { } and the backslash (then it
// is returned shared if nothing needed escaping); else false and *out untouched.
bool escapeText(const QString &text, QString *out);
// The same for a title: capitals protected.
bool escapeTitle(const QString &text, QString *out);

} // namespace LatexPlain
