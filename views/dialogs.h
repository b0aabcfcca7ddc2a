#pragma once
// Every dialog the window opens goes through here, so tests can answer
// them without blocking (as KeePassXC's FileDialog::setNextFileName does):
// a test queues the next answer; with one queued, no dialog is shown.

#include <QString>
#include <QStringList>

class QWidget;

namespace Dialogs {

QStringList openFileNames(QWidget *parent, const QString &caption, const QString &dir, const QString &filter);
QString saveFileName(QWidget *parent, const QString &caption, const QString &path, const QString &filter);
bool confirm(QWidget *parent, const QString &title, const QString &text, const QString &yesText);
// Offers something the user may well not want: yesText and Cancel, Cancel
// the default (Escape too), the lines listed under the text. While messages
// are suppressed and no answer is queued, the answer is Cancel.
bool offer(QWidget *parent, const QString &title, const QString &text, const QStringList &lines,
           const QString &yesText);
// Non-blocking (window-modal, opened with open()); details go in a fold-out.
void inform(QWidget *parent, const QString &title, const QString &text, const QString &details = QString(),
            bool warning = false);

// Test seams.
void setNextOpenFileNames(const QStringList &files);
void setNextSaveFileName(const QString &file);
void setNextConfirmAnswer(bool yes);
void setNextOfferAnswer(bool yes);
int offerCount();                // offer() calls so far
void setSuppressMessages(bool suppress);
QString lastMessage();           // title, text and details of the last inform() (offer(): and yesText)

} // namespace Dialogs
