#include "storeremoval.h"

#include "bibfieldstransaction.h"
#include "paperrows.h"
#include "textfold.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

bool StoreRemoval::exec(const QString &sql, const QVariantList &values, QSqlQuery *result)
{
    QSqlQuery local(m_db);
    QSqlQuery &q = result ? *result : local;
    q.prepare(sql);
    for (int i = 0; i < values.size(); ++i) {
        const QVariant &v = values.at(i);
        const bool nullText = v.userType() == QMetaType::QString && v.toString().isNull();
        q.bindValue(i, nullText ? QVariant(QStringLiteral("")) : v);
    }
    if (q.exec())
        return true;
    m_error = q.lastError().text();
    return false;
}

bool StoreRemoval::removePapers(const QVector<qint64> &ids, RemovedPapers *removed)
{
    const PaperRows rows(m_db);
    removed->papers = rows.byIds(ids);
    rows.fillProfiles(removed->papers);
    for (const PaperRecord &p : removed->papers) {
        QSqlQuery links(m_db);
        if (!exec(QStringLiteral("SELECT profile_id FROM profile_papers WHERE paper_id = ?"), {p.id}, &links))
            return false;
        while (links.next())
            removed->links.append({links.value(0).toLongLong(), p.id});
        // Cascades to paper_authors, paper_affiliations, profile_papers; the
        // FTS trigger removes the text.
        if (!exec(QStringLiteral("DELETE FROM papers WHERE id = ?"), {p.id}))
            return false;
    }
    return true;
}

bool StoreRemoval::removeProfile(const QString &name, RemovedPapers *removed)
{
    QSqlQuery q(m_db);
    if (!exec(QStringLiteral("SELECT id FROM profiles WHERE name = ?"), {name}, &q))
        return false;
    if (!q.next()) {
        m_error = QCoreApplication::translate("StoreRemoval", "no profile named '%1'").arg(name);
        return false;
    }
    const qint64 profileId = q.value(0).toLongLong();
    q.finish();
    for (const ProfileRecord &p : PaperRows(m_db).profiles()) {
        if (p.id == profileId)
            removed->profiles.append(p);
    }
    // Papers only this profile lists go with it; the others just lose a link.
    QSqlQuery papers(m_db);
    if (!exec(QStringLiteral("SELECT pp.paper_id, (SELECT COUNT(*) FROM profile_papers o WHERE o.paper_id = pp.paper_id)"
                             " FROM profile_papers pp WHERE pp.profile_id = ?"), {profileId}, &papers))
        return false;
    QVector<qint64> onlyHere;
    while (papers.next()) {
        const qint64 paperId = papers.value(0).toLongLong();
        if (papers.value(1).toInt() == 1)
            onlyHere.append(paperId);
        else
            removed->links.append({profileId, paperId});
    }
    papers.finish();
    if (!removePapers(onlyHere, removed))
        return false;
    return exec(QStringLiteral("DELETE FROM profiles WHERE id = ?"), {profileId});
}

bool StoreRemoval::restorePaper(const PaperRecord &p)
{
    QStringList affiliations = p.affiliations;
    if (!exec(QStringLiteral(
                  "INSERT INTO papers (id, title, norm_title, date, year, category, has_code, abstract,"
                  " citation_key, arxiv_id, doi, url, authors_truncated, first_author, authors_text,"
                  " affiliations_text, pdf_url, primary_class, entry_type, venue, bib_fields)"
                  " VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)"),
              {p.id, p.title, TextFold::normalisedTitle(p.title),
               p.date.isValid() ? QVariant(p.date.toString(QStringLiteral("yyyy-MM-dd"))) : QVariant(),
               p.date.isValid() ? QVariant(p.date.year()) : QVariant(), p.category, p.hasCode ? 1 : 0,
               p.abstract, p.citationKey, p.arxivId.isEmpty() ? QVariant() : QVariant(p.arxivId),
               p.doi.isEmpty() ? QVariant() : QVariant(p.doi), p.url.isEmpty() ? QVariant() : QVariant(p.url),
               p.authorsTruncated ? 1 : 0, p.authors.value(0), p.authors.join(QStringLiteral(", ")),
               affiliations.join(QStringLiteral(", ")),
               p.pdfUrl.isEmpty() ? QVariant() : QVariant(p.pdfUrl),
               p.primaryClass.isEmpty() ? QVariant() : QVariant(p.primaryClass),
               // What a .bib entry brought (none for a paper known only from profiles).
               p.entryType, p.venue,
               p.entryType.isEmpty() && p.bibFields.isEmpty() ? QVariant()
                                                              : QVariant(BibFieldsTransaction::fieldsJson(p.bibFields))}))
        return false;
    for (int i = 0; i < p.authors.size(); ++i) {
        if (!exec(QStringLiteral("INSERT OR IGNORE INTO authors (name) VALUES (?)"), {p.authors.at(i)})
            || !exec(QStringLiteral("INSERT INTO paper_authors (paper_id, position, author_id)"
                                    " SELECT ?, ?, id FROM authors WHERE name = ?"), {p.id, i, p.authors.at(i)}))
            return false;
    }
    for (const QString &slug : affiliations) {
        if (!exec(QStringLiteral("INSERT OR IGNORE INTO affiliations (slug) VALUES (?)"), {slug})
            || !exec(QStringLiteral("INSERT INTO paper_affiliations (paper_id, affiliation_id)"
                                    " SELECT ?, id FROM affiliations WHERE slug = ?"), {p.id, slug}))
            return false;
    }
    return true;
}

bool StoreRemoval::restore(const RemovedPapers &removed)
{
    for (const ProfileRecord &p : removed.profiles) {
        const auto orNull = [](int v) { return v < 0 ? QVariant() : QVariant(v); };
        if (!exec(QStringLiteral(
                      "INSERT INTO profiles (id, name, primary_category, h_index, paper_count, citations,"
                      " novelty, ai_score, source_file, saved_at, imported_at) VALUES (?,?,?,?,?,?,?,?,?,?,?)"),
                  {p.id, p.name, p.primaryCategory, p.hIndex, p.paperCount, p.citations, orNull(p.novelty),
                   orNull(p.aiScore), p.sourceFile,
                   p.savedAt.isValid() ? QVariant(p.savedAt.toUTC().toString(Qt::ISODate)) : QVariant(),
                   p.importedAt.toUTC().toString(Qt::ISODate)}))
            return false;
    }
    for (const PaperRecord &paper : removed.papers) {
        if (!restorePaper(paper))
            return false;
    }
    for (const auto &link : removed.links) {
        if (!exec(QStringLiteral("INSERT OR IGNORE INTO profile_papers (profile_id, paper_id) VALUES (?,?)"),
                  {link.first, link.second}))
            return false;
    }
    return true;
}
