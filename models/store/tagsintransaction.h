#pragma once
// Adds tags to papers inside a write transaction someone else holds (an
// import's): the .bib reader's keywords become tags with the file. Knows
// only the connection, so the import code needs neither OrganiseStore nor
// PaperStore for it.

#include <QPair>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>
#include <QVector>

namespace TagsInTransaction {

// Each (normalised title, tags): the tags are created when new and linked
// to the paper; an empty or blank tag is skipped. false with the reason
// in *error.
bool add(QSqlDatabase &db, const QVector<QPair<QString, QStringList>> &tagsByTitle, QString *error);
// The same for (paper id, tags).
bool addToPapers(QSqlDatabase &db, const QVector<QPair<qint64, QStringList>> &tagsById, QString *error);

} // namespace TagsInTransaction
