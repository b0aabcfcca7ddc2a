#include "paperrows.h"

#include "bibfieldstransaction.h"
#include "filtersql.h"

#include <QHash>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace {

QStringList splitList(const QString &joined)
{
    return joined.isEmpty() ? QStringList() : joined.split(QStringLiteral(", "));
}

} // namespace

QString PaperRows::columns()
{
    return QStringLiteral(
        "p.id, p.title, p.date, p.category, p.has_code, p.abstract, p.citation_key, p.arxiv_id, p.doi,"
        " p.url, p.authors_truncated, p.authors_text, p.affiliations_text, p.pdf_url, p.primary_class,"
        " p.entry_type, p.venue, p.bib_fields");
}

PaperRecord PaperRows::rowToPaper(const QSqlQuery &q)
{
    PaperRecord p;
    p.id = q.value(0).toLongLong();
    p.title = q.value(1).toString();
    p.date = QDate::fromString(q.value(2).toString(), Qt::ISODate); // yyyy-MM-dd; much faster than a format
    p.category = q.value(3).toString();
    p.hasCode = q.value(4).toBool();
    p.abstract = q.value(5).toString();
    p.citationKey = q.value(6).toString();
    p.arxivId = q.value(7).toString();
    p.doi = q.value(8).toString();
    p.url = q.value(9).toString();
    p.authorsTruncated = q.value(10).toBool();
    p.authors = splitList(q.value(11).toString());
    p.affiliations = splitList(q.value(12).toString());
    p.pdfUrl = q.value(13).toString();
    p.primaryClass = q.value(14).toString();
    p.entryType = q.value(15).toString();
    p.venue = q.value(16).toString();
    p.bibFields = BibFieldsTransaction::fieldsFromJson(q.value(17).toString());
    return p;
}

QVector<PaperRecord> PaperRows::byIds(const QVector<qint64> &ids) const
{
    QHash<qint64, PaperRecord> found;
    constexpr int batch = 128; // SQLite numbers placeholders in quadratic time: keep lists short
    for (int start = 0; start < ids.size(); start += batch) {
        const int n = qMin(batch, int(ids.size()) - start);
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
            found.insert(p.id, p);
        }
    }
    QVector<PaperRecord> out;
    out.reserve(ids.size());
    for (qint64 id : ids) {
        if (found.contains(id))
            out.append(found.value(id));
    }
    return out;
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
