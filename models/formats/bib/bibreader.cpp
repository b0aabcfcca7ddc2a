// BibReader: the steps after the grammar. Duplicate keys are bad entries
// (bibtex refuses them too: a citation would be ambiguous); crossref copies
// the parent's fields the child lacks into BibEntry::inherited, and a
// parent's title becomes the child's booktitle, as bibtex styles expect.
#include "bibreader.h"
#include "bibencoding.h"
#include "bibparser.h"

#include <QHash>
#include <QRegularExpression>

#include <algorithm>

BibDocument BibReader::read(const QByteArray &bytes)
{
    QString encoding;
    const QString text = BibEncoding::decode(bytes, &encoding);
    BibDocument doc = readText(text);
    doc.encoding = encoding;
    return doc;
}

BibDocument BibReader::take(QByteArray *bytes)
{
    QString encoding;
    const QString text = BibEncoding::decode(*bytes, &encoding);
    *bytes = QByteArray();
    BibDocument doc = readText(text);
    doc.encoding = encoding;
    return doc;
}

BibDocument BibReader::readText(const QString &text)
{
    BibDocument doc;
    doc.encoding = QStringLiteral("UTF-8");
    if (text.contains(QChar(0))) {
        doc.errors.append({0, QString(), tr("not a BibTeX file: binary data")});
        return doc;
    }
    BibParser(text).parse(&doc);
    resolve(&doc);
    return doc;
}

void BibReader::resolve(BibDocument *doc)
{
    QHash<QString, int> byKey; // lower-case key -> index in entries
    QVector<BibEntry> kept;
    kept.reserve(doc->entries.size());
    for (BibEntry &e : doc->entries) {
        const QString folded = e.key.toLower();
        const auto first = byKey.constFind(folded);
        if (first != byKey.constEnd()) {
            doc->errors.append({e.line, e.key, tr("the key '%1' is used twice (first on line %2)")
                                                  .arg(e.key).arg(kept.at(first.value()).line)});
            continue;
        }
        byKey.insert(folded, kept.size());
        kept.append(std::move(e));
    }
    std::sort(doc->errors.begin(), doc->errors.end(),
              [](const BibError &a, const BibError &b) { return a.line < b.line; });
    for (BibEntry &child : kept) {
        const BibField *ref = nullptr;
        for (const BibField &f : child.fields)
            if (f.name == QLatin1String("crossref"))
                ref = &f;
        if (!ref)
            continue;
        const auto parent = byKey.constFind(ref->value.trimmed().toLower());
        if (parent == byKey.constEnd() || &kept[parent.value()] == &child)
            continue;
        const BibEntry &p = kept.at(parent.value());
        for (const BibField &f : p.fields) {
            if (f.name == QLatin1String("crossref") || f.name == QLatin1String("ids") || child.field(f.name))
                continue;
            child.inherited.append(f);
        }
        const BibField *title = p.field(QStringLiteral("title"));
        if (title && !child.field(QStringLiteral("booktitle"))) {
            BibField booktitle = *title;
            booktitle.name = QStringLiteral("booktitle");
            child.inherited.append(booktitle);
        }
    }
    doc->entries = kept;
}

bool BibReader::looksLikeBibtex(const QByteArray &bytes)
{
    static const QRegularExpression entry(QStringLiteral("(^|\\n)[ \\t]*@[A-Za-z]+[ \\t]*[{(]"));
    const QString head = BibEncoding::decode(bytes.left(64 * 1024));
    return entry.match(head).hasMatch();
}

QString BibReader::message(const BibError &error, const QString &fileName)
{
    QString where = error.line > 0 ? QStringLiteral("%1:%2: ").arg(fileName).arg(error.line)
                                   : QStringLiteral("%1: ").arg(fileName);
    if (error.key.isEmpty())
        return where + error.message;
    return where + tr("%1 (entry %2)").arg(error.message, error.key);
}
