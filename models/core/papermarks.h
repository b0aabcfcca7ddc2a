#pragma once
// Plain values of what a user decided about papers (the organise issue):
// per paper its tags, star, reading state, note and collections; a
// collection; and a snapshot of all of it for a set of papers, which Undo
// puts back exactly. Papers are named by their normalised title there.

#include <QString>
#include <QStringList>
#include <QVector>

struct PaperMarks
{
    QStringList tags;          // sorted, case-insensitively
    bool starred = false;
    int state = 0;             // 0 unread, 1 reading, 2 read
    QString note;
    QStringList collections;   // sorted
};

struct CollectionInfo
{
    QString name;
    QString parent;            // empty at the top
    int papers = 0;            // papers in it or in the ones nested in it (each once) that are in the store
};

struct OrganiseSnapshot
{
    struct Marks
    {
        QString normTitle;
        bool starred = false;
        int state = 0;
        QString note;
    };
    struct Link
    {
        QString normTitle;
        QString name;          // a tag or a collection
    };
    QStringList normTitles;    // the papers it covers
    QVector<qint64> paperIds;  // their ids, in the same order (the in-memory index's keys)
    QVector<Marks> marks;
    QVector<Link> tags;
    QVector<Link> collections;
    bool isEmpty() const { return normTitles.isEmpty(); }
};

// Every collection, membership and saved search, for Undo of a change to
// them (they are few: a whole copy is simple and exact).
struct CollectionsBackup
{
    struct Row
    {
        qint64 id = 0;
        QString name;
        qint64 parentId = 0;   // 0 at the top
    };
    struct Member
    {
        qint64 collectionId = 0;
        QString normTitle;
    };
    struct Search
    {
        QString name;
        QString filter;        // as stored
    };
    QVector<Row> collections;  // parents first
    QVector<Member> members;
    QVector<Search> searches;
};
