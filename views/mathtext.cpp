#include "mathtext.h"

#include <QHash>
#include <QStringList>

namespace {

QStringList words(const char *list)
{
    return QString::fromLatin1(list).split(QLatin1Char(' '));
}

// Math commands that stand for one symbol, as "name=symbol" pairs.
const char symbolList[] =
        "alpha=α beta=β gamma=γ delta=δ epsilon=ε varepsilon=ε zeta=ζ eta=η theta=θ vartheta=ϑ "
        "iota=ι kappa=κ lambda=λ mu=μ nu=ν xi=ξ omicron=ο pi=π varpi=ϖ rho=ρ varrho=ϱ sigma=σ "
        "varsigma=ς tau=τ upsilon=υ phi=ϕ varphi=φ chi=χ psi=ψ omega=ω Gamma=Γ Delta=Δ Theta=Θ "
        "Lambda=Λ Xi=Ξ Pi=Π Sigma=Σ Upsilon=Υ Phi=Φ Psi=Ψ Omega=Ω "
        "neq=≠ ne=≠ leq=≤ le=≤ geq=≥ ge=≥ ll=≪ gg=≫ times=× cdot=· cdots=⋯ ldots=… dots=… "
        "pm=± mp=∓ div=÷ infty=∞ approx=≈ sim=∼ simeq=≃ equiv=≡ propto=∝ to=→ rightarrow=→ "
        "leftarrow=← gets=← Rightarrow=⇒ Leftarrow=⇐ leftrightarrow=↔ Leftrightarrow=⇔ mapsto=↦ "
        "uparrow=↑ downarrow=↓ in=∈ notin=∉ ni=∋ subset=⊂ subseteq=⊆ supset=⊃ supseteq=⊇ cup=∪ "
        "cap=∩ emptyset=∅ varnothing=∅ forall=∀ exists=∃ neg=¬ lnot=¬ land=∧ wedge=∧ lor=∨ "
        "vee=∨ oplus=⊕ otimes=⊗ sum=∑ prod=∏ int=∫ partial=∂ nabla=∇ ell=ℓ circ=∘ star=⋆ ast=∗ "
        "prime=′ top=⊤ perp=⊥ langle=⟨ rangle=⟩ lceil=⌈ rceil=⌉ lfloor=⌊ rfloor=⌋ mid=| vert=| "
        "Vert=‖ degree=° checkmark=✓ hbar=ℏ Re=ℜ Im=ℑ aleph=ℵ";
// Commands that only size or space things out.
const char droppedList[] = "left right big Big bigg Bigg bigl bigr Bigl Bigr displaystyle textstyle "
                           "limits nolimits";

const QHash<QString, QString> &symbols()
{
    static const QHash<QString, QString> table = [] {
        QHash<QString, QString> t;
        const QStringList pairs = QString::fromUtf8(symbolList).split(QLatin1Char(' '));
        for (const QString &pair : pairs)
            t.insert(pair.section(QLatin1Char('='), 0, 0), pair.section(QLatin1Char('='), 1));
        const QStringList dropped = words(droppedList);
        for (const QString &name : dropped)
            t.insert(name, QString());
        t.insert(QStringLiteral("quad"), QStringLiteral(" "));
        t.insert(QStringLiteral("qquad"), QStringLiteral("  "));
        return t;
    }();
    return table;
}

// Characters with a Unicode superscript or subscript form, position by
// position; "/" becomes the fraction slash so that n^{1/2} reads n¹⁄².
const QHash<QChar, QChar> &scriptTable(bool super)
{
    const auto build = [](const char *from, const char *to) {
        const QString f = QString::fromUtf8(from), t = QString::fromUtf8(to);
        Q_ASSERT(f.size() == t.size());
        QHash<QChar, QChar> table;
        for (int i = 0; i < f.size(); ++i)
            table.insert(f.at(i), t.at(i));
        return table;
    };
    static const QHash<QChar, QChar> superTable =
            build("0123456789+-−=()/abcdefghijklmnoprstuvwxyzT⊤*∗′",
                  "⁰¹²³⁴⁵⁶⁷⁸⁹⁺⁻⁻⁼⁽⁾⁄ᵃᵇᶜᵈᵉᶠᵍʰⁱʲᵏˡᵐⁿᵒᵖʳˢᵗᵘᵛʷˣʸᶻᵀᵀ**′");
    static const QHash<QChar, QChar> subTable =
            build("0123456789+-−=()/aehijklmnoprstuvx", "₀₁₂₃₄₅₆₇₈₉₊₋₋₌₍₎⁄ₐₑₕᵢⱼₖₗₘₙₒₚᵣₛₜᵤᵥₓ");
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

QString mathCommand(const QString &name, const QString &s, int &i)
{
    static const QStringList fonts = words("text textrm textit textbf mathrm mathbf mathit mathsf "
                                           "mathtt mathcal mathscr mathfrak operatorname boldsymbol "
                                           "bm emph mbox");
    static const QStringList accents = words("tilde widetilde hat widehat bar overline vec dot ddot");
    static const QString accentMarks = QStringLiteral("\u0303\u0303\u0302\u0302\u0304\u0305\u20D7\u0307\u0308");

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
        const QString arg = mathToReadable(readArgument(s, i));
        const int letter = arg.size() == 1 ? QStringLiteral("RNZQCPH").indexOf(arg) : -1;
        return letter < 0 ? arg : QString(QString::fromUtf8("ℝℕℤℚℂℙℍ").at(letter));
    }
    const int mark = accents.indexOf(name);
    if (mark >= 0) { // a combining mark, composed where Unicode has the letter: Õ
        const QString arg = mathToReadable(readArgument(s, i));
        return arg.size() == 1 ? (arg + accentMarks.at(mark)).normalized(QString::NormalizationForm_C)
                               : arg;
    }
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
            while (i < s.size() && s.at(i).isSpace())
                ++i;
            QString arg; // a command with its own arguments, as in x_\text{max}
            if (i < s.size() && s.at(i) == QLatin1Char('\\')) {
                ++i;
                arg = mathCommand(readCommandName(s, i), s, i);
            } else {
                arg = mathToReadable(readArgument(s, i));
            }
            out += script(arg, c == QLatin1Char('^'));
        } else if (c == QLatin1Char('~')) {
            out += QLatin1Char(' ');
        } else if (c != QLatin1Char('{') && c != QLatin1Char('}') && c != QLatin1Char('$')) {
            out += c;
        }
    }
    return out;
}

// Where the math that starts at s[from] ends (the index of its closing
// delimiter), or -1 when the dollar is not math. Like pandoc, "$x$" needs no
// space inside its dollars and no digit right after, so "$10M and $20M" is
// money, not math.
int mathEnd(const QString &s, int from, const QString &delimiter)
{
    const bool inline_ = delimiter.size() == 1;
    if (from >= s.size() || (inline_ && s.at(from).isSpace()))
        return -1;
    for (int i = from; i < s.size(); ++i) {
        if (s.at(i) == QLatin1Char('\\')) {
            ++i;
        } else if (i > from && QStringView(s).mid(i).startsWith(delimiter)) {
            const int after = i + delimiter.size();
            if (!inline_ || (!s.at(i - 1).isSpace() && (after >= s.size() || !s.at(after).isDigit())))
                return i;
        }
    }
    return -1;
}

} // namespace

QString MathText::toReadable(const QString &text)
{
    static const QStringList textFonts = words("textit emph textbf texttt textsc textrm textsf textsl "
                                               "textup underline text mbox");
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
