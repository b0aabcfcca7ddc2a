#include "paperrows.h"

#include "bibfieldstransaction.h"
#include "filtersql.h"
#include "sqlitestatement.h"

#include <QHash>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <algorithm>

namespace {

// "a, b, c" -> {"a", "b", "c"}, as QString::split(", ") does (an empty
// string gives no item), without its matcher: it runs for every row read.
QStringList splitList(const QString &joined)
{
    QStringList out;
    if (joined.isEmpty())
        return out;
    const QChar *text = joined.constData();
    const int n = int(joined.size());
    int begin = 0;
    for (int i = 0; i + 1 < n; ++i) {
        if (text[i] == QLatin1Char(',') && text[i + 1] == QLatin1Char(' ')) {
            out.append(QString(text + begin, i - begin));
            begin = i + 2;
            ++i;
        }
    }
    out.append(QString(text + begin, n - begin));
    return out;
}

} // namespace

QString PaperRows::columns()
{
    return QStringLiteral(
        "p.id, p.title, p.date, p.category, p.has_code, p.abstract, p.citation_key, p.arxiv_id, p.doi,"
        " p.url, p.authors_truncated, p.authors_text, p.affiliations_text, p.pdf_url, p.primary_class,"
        " p.entry_type, p.venue, p.bib_fields");
}

namespace {

// The columns of PaperRows::columns() as a paper, from any row that gives
// text and integers by column: Qt's (the filtered queries) or SQLite's own
// (byIds, a large export's rows without a QVariant per value).
template <typename Row>
PaperRecord paperOf(const Row &row)
{
    PaperRecord p;
    p.id = row.integer(0);
    p.title = row.text(1);
    p.date = QDate::fromString(row.text(2), Qt::ISODate); // yyyy-MM-dd; much faster than a format
    p.category = row.text(3);
    p.hasCode = row.integer(4) != 0;
    p.abstract = row.text(5);
    p.citationKey = row.text(6);
    p.arxivId = row.text(7);
    p.doi = row.text(8);
    p.url = row.text(9);
    p.authorsTruncated = row.integer(10) != 0;
    p.authors = splitList(row.text(11));
    p.affiliations = splitList(row.text(12));
    p.pdfUrl = row.text(13);
    p.primaryClass = row.text(14);
    p.entryType = row.text(15);
    p.venue = row.text(16);
    p.bibFields = BibFieldsTransaction::fieldsFromJson(row.text(17));
    return p;
}

struct QtRow
{
    const QSqlQuery &q;
    qint64 integer(int i) const { return q.value(i).toLongLong(); }
    QString text(int i) const { return q.value(i).toString(); }
};

struct SqliteRow
{
    const SqliteStatement &s;
    qint64 integer(int i) const { return s.int64Value(i); }
    QString text(int i) const { return s.textValue(i); }
};

} // namespace

PaperRecord PaperRows::rowToPaper(const QSqlQuery &q)
{
    return paperOf(QtRow{q});
}

// On SQLite through its C API: at a million papers, Qt's caching of every
// value as a QVariant was most of an export's reading time. A shared
// library's connection (PostgreSQL) reads through Qt.
QVector<PaperRecord> PaperRows::byIds(const QVector<qint64> &ids) const
{
    QHash<qint64, PaperRecord> found;
    found.reserve(ids.size());
    if (SqliteStatement::handle(m_db))
        readSqlite(ids, &found);
    else
        readQt(ids, &found);
    // Each row is moved out once; an id given twice gets a copy of it.
    QVector<PaperRecord> out;
    out.reserve(ids.size());
    for (qint64 id : ids) {
        const auto it = found.find(id);
        if (it != found.end()) {
            out.append(std::move(*it));
            found.erase(it);
            continue;
        }
        const auto given = std::find_if(out.cbegin(), out.cend(), [id](const PaperRecord &p) { return p.id == id; });
        if (given != out.cend()) {
            PaperRecord copy = *given;
            out.append(std::move(copy));
        }
    }
    return out;
}

