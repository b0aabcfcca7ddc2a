#include "floorrows.h"

#include "citationkey.h"
#include "textfold.h"

qint64 FloorRows::authorId(const QString &name, FloorBatch &batch)
{
    auto it = m_authors.constFind(name);
    if (it != m_authors.constEnd())
        return *it;
    const qint64 id = m_authors.size() + 1;
    m_authors.insert(name, id);
    batch.authors.append({id, name.toUtf8()});
    return id;
}

qint64 FloorRows::affiliationId(const QString &slug, FloorBatch &batch)
{
    auto it = m_affiliationIds.constFind(slug);
    if (it != m_affiliationIds.constEnd())
        return *it;
    const qint64 id = m_affiliationIds.size() + 1;
    m_affiliationIds.insert(slug, id);
    batch.affiliations.append({id, slug.toUtf8()});
    return id;
}

QString FloorRows::uniqueKey(const PaperRecord &paper)
{
    const QString base = CitationKey::base(paper);
    for (int n = 0;; ++n) {
        const QString key = CitationKey::withSuffix(base, n);
        if (!m_keys.contains(key)) {
            m_keys.insert(key);
            return key;
        }
    }
}

FloorBatch FloorRows::rowsFor(const ProfileRecord &p)
{
    FloorBatch batch;
    qint64 profileId = m_profiles.value(p.name);
    if (profileId == 0) {
        profileId = m_profiles.size() + 1;
        m_profiles.insert(p.name, profileId);
        batch.newProfile = true;
        FloorBatch::Profile &row = batch.profile;
        row.name = p.name.toUtf8();
        row.primaryCategory = p.primaryCategory.toUtf8();
        row.sourceFile = p.sourceFile.toUtf8();
        row.savedAt = p.savedAt.isValid() ? p.savedAt.toUTC().toString(Qt::ISODate).toUtf8() : QByteArray();
        row.importedAt = QDateTime::currentDateTimeUtc().toString(Qt::ISODate).toUtf8();
        row.hIndex = p.hIndex;
        row.paperCount = p.paperCount;
        row.citations = p.citations;
        row.novelty = p.novelty;
        row.aiScore = p.aiScore;
    }
    batch.profile.id = profileId;

    for (const PaperRecord &paper : p.papers) {
        const QString norm = TextFold::normalisedTitle(paper.title);
        qint64 id = m_papers.value(norm);
        if (id != 0) {
            if (paper.hasCode && !m_hasCode.value(id)) {
                m_hasCode[id] = true;
                batch.codeFlags << id;
            }
            QStringList &slugs = m_paperAffiliations[id];
            bool added = false;
            for (const QString &slug : paper.affiliations) {
                const qint64 affId = affiliationId(slug, batch);
                if (slugs.contains(slug))
                    continue;
                slugs << slug;
                batch.paperAffiliations.append({id, affId});
                added = true;
            }
            if (added) {
                slugs.sort();
                batch.affiliationTexts.append({id, slugs.join(QStringLiteral(", ")).toUtf8()});
            }
        } else {
            id = m_papers.size() + 1;
            m_papers.insert(norm, id);
            QStringList slugs;
            for (const QString &a : paper.affiliations) {
                if (!slugs.contains(a))
                    slugs << a;
            }
            slugs.sort();
            FloorBatch::Paper row;
            row.id = id;
            row.title = paper.title.toUtf8();
            row.norm = norm.toUtf8();
            if (paper.date.isValid()) {
                row.date = paper.date.toString(QStringLiteral("yyyy-MM-dd")).toUtf8();
                row.year = paper.date.year();
            }
            row.category = paper.category.toUtf8();
            row.hasCode = paper.hasCode ? 1 : 0;
            row.abstract = paper.abstract.toUtf8();
            row.key = uniqueKey(paper).toUtf8();
            row.truncated = paper.authorsTruncated ? 1 : 0;
            row.firstAuthor = paper.authors.value(0).toUtf8();
            row.authorsText = paper.authors.join(QStringLiteral(", ")).toUtf8();
            row.affiliationsText = slugs.join(QStringLiteral(", ")).toUtf8();
            batch.papers.append(row);
            m_hasCode.insert(id, paper.hasCode);
            for (int i = 0; i < paper.authors.size(); ++i)
                batch.paperAuthors.append({id, qint64(i), authorId(paper.authors.at(i), batch)});
            for (const QString &slug : std::as_const(slugs))
                batch.paperAffiliations.append({id, affiliationId(slug, batch)});
            m_paperAffiliations.insert(id, slugs);
        }
        batch.links.append({profileId, id});
    }
    return batch;
}
