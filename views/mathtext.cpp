#include "mathtext.h"

#include <QHash>
#include <QStringList>

#include <iterator>

namespace {

struct Mapping
{
    const char *from;
    const char *to; // UTF-8
};

QHash<QString, QString> buildTable(const Mapping *begin, const Mapping *end)
{
    QHash<QString, QString> table;
    for (const Mapping *m = begin; m != end; ++m)
        table.insert(QString::fromLatin1(m->from), QString::fromUtf8(m->to));
    return table;
}

// Math commands that stand for one symbol.
const QHash<QString, QString> &symbols()
{
    static const Mapping list[] = {
        {"alpha", "α"}, {"beta", "β"}, {"gamma", "γ"}, {"delta", "δ"}, {"epsilon", "ε"},
        {"varepsilon", "ε"}, {"zeta", "ζ"}, {"eta", "η"}, {"theta", "θ"}, {"vartheta", "ϑ"},
        {"iota", "ι"}, {"kappa", "κ"}, {"lambda", "λ"}, {"mu", "μ"}, {"nu", "ν"}, {"xi", "ξ"},
        {"omicron", "ο"}, {"pi", "π"}, {"varpi", "ϖ"}, {"rho", "ρ"}, {"varrho", "ϱ"},
        {"sigma", "σ"}, {"varsigma", "ς"}, {"tau", "τ"}, {"upsilon", "υ"}, {"phi", "ϕ"},
        {"varphi", "φ"}, {"chi", "χ"}, {"psi", "ψ"}, {"omega", "ω"},
        {"Gamma", "Γ"}, {"Delta", "Δ"}, {"Theta", "Θ"}, {"Lambda", "Λ"}, {"Xi", "Ξ"},
        {"Pi", "Π"}, {"Sigma", "Σ"}, {"Upsilon", "Υ"}, {"Phi", "Φ"}, {"Psi", "Ψ"},
        {"Omega", "Ω"},
        {"neq", "≠"}, {"ne", "≠"}, {"leq", "≤"}, {"le", "≤"}, {"geq", "≥"}, {"ge", "≥"},
        {"ll", "≪"}, {"gg", "≫"}, {"times", "×"}, {"cdot", "·"}, {"cdots", "⋯"},
        {"ldots", "…"}, {"dots", "…"}, {"pm", "±"}, {"mp", "∓"}, {"div", "÷"},
        {"infty", "∞"}, {"approx", "≈"}, {"sim", "∼"}, {"simeq", "≃"}, {"equiv", "≡"},
        {"propto", "∝"}, {"to", "→"}, {"rightarrow", "→"}, {"leftarrow", "←"},
        {"gets", "←"}, {"Rightarrow", "⇒"}, {"Leftarrow", "⇐"}, {"leftrightarrow", "↔"},
        {"Leftrightarrow", "⇔"}, {"mapsto", "↦"}, {"uparrow", "↑"}, {"downarrow", "↓"},
        {"in", "∈"}, {"notin", "∉"}, {"ni", "∋"}, {"subset", "⊂"}, {"subseteq", "⊆"},
        {"supset", "⊃"}, {"supseteq", "⊇"}, {"cup", "∪"}, {"cap", "∩"}, {"emptyset", "∅"},
        {"varnothing", "∅"}, {"forall", "∀"}, {"exists", "∃"}, {"neg", "¬"}, {"lnot", "¬"},
        {"land", "∧"}, {"wedge", "∧"}, {"lor", "∨"}, {"vee", "∨"}, {"oplus", "⊕"},
        {"otimes", "⊗"}, {"sum", "∑"}, {"prod", "∏"}, {"int", "∫"}, {"partial", "∂"},
        {"nabla", "∇"}, {"ell", "ℓ"}, {"circ", "∘"}, {"star", "⋆"}, {"ast", "∗"},
        {"prime", "′"}, {"top", "⊤"}, {"perp", "⊥"}, {"langle", "⟨"}, {"rangle", "⟩"},
        {"lceil", "⌈"}, {"rceil", "⌉"}, {"lfloor", "⌊"}, {"rfloor", "⌋"}, {"mid", "|"},
        {"vert", "|"}, {"Vert", "‖"}, {"quad", " "}, {"qquad", " "}, {"degree", "°"},
        {"checkmark", "✓"}, {"hbar", "ℏ"}, {"Re", "ℜ"}, {"Im", "ℑ"}, {"aleph", "ℵ"},
        {"left", ""}, {"right", ""}, {"big", ""}, {"Big", ""}, {"bigg", ""}, {"Bigg", ""},
        {"bigl", ""}, {"bigr", ""}, {"Bigl", ""}, {"Bigr", ""}, {"displaystyle", ""},
        {"textstyle", ""}, {"limits", ""}, {"nolimits", ""},
    };
    static const QHash<QString, QString> table = buildTable(std::begin(list), std::end(list));
    return table;
}

const QHash<QChar, QChar> &scriptTable(bool super)
{
    static const Mapping superList[] = {
        {"0", "⁰"}, {"1", "¹"}, {"2", "²"}, {"3", "³"}, {"4", "⁴"}, {"5", "⁵"}, {"6", "⁶"},
        {"7", "⁷"}, {"8", "⁸"}, {"9", "⁹"}, {"+", "⁺"}, {"-", "⁻"}, {"−", "⁻"}, {"=", "⁼"},
        {"(", "⁽"}, {")", "⁾"}, {"a", "ᵃ"}, {"b", "ᵇ"}, {"c", "ᶜ"}, {"d", "ᵈ"}, {"e", "ᵉ"},
        {"f", "ᶠ"}, {"g", "ᵍ"}, {"h", "ʰ"}, {"i", "ⁱ"}, {"j", "ʲ"}, {"k", "ᵏ"}, {"l", "ˡ"},
        {"m", "ᵐ"}, {"n", "ⁿ"}, {"o", "ᵒ"}, {"p", "ᵖ"}, {"r", "ʳ"}, {"s", "ˢ"}, {"t", "ᵗ"},
        {"u", "ᵘ"}, {"v", "ᵛ"}, {"w", "ʷ"}, {"x", "ˣ"}, {"y", "ʸ"}, {"z", "ᶻ"}, {"T", "ᵀ"},
        {"⊤", "ᵀ"}, {"*", "*"}, {"∗", "*"}, {"′", "′"}, {"/", "⁄"}, // fraction slash
    };
    static const Mapping subList[] = {
        {"0", "₀"}, {"1", "₁"}, {"2", "₂"}, {"3", "₃"}, {"4", "₄"}, {"5", "₅"}, {"6", "₆"},
        {"7", "₇"}, {"8", "₈"}, {"9", "₉"}, {"+", "₊"}, {"-", "₋"}, {"−", "₋"}, {"=", "₌"},
        {"(", "₍"}, {")", "₎"}, {"a", "ₐ"}, {"e", "ₑ"}, {"h", "ₕ"}, {"i", "ᵢ"}, {"j", "ⱼ"},
        {"k", "ₖ"}, {"l", "ₗ"}, {"m", "ₘ"}, {"n", "ₙ"}, {"o", "ₒ"}, {"p", "ₚ"}, {"r", "ᵣ"},
        {"s", "ₛ"}, {"t", "ₜ"}, {"u", "ᵤ"}, {"v", "ᵥ"}, {"x", "ₓ"}, {"/", "⁄"},
    };
    auto build = [](const Mapping *begin, const Mapping *end) {
        QHash<QChar, QChar> table;
        for (const Mapping *m = begin; m != end; ++m)
            table.insert(QString::fromUtf8(m->from).at(0), QString::fromUtf8(m->to).at(0));
        return table;
    };
    static const QHash<QChar, QChar> superTable = build(std::begin(superList), std::end(superList));
    static const QHash<QChar, QChar> subTable = build(std::begin(subList), std::end(subList));
    return super ? superTable : subTable;
}

// Reads the name after a backslash at s[i - 1]: a run of letters or one character.
QString readCommandName(const QString &s, int &i)
{
    const int start = i;
    if (i < s.size() && s.at(i).isLetter()) {
        while (i < s.size() && s.at(i).isLetter())
            ++i;
    } else if (i < s.size()) {
        ++i;
    }
    return s.mid(start, i - start);
}

// Reads one argument: a brace group's content, a command, or one character.
QString readArgument(const QString &s, int &i)
{
    while (i < s.size() && s.at(i).isSpace())
        ++i;
    if (i >= s.size())
        return {};
    const int start = i;
    if (s.at(i) == QLatin1Char('{')) {
        int depth = 0;
        for (; i < s.size(); ++i) {
            if (s.at(i) == QLatin1Char('\\')) {
                ++i;
            } else if (s.at(i) == QLatin1Char('{')) {
                ++depth;
            } else if (s.at(i) == QLatin1Char('}') && --depth == 0) {
                ++i;
                return s.mid(start + 1, i - start - 2);
            }
        }
        return s.mid(start + 1); // unbalanced: the rest is the argument
    }
    if (s.at(i) == QLatin1Char('\\')) {
        ++i;
        readCommandName(s, i);
    } else {
        i += s.at(i).isHighSurrogate() && i + 1 < s.size() ? 2 : 1;
    }
    return s.mid(start, i - start);
}

QString mathToReadable(const QString &s);

QString script(const QString &arg, bool super)
{
    const QHash<QChar, QChar> &table = scriptTable(super);
    QString out;
    for (const QChar c : arg) {
        const auto it = table.constFind(c);
        if (it == table.constEnd()) {
            const QChar mark = super ? QLatin1Char('^') : QLatin1Char('_');
            return arg.size() == 1 ? mark + arg : mark + QLatin1Char('(') + arg + QLatin1Char(')');
        }
        out += *it;
    }
    return out;
}

// "a+b" -> "(a+b)" where a slash or root would otherwise read ambiguously.
QString wrapped(const QString &s)
{
    for (const QChar c : s) {
        if (!c.isLetterOrNumber())
            return QLatin1Char('(') + s + QLatin1Char(')');
    }
    return s;
}

QString accent(const QString &arg, char16_t mark)
{
    if (arg.size() != 1)
        return arg;
    return (arg + QChar(mark)).normalized(QString::NormalizationForm_C);
}

QString mathCommand(const QString &name, const QString &s, int &i)
{
    static const QStringList fonts = {
        QStringLiteral("text"), QStringLiteral("textrm"), QStringLiteral("textit"),
        QStringLiteral("textbf"), QStringLiteral("mathrm"), QStringLiteral("mathbf"),
        QStringLiteral("mathit"), QStringLiteral("mathsf"), QStringLiteral("mathtt"),
        QStringLiteral("mathcal"), QStringLiteral("mathscr"), QStringLiteral("mathfrak"),
        QStringLiteral("operatorname"), QStringLiteral("boldsymbol"), QStringLiteral("bm"),
        QStringLiteral("emph"), QStringLiteral("mbox")};
    static const QHash<QString, char16_t> accents = {
        {QStringLiteral("tilde"), 0x0303}, {QStringLiteral("widetilde"), 0x0303},
        {QStringLiteral("hat"), 0x0302}, {QStringLiteral("widehat"), 0x0302},
        {QStringLiteral("bar"), 0x0304}, {QStringLiteral("overline"), 0x0305},
        {QStringLiteral("vec"), 0x20D7}, {QStringLiteral("dot"), 0x0307},
        {QStringLiteral("ddot"), 0x0308}};

    if (name.size() == 1 && !name.at(0).isLetter()) {
        if (QStringLiteral(",;:> ").contains(name) || name == QLatin1String("\\"))
            return QStringLiteral(" ");
        if (name == QLatin1String("|"))
            return QString::fromUtf8("‖");
        return name == QLatin1String("!") ? QString() : name; // \{ \} \$ \% \& \# \_
    }
    const auto symbol = symbols().constFind(name);
    if (symbol != symbols().constEnd()) {
        if ((name == QLatin1String("left") || name == QLatin1String("right"))
                && i < s.size() && s.at(i) == QLatin1Char('.'))
            ++i; // the invisible delimiter of "\left."
        return *symbol;
    }
    if (fonts.contains(name))
        return mathToReadable(readArgument(s, i));
    if (name == QLatin1String("mathbb")) {
        static const QHash<QChar, QString> doubleStruck = {
            {QLatin1Char('R'), QString::fromUtf8("ℝ")}, {QLatin1Char('N'), QString::fromUtf8("ℕ")},
            {QLatin1Char('Z'), QString::fromUtf8("ℤ")}, {QLatin1Char('Q'), QString::fromUtf8("ℚ")},
            {QLatin1Char('C'), QString::fromUtf8("ℂ")}, {QLatin1Char('P'), QString::fromUtf8("ℙ")},
            {QLatin1Char('E'), QString::fromUtf8("𝔼")}};
        const QString arg = mathToReadable(readArgument(s, i));
        return arg.size() == 1 ? doubleStruck.value(arg.at(0), arg) : arg;
    }
    const auto mark = accents.constFind(name);
    if (mark != accents.constEnd())
        return accent(mathToReadable(readArgument(s, i)), *mark);
    if (name == QLatin1String("frac") || name == QLatin1String("dfrac") || name == QLatin1String("tfrac")) {
        const QString numerator = mathToReadable(readArgument(s, i));
        const QString denominator = mathToReadable(readArgument(s, i));
        return wrapped(numerator) + QLatin1Char('/') + wrapped(denominator);
    }
    if (name == QLatin1String("sqrt")) {
        if (i < s.size() && s.at(i) == QLatin1Char('[')) { // \sqrt[n]{x}: n is dropped
            const int close = s.indexOf(QLatin1Char(']'), i);
            i = close < 0 ? s.size() : close + 1;
        }
        return QString::fromUtf8("√") + wrapped(mathToReadable(readArgument(s, i)));
    }
    return name; // unknown (\log, \max, \foo): readable without the backslash
}

QString mathToReadable(const QString &s)
{
    QString out;
    int i = 0;
    while (i < s.size()) {
        const QChar c = s.at(i++);
        if (c == QLatin1Char('\\')) {
            out += mathCommand(readCommandName(s, i), s, i);
        } else if (c == QLatin1Char('^') || c == QLatin1Char('_')) {
            out += script(mathToReadable(readArgument(s, i)), c == QLatin1Char('^'));
        } else if (c == QLatin1Char('~')) {
            out += QLatin1Char(' ');
        } else if (c != QLatin1Char('{') && c != QLatin1Char('}') && c != QLatin1Char('$')) {
            out += c;
        }
    }
    return out;
}

// Where the math that starts at s[from] ends (the index of its closing
// delimiter), or -1 when the dollar is not closed.
int mathEnd(const QString &s, int from, const QString &delimiter)
{
    for (int i = from; i < s.size(); ++i) {
        if (s.at(i) == QLatin1Char('\\'))
            ++i;
        else if (QStringView(s).mid(i).startsWith(delimiter))
            return i;
    }
    return -1;
}

} // namespace

