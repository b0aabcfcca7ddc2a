#include "bibfieldstransaction.h"

#include "latexdecoder.h"
#include "marksbibtex.h"
#include "tagsintransaction.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlError>

#include <algorithm>

BibFieldsTransaction::BibFieldsTransaction(QSqlDatabase db) : m_db(db), m_keyOwner(db), m_update(db), m_preamble(db)
{
}

void BibFieldsTransaction::prepare()
{
    m_keyOwner.prepare(QStringLiteral("SELECT title FROM papers WHERE citation_key = ? AND id <> ?"));
    m_update.prepare(QStringLiteral(
        "UPDATE papers SET entry_type = ?, citation_key = ?, venue = ?, bib_fields = ?,"
        " doi = COALESCE(doi, ?), arxiv_id = COALESCE(arxiv_id, ?), url = COALESCE(url, ?),"
        " primary_class = COALESCE(primary_class, ?) WHERE id = ?"));
    m_preamble.prepare(QStringLiteral("INSERT OR IGNORE INTO bib_preambles (value) VALUES (?)"));
}

bool BibFieldsTransaction::exec(QSqlQuery &q, const QVariantList &values)
{
    for (int i = 0; i < values.size(); ++i) {
        const QVariant &v = values.at(i); // a null QString would bind as NULL; text columns want ''
        q.bindValue(i, v.userType() == QMetaType::QString && v.toString().isNull() ? QVariant(QStringLiteral("")) : v);
    }
    if (q.exec())
        return true;
    m_error = q.lastError().text();
    return false;
}

bool BibFieldsTransaction::isBib(const ProfileRecord &source)
{
    bool any = !source.bibPreambles.isEmpty();
    for (int i = 0; i < source.papers.size() && !any; ++i)
        any = !source.papers.at(i).entryType.isEmpty();
    return any;
}

int BibFieldsTransaction::progressTotal(const ProfileRecord &source)
{
    return int(source.papers.size()) * (isBib(source) ? 2 : 1);
}

bool BibFieldsTransaction::run(const ProfileRecord &source, const ImportProgress &progress,
                               const QVector<Stored> &stored)
{
    if (!isBib(source))
        return true; // a profile file: nothing to do
    const int papers = int(source.papers.size());
    const ImportProgress ask = !progress ? ImportProgress() : [&](int done, int) {
        return progress(papers + done, 2 * papers);
    };
    return runChunk(source.papers, 0, stored, ask) && finish(source);
}

bool BibFieldsTransaction::runChunk(const QVector<PaperRecord> &papers, int base, const QVector<Stored> &stored,
                                    const ImportProgress &progress)
{
    if (!m_prepared) {
        prepare();
        m_prepared = true;
    }
    const auto orNull = [](const QString &s) { return s.isEmpty() ? QVariant() : QVariant(s); };
    for (int k = 0; k < papers.size(); ++k) {
        const PaperRecord &p = papers.at(k);
        const int i = base + k;
        if (progress && (i + 1) % progressEvery == 0 && !progress(i + 1, 0)) {
            m_error = QCoreApplication::translate("PaperStore", "cancelled");
            return false;
        }
        if (p.entryType.isEmpty())
            continue;
        const Stored row = stored.value(i);
        if (row.id <= 0) {
            m_error = QStringLiteral("the paper '%1' was not stored").arg(p.title);
            return false;
        }
        const qint64 id = row.id;
        if (row.whole) { // inserted with all of it
            const QStringList tags = keywordTags(p.bibFields);
            if (!tags.isEmpty())
                m_tagsById.append({id, tags});
            continue;
        }
        // The user's key is kept exactly; one that another paper has refuses the file.
        if (!exec(m_keyOwner, {p.citationKey, id}))
            return false;
        if (m_keyOwner.next()) {
            m_error = QCoreApplication::translate("BibFieldsTransaction",
                                                  "line %1: the key '%2' is already used by the paper '%3'")
                          .arg(p.line).arg(p.citationKey, m_keyOwner.value(0).toString());
            return false;
        }
        m_keyOwner.finish();
        if (!exec(m_update, {p.entryType, p.citationKey, p.venue, fieldsJson(p.bibFields), orNull(p.doi),
                             orNull(p.arxivId), orNull(p.url), orNull(p.primaryClass), id}))
            return false;
        // `keywords` become tags (added, never removed: a re-import keeps the user's own).
        const QStringList tags = keywordTags(p.bibFields);
        if (!tags.isEmpty())
            m_tagsById.append({id, tags});
    }
    return true;
}

bool BibFieldsTransaction::finish(const ProfileRecord &source)
{
    if (!m_prepared) {
        prepare();
        m_prepared = true;
    }
    const QVector<QPair<qint64, QStringList>> tagsById = std::move(m_tagsById);
    m_tagsById.clear();
    if (!tagsById.isEmpty() && !TagsInTransaction::addToPapers(m_db, tagsById, &m_error))
        return false;
    for (const QString &value : source.bibPreambles)
        if (!exec(m_preamble, {value}))
            return false;
    return true;
}

QStringList BibFieldsTransaction::keywordTags(const QVector<QPair<QString, QString>> &fields)
{
    QStringList tags;
    for (const auto &f : fields) {
        if (f.first.compare(QLatin1String("keywords"), Qt::CaseInsensitive) != 0)
            continue;
        for (const QString &word : MarksBibtex::splitKeywords(f.second))
            tags << LatexDecoder::toUnicode(word).simplified(); // as a tag typed in the window
    }
    tags.removeAll(QString());
    return tags;
}

// Written directly (QJsonDocument took a tenth of a large .bib's import):
// a JSON string escapes the quote, the backslash and control characters.
static void appendJsonString(QString *out, const QString &s)
{
    out->append(QLatin1Char('"'));
    const bool plain = std::none_of(s.cbegin(), s.cend(), [](QChar c) {
        return c.unicode() < 0x20 || c == QLatin1Char('"') || c == QLatin1Char('\\');
    });
    if (plain) {
        out->append(s);
        out->append(QLatin1Char('"'));
        return;
    }
    for (const QChar c : s) {
        const char16_t u = c.unicode();
        if (u == u'"' || u == u'\\') {
            out->append(QLatin1Char('\\'));
            out->append(c);
        } else if (u < 0x20) {
            out->append(QStringLiteral("\\u%1").arg(int(u), 4, 16, QLatin1Char('0')));
        } else {
            out->append(c);
        }
    }
    out->append(QLatin1Char('"'));
}

QString BibFieldsTransaction::fieldsJson(const QVector<QPair<QString, QString>> &fields)
{
    QString json;
    json.reserve(16 + fields.size() * 48);
    json.append(QLatin1Char('['));
    for (int i = 0; i < fields.size(); ++i) {
        json.append(i ? QLatin1String(",[") : QLatin1String("["));
        appendJsonString(&json, fields.at(i).first);
        json.append(QLatin1Char(','));
        appendJsonString(&json, fields.at(i).second);
        json.append(QLatin1Char(']'));
    }
    json.append(QLatin1Char(']'));
    return json;
}

QVector<QPair<QString, QString>> BibFieldsTransaction::fieldsFromJson(const QString &json)
{
    QVector<QPair<QString, QString>> out;
    if (json.isEmpty())
        return out;
    const QJsonArray array = QJsonDocument::fromJson(json.toUtf8()).array();
    for (const QJsonValue &pair : array) {
        const QJsonArray p = pair.toArray();
        out.append({p.at(0).toString(), p.at(1).toString()});
    }
    return out;
}