void PaperRows::readQt(const QVector<qint64> &ids, QHash<qint64, PaperRecord> *found) const
{
    for (int start = 0; start < ids.size(); start += idBatch) {
        const int n = qMin(idBatch, int(ids.size()) - start);
        QSqlQuery q(m_db);
        q.setForwardOnly(true);
        q.prepare(QStringLiteral("SELECT %1 FROM papers p WHERE p.id IN (%2)")
                      .arg(columns(), FilterSql::placeholders(n)));
        for (int i = 0; i < n; ++i)
            q.bindValue(i, ids.at(start + i));
        if (!q.exec()) {
            m_error = q.lastError().text();
            continue;
        }
        while (q.next()) {
            PaperRecord p = rowToPaper(q);
            const qint64 id = p.id;
            found->insert(id, std::move(p));
        }
    }
}

void PaperRows::readSqlite(const QVector<qint64> &ids, QHash<qint64, PaperRecord> *found) const
{
    // Batches of equal size (500 ids: 4 of 125), so that one statement is
    // prepared for a window, not one for the full batches and one for the rest.
    const int batches = (int(ids.size()) + idBatch - 1) / idBatch;
    const int batch = batches > 0 ? (int(ids.size()) + batches - 1) / batches : idBatch;
    SqliteStatement whole, rest;
    for (int start = 0; start < ids.size(); start += batch) {
        const int n = qMin(batch, int(ids.size()) - start);
        SqliteStatement &q = n == batch ? whole : rest;
        if (!q.isPrepared() || (&q == &rest)) {
            const QString sql = QStringLiteral("SELECT %1 FROM papers p WHERE p.id IN (%2)")
                                    .arg(columns(), FilterSql::placeholders(n));
            if (!q.prepare(m_db, sql)) {
                m_error = q.error();
                return;
            }
        }
        for (int i = 0; i < n; ++i)
            q.bind(i, ids.at(start + i));
        while (q.step()) {
            PaperRecord p = paperOf(SqliteRow{q});
            const qint64 id = p.id;
            found->insert(id, std::move(p));
        }
        if (!q.ok())
            m_error = q.error();
        q.reset();
    }
}

void PaperRows::fillProfiles(QVector<PaperRecord> &papers) const
{
    QHash<qint64, int> indexOf;
    for (int i = 0; i < papers.size(); ++i)
        indexOf.insert(papers.at(i).id, i);
    constexpr int batch = 500;
    for (int start = 0; start < papers.size(); start += batch) {
        const int n = qMin(batch, int(papers.size()) - start);
        QSqlQuery q(m_db);
        q.setForwardOnly(true);
        q.prepare(QStringLiteral("SELECT pp.paper_id, pr.name FROM profile_papers pp"
                                 " JOIN profiles pr ON pr.id = pp.profile_id"
                                 " WHERE pp.paper_id IN (%1) ORDER BY pr.name")
                      .arg(FilterSql::placeholders(n)));
        for (int i = 0; i < n; ++i)
            q.bindValue(i, papers.at(start + i).id);
        if (!q.exec()) {
            m_error = q.lastError().text();
            continue;
        }
        while (q.next())
            papers[indexOf.value(q.value(0).toLongLong())].profiles.append(q.value(1).toString());
    }
}

QVector<ProfileRecord> PaperRows::profiles() const
{
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    QVector<ProfileRecord> out;
    if (!q.exec(QStringLiteral(
            "SELECT id, name, primary_category, h_index, paper_count, citations, novelty, ai_score,"
            " source_file, saved_at, imported_at FROM profiles ORDER BY name"))) {
        m_error = q.lastError().text();
        return out;
    }
    while (q.next()) {
        ProfileRecord p;
        p.id = q.value(0).toLongLong();
        p.name = q.value(1).toString();
        p.primaryCategory = q.value(2).toString();
        p.hIndex = q.value(3).toInt();
        p.paperCount = q.value(4).toInt();
        p.citations = q.value(5).toInt();
        p.novelty = q.value(6).isNull() ? -1 : q.value(6).toInt();
        p.aiScore = q.value(7).isNull() ? -1 : q.value(7).toInt();
        p.sourceFile = q.value(8).toString();
        p.savedAt = QDateTime::fromString(q.value(9).toString(), Qt::ISODate);
        p.importedAt = QDateTime::fromString(q.value(10).toString(), Qt::ISODate);
        out.append(p);
    }
    return out;
}