QString MathText::toReadable(const QString &text)
{
    static const QStringList textFonts = {
        QStringLiteral("textit"), QStringLiteral("emph"), QStringLiteral("textbf"),
        QStringLiteral("texttt"), QStringLiteral("textsc"), QStringLiteral("textrm"),
        QStringLiteral("textsf"), QStringLiteral("textsl"), QStringLiteral("textup"),
        QStringLiteral("underline"), QStringLiteral("text"), QStringLiteral("mbox")};
    QString out;
    int i = 0;
    while (i < text.size()) {
        const QChar c = text.at(i);
        if (c == QLatin1Char('$')) {
            const QString delimiter = text.mid(i, 2) == QLatin1String("$$")
                    ? QStringLiteral("$$") : QStringLiteral("$");
            const int end = mathEnd(text, i + delimiter.size(), delimiter);
            if (end < 0) { // a lone dollar is just a dollar
                out += c;
                ++i;
                continue;
            }
            const int start = i + delimiter.size();
            out += mathToReadable(text.mid(start, end - start));
            i = end + delimiter.size();
        } else if (c == QLatin1Char('\\')) {
            ++i;
            const QString name = readCommandName(text, i);
            if (textFonts.contains(name)) {
                out += toReadable(readArgument(text, i));
            } else if (name == QLatin1String("\\")) {
                out += QLatin1Char(' ');
            } else {
                out += name; // \% \& \_ \# \$ \{ \} and unknown commands
                if (name.size() > 1 && text.mid(i, 2) == QLatin1String("{}"))
                    i += 2; // "\LaTeX{} is"
            }
        } else {
            out += c;
            ++i;
        }
    }
    return out;
}
