#pragma once
// Turns parsed profiles into the exact rows an import writes (papers with
// their citation keys, authors, affiliations, links, merged affiliations
// of known papers), keeping every id in memory the way a plain bulk
// loader would. Used by SqliteFloor so the floor loads the same rows as
// the app without any look-up queries. Pure: no SQL here.

#include "paperrecord.h"

#include <QByteArray>
#include <QHash>
#include <QSet>
#include <QVector>

#include <array>

struct FloorBatch
{
    struct Profile
    {
        qint64 id = 0;
        QByteArray name, primaryCategory, sourceFile, savedAt, importedAt;
        int hIndex = 0, paperCount = 0, citations = 0, novelty = -1, aiScore = -1;
    };
    struct Paper
    {
        qint64 id = 0;
        QByteArray title, norm, date, category, abstract, key, firstAuthor, authorsText, affiliationsText;
        int year = 0;             // 0: NULL
        int hasCode = 0;
        int truncated = 0;
    };
    bool newProfile = false;
    Profile profile;
    QVector<QPair<qint64, QByteArray>> authors;        // new authors
    QVector<QPair<qint64, QByteArray>> affiliations;   // new affiliations
    QVector<Paper> papers;                             // new papers
    QVector<std::array<qint64, 3>> paperAuthors;       // paper, position, author
    QVector<QPair<qint64, qint64>> paperAffiliations;  // paper, affiliation
    QVector<QPair<qint64, QByteArray>> affiliationTexts; // known papers that gained affiliations
    QVector<qint64> codeFlags;                         // known papers that now have code
    QVector<QPair<qint64, qint64>> links;              // profile, paper
};

class FloorRows
{
public:
    FloorBatch rowsFor(const ProfileRecord &profile);
    qint64 paperCount() const { return m_papers.size(); }

private:
    qint64 authorId(const QString &name, FloorBatch &batch);
    qint64 affiliationId(const QString &slug, FloorBatch &batch);
    QString uniqueKey(const PaperRecord &paper);

    QHash<QString, qint64> m_profiles, m_authors, m_affiliationIds, m_papers;
    QSet<QString> m_keys;
    QHash<qint64, QStringList> m_paperAffiliations;   // sorted slugs
    QHash<qint64, bool> m_hasCode;
};
