#pragma once
// Collections (named groups of papers, nested under a parent if wanted, a
// paper in any number of them) and saved searches (a PaperFilter under a
// name). Names are unique, case-insensitively. Papers are kept by their
// normalised title, like the rest of the organise data (OrganiseStore).
// Each change is one transaction; false or -1 with error() on failure.

#include "organisestore.h"
#include "paperfilter.h"
#include "papermarks.h"

class CollectionStore
{
public:
    explicit CollectionStore(OrganiseStore &store) : m_store(store) {}
    QString error() const { return m_store.error(); }

    // Parents before their children, by name. sizes: the papers counts by
    // folded name, when the in-memory index has them (StoreIndex::collectionSizes).
    QVector<CollectionInfo> collections(const QHash<QString, int> *sizes = nullptr) const;
    bool hasCollection(const QString &name) const;
    bool createCollection(const QString &name, const QString &parent = QString());
    bool deleteCollection(const QString &name); // and the ones nested in it
    bool renameCollection(const QString &from, const QString &to);
    int addPapers(const QString &collection, const QVector<qint64> &paperIds);
    int removePapers(const QString &collection, const QVector<qint64> &paperIds);

    QStringList savedSearches() const; // by name
    bool saveSearch(const QString &name, const PaperFilter &filter); // replaces one of that name
    bool deleteSavedSearch(const QString &name);
    bool savedSearch(const QString &name, PaperFilter *filter) const; // false when there is none

    // A copy of all of it, and putting exactly that back (Undo).
    CollectionsBackup backup() const;
    bool restore(const CollectionsBackup &backup);

private:
    QVariant collectionId(const QString &name) const; // null when there is none
    OrganiseStore &m_store;
};
