#pragma once
// Asks for one line of text (a tag, a collection or saved-search name),
// offering known values to complete from. Like Dialogs, a test can queue
// the next answer; with one queued no dialog is shown.

#include <QString>
#include <QStringList>

class QWidget;

namespace TextPrompt {

// The text entered (simplified), or an empty string when cancelled.
QString ask(QWidget *parent, const QString &title, const QString &label, const QStringList &known = {},
            const QString &initial = QString());

void setNextAnswer(const QString &answer); // test seam; an empty answer cancels

} // namespace TextPrompt
