#include "textidlookup.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>
#include <QVariant>
#include <QtAlgorithms>

#include <algorithm>
#include <limits>

namespace {

const QString vocabulary = QStringLiteral("temp.paperscope_fts_terms");

// Ids beyond this would make the bitmap large (32 MB); the in-memory index
// refuses stores that sparse long before.
constexpr quint64 maxId = quint64(1) << 28;

bool cancelled(const std::atomic<bool> *cancel)
{
    return cancel && cancel->load();
}

// The words of FilterSql::ftsQuery(): "w1"* "w2"* ... (w without quotes or spaces).
bool splitWords(const QString &ftsQuery, QStringList *words)
{
    const QStringList parts = ftsQuery.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    for (const QString &part : parts) {
        if (part.size() < 4 || !part.startsWith(QLatin1Char('"')) || !part.endsWith(QLatin1String("\"*")))
            return false;
        const QString word = part.mid(1, part.size() - 3);
        if (word.contains(QLatin1Char('"')))
            return false;
        *words << word;
    }
    return !words->isEmpty();
}

// Letters and digits of ASCII only: the unicode61 tokenizer makes one term of
// such a word, its lower-case self.
bool isPlainAscii(const QString &word)
{
    for (const QChar c : word) {
        const ushort u = c.unicode();
        if (!((u >= 'a' && u <= 'z') || (u >= 'A' && u <= 'Z') || (u >= '0' && u <= '9')))
            return false;
    }
    return !word.isEmpty();
}

QString quoted(const QString &term)
{
    QString escaped = term;
    escaped.replace(QLatin1Char('"'), QLatin1String("\"\""));
    return QLatin1Char('"') + escaped + QLatin1Char('"');
}

void andInto(QVector<quint64> *result, const QVector<quint64> &bits)
{
    if (result->size() > bits.size())
        result->resize(bits.size());
    for (int i = 0; i < result->size(); ++i)
        (*result)[i] &= bits.at(i);
}

bool anySet(const QVector<quint64> &bits)
{
    return std::any_of(bits.cbegin(), bits.cend(), [](quint64 w) { return w != 0; });
}

} // namespace

bool TextIdLookup::prepare()
{
    QSqlQuery q(m_db);
    if (q.exec(QStringLiteral("SELECT 1 FROM temp.sqlite_master WHERE name = 'paperscope_fts_terms'")) && q.next())
        return true;
    return q.exec(QStringLiteral("CREATE VIRTUAL TABLE IF NOT EXISTS %1 USING fts5vocab(main, 'papers_fts', 'row')")
                      .arg(vocabulary));
}

bool TextIdLookup::find(const QString &ftsQuery, Bits *matches, const std::atomic<bool> *cancel, QString *error)
{
    matches->clear();
    QStringList words;
    if (!splitWords(ftsQuery, &words)) {
        *error = QStringLiteral("not a search query: %1").arg(ftsQuery);
        return false;
    }
    const bool vocabularyReady = prepare();
    // One snapshot for the terms and their rows (or the caller's transaction).
    const bool own = m_db.transaction();
    struct Finish
    {
        QSqlDatabase &db;
        bool own;
        ~Finish()
        {
            if (own)
                db.commit();
        }
    } finish{m_db, own};

    Bits result;
    for (int w = 0; w < words.size(); ++w) {
        const QString &word = words.at(w);
        Bits bits;
        if (vocabularyReady && isPlainAscii(word)) {
            QVector<Term> all;
            if (!terms(word.toLower(), &all, cancel, error))
                return false;
            for (int i = 0; i < all.size(); i += maxTermsPerQuery) {
                QStringList group;
                qint64 papers = 0;
                for (const Term &term : all.mid(i, maxTermsPerQuery)) {
                    group << quoted(term.text);
                    papers += term.papers;
                }
                const QString match = group.join(QLatin1String(" OR "));
                const bool ok = papers <= qint64(atOnceChunks) * m_chunkRows ? readAtOnce(match, &bits, error)
                                                                             : readChunked(match, &bits, cancel, error);
                if (!ok)
                    return false;
            }
        } else if (!readAtOnce(quoted(word) + QLatin1Char('*'), &bits, error)) {
            return false;
        }
        if (w == 0)
            result = std::move(bits);
        else
            andInto(&result, bits);
        if (!anySet(result))
            return true; // no paper has every word
        if (cancelled(cancel))
            return false;
    }
    *matches = std::move(result);
    return true;
}

