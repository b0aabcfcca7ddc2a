#pragma once
// Creates and migrates the store's schema. The version lives in
// PRAGMA user_version; each step moves one version forward inside a
// transaction, so a failed migration leaves the file as it was.

#include <QSqlDatabase>
#include <QString>

class StoreSchema
{
public:
    static constexpr int currentVersion = 5;

    // Brings db up to currentVersion. Refuses a store newer than this build.
    static bool migrate(QSqlDatabase &db, QString *error);
    static int version(const QSqlDatabase &db);

private:
    static bool applyVersion1(QSqlDatabase &db, QString *error);
    // arXiv: pdf_url and primary_class on papers, the reply cache.
    static bool applyVersion2(QSqlDatabase &db, QString *error);
    // Charts: covering indexes for GROUP BY year, category.
    static bool applyVersion3(QSqlDatabase &db, QString *error);
    // Organise: tags, stars, reading states, notes, collections, saved
    // searches, keyed by the paper's normalised title so that they outlive
    // a removal (Undo) and a re-import.
    static bool applyOrganise(QSqlDatabase &db, QString *error);
    // .bib entries (issue 17): entry type, venue, every field (JSON), preambles.
    static bool applyBibtex(QSqlDatabase &db, QString *error);
};
