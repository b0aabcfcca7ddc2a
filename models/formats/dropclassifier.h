#pragma once
// Sorts what the user dropped or pasted into what Paperscope can import:
// local files and folders, web links (for the online import), and text that
// is itself a profile. Everything else is refused with a reason.

#include <QByteArray>
#include <QString>
#include <QStringList>
#include <QUrl>
#include <QVector>

class QMimeData;

struct DropContent
{
    QStringList paths;           // local files and folders
    QVector<QUrl> links;         // http and https
    QVector<QByteArray> texts;   // dropped or pasted profile text
    QStringList refused;         // one line each: what and why

    bool isEmpty() const { return paths.isEmpty() && links.isEmpty() && texts.isEmpty(); }
};

namespace DropClassifier {

// True when the data could hold something importable (for dragEnterEvent).
bool canImport(const QMimeData *data);

DropContent classify(const QMimeData *data);

} // namespace DropClassifier