QVector<quint32> TextIdLookup::ids(const Bits &matches)
{
    int count = 0;
    for (quint64 word : matches)
        count += qPopulationCount(word);
    QVector<quint32> ids;
    ids.reserve(count);
    for (int i = 0; i < matches.size(); ++i) {
        for (quint64 word = matches.at(i); word != 0; word &= word - 1)
            ids.append(quint32(i) * 64 + quint32(qCountTrailingZeroBits(word)));
    }
    return ids;
}

// The terms that start with prefix (folded as the index folds it), with the
// number of papers each is in.
bool TextIdLookup::terms(const QString &prefix, QVector<Term> *terms, const std::atomic<bool> *cancel, QString *error)
{
    QString upper = prefix;
    upper[upper.size() - 1] = QChar(ushort(upper.at(upper.size() - 1).unicode() + 1));
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT term, doc FROM %1 WHERE term >= ? AND term < ?").arg(vocabulary));
    q.addBindValue(prefix);
    q.addBindValue(upper);
    if (!q.exec()) {
        *error = q.lastError().text();
        return false;
    }
    while (q.next()) { // each row walks one term's doclist: check in between
        terms->append({q.value(0).toString(), q.value(1).toLongLong()});
        if (cancelled(cancel))
            return false;
    }
    return !cancelled(cancel);
}

// FTS5 streams an OR of plain terms; LIMIT keeps each group_concat small.
bool TextIdLookup::readChunked(const QString &match, Bits *bits, const std::atomic<bool> *cancel, QString *error)
{
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT CAST(group_concat(rowid) AS BLOB), MAX(rowid), COUNT(*) FROM"
                             " (SELECT rowid FROM papers_fts WHERE papers_fts MATCH ? AND rowid > ?"
                             " ORDER BY rowid LIMIT ?)"));
    qint64 after = std::numeric_limits<qint64>::min();
    for (;;) {
        if (cancelled(cancel))
            return false;
        q.bindValue(0, match);
        q.bindValue(1, after);
        q.bindValue(2, m_chunkRows);
        if (!q.exec() || !q.next()) {
            *error = q.lastError().text();
            return false;
        }
        const int rows = q.value(2).toInt();
        if (rows > 0 && !addIds(q.value(0).toByteArray(), bits)) {
            *error = QStringLiteral("paper ids out of range for a search");
            return false;
        }
        after = q.value(1).toLongLong();
        q.finish();
        if (rows < m_chunkRows)
            return true;
    }
}

// One statement: for few papers, or a prefix, whose merge would be
// repeated for every chunk.
bool TextIdLookup::readAtOnce(const QString &match, Bits *bits, QString *error)
{
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT CAST(group_concat(rowid) AS BLOB) FROM papers_fts WHERE papers_fts MATCH ?"));
    q.addBindValue(match);
    if (!q.exec() || !q.next()) {
        *error = q.lastError().text();
        return false;
    }
    if (!addIds(q.value(0).toByteArray(), bits)) {
        *error = QStringLiteral("paper ids out of range for a search");
        return false;
    }
    return true;
}

// "12,7,9" (group_concat cast to a BLOB: SQLite's bytes without a UTF-16 copy).
bool TextIdLookup::addIds(const QByteArray &list, Bits *bits)
{
    quint64 value = 0;
    bool digits = false;
    const auto add = [&] {
        if (value >= maxId)
            return false;
        const int word = int(value / 64);
        if (word >= bits->size())
            bits->resize(qMax(word + 1, int(bits->size()) * 2));
        (*bits)[word] |= quint64(1) << (value % 64);
        return true;
    };
    for (const char c : list) {
        if (c >= '0' && c <= '9') {
            value = value * 10 + quint64(c - '0');
            digits = true;
            if (value >= maxId)
                return false;
        } else if (c == ',' && digits) {
            if (!add())
                return false;
            value = 0;
            digits = false;
        } else {
            return false;
        }
    }
    return !digits || add();
}
