#pragma once
// Answers an import's per-paper questions inside its transaction: is a
// normalised title stored, as which paper (id, has_code), and is a
// citation key taken. ask() looks a chunk of titles or keys up in ONE
// statement each (bound as one JSON array to json_each(?)) instead of a
// SELECT per paper; a question about anything not asked falls back to one
// SELECT. The import tells it of every paper it adds and every has_code it
// sets, so the answers stay true until clear(). Holds only what was asked
// since the last clear() (ImportTransaction clears it per chunk, once the
// chunk's papers are in the store).

#include <QHash>
#include <QSet>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QStringList>

class ImportLookups
{
public:
    explicit ImportLookups(QSqlDatabase db);

    struct Paper
    {
        qint64 id = 0;
        bool hasCode = false;
    };

    // One statement each; false on an SQL error (error()).
    bool askTitles(const QStringList &normTitles);
    bool askKeys(const QStringList &keys);
    // *found: a stored (or added) paper has this normalised title; *paper is it.
    bool findPaper(const QString &normTitle, Paper *paper, bool *found);
    bool keyTaken(const QString &key, bool *taken);

    void added(const QString &normTitle, qint64 id, bool hasCode, const QString &key);
    void codeSet(const QString &normTitle);
    void clear();
    QString error() const { return m_error; }

    static QString jsonTextArray(const QStringList &values);

private:
    bool run(QSqlQuery &q, const QString &value);

    QSqlQuery m_titles, m_keys, m_oneTitle, m_oneKey;
    QHash<QString, Paper> m_papers;   // asked titles that are stored, and added ones
    QSet<QString> m_askedTitles;      // every asked title, stored or not
    QHash<QString, bool> m_takenKeys;  // every asked or added key: true when taken
    QString m_error;
};
