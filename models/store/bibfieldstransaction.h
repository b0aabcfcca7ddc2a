#pragma once
// Writes what only a .bib entry has onto the papers ImportTransaction has
// just written in the same transaction: the entry type, the user's own
// citation key (kept exactly), the venue, every field's value (a JSON array
// of [name, value] pairs, in file order) and the DOI, arXiv id, URL and
// primary class where the paper has none yet; and keeps the file's
// @preamble values for export. Papers without an entry type (from profile
// files) are left alone. A key that a different paper already has refuses
// the file (the user's LaTeX cites it: it is never renamed). The entry's
// `keywords` become tags (OrganiseStore), added in the same transaction.

#include "importprogress.h"
#include "paperrecord.h"

#include <QVector>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QStringList>
#include <QVariant>

class BibFieldsTransaction
{
public:
    explicit BibFieldsTransaction(QSqlDatabase db);
    // What ImportTransaction made of one entry: the paper it is (new or
    // known) and whether that paper went in with all of it under the
    // entry's own key (then only its keywords are left to do).
    struct Stored
    {
        qint64 id = 0;
        bool whole = false;
    };
    // progress: asked every few thousand entries, as the second half of the
    // import's steps (progressTotal); false stops the run.
    // stored: one per paper of the source, in order.
    bool run(const ProfileRecord &source, const ImportProgress &progress, const QVector<Stored> &stored);
    // The same a chunk at a time (a .bib file whose papers are never all
    // held): runChunk() for each chunk's papers, source indexes from base
    // on (progress asked with the entries done so far), then finish() with
    // the header (its preambles); keywords become tags at finish().
    bool runChunk(const QVector<PaperRecord> &papers, int base, const QVector<Stored> &stored,
                  const ImportProgress &progress);
    bool finish(const ProfileRecord &source);
    // Whether the source is a .bib file (entries or preambles).
    static bool isBib(const ProfileRecord &source);
    // An import's steps: its papers, twice for a .bib file (stored, then their fields).
    static int progressTotal(const ProfileRecord &source);
    QString error() const { return m_error; }

    static constexpr int progressEvery = 2048;

    static QString fieldsJson(const QVector<QPair<QString, QString>> &fields);
    static QVector<QPair<QString, QString>> fieldsFromJson(const QString &json);
    // The tags a .bib entry's `keywords` give: split at , and ;, LaTeX
    // decoded, white space simplified, empties dropped, spelling kept.
    static QStringList keywordTags(const QVector<QPair<QString, QString>> &fields);

private:
    void prepare();
    bool exec(QSqlQuery &q, const QVariantList &values);

    QSqlDatabase m_db;
    QString m_error;
    QSqlQuery m_keyOwner, m_update, m_preamble;
    bool m_prepared = false;
    QVector<QPair<qint64, QStringList>> m_tagsById; // keywords of the papers so far, added at finish()
};
