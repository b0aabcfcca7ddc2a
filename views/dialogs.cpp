#include "dialogs.h"

#include <QFileDialog>
#include <QMessageBox>
#include <QPushButton>

#include <optional>

namespace Dialogs {

namespace {
std::optional<QStringList> nextOpen;
std::optional<QString> nextSave;
std::optional<bool> nextConfirm;
bool suppress = false;
QString last;
} // namespace

QStringList openFileNames(QWidget *parent, const QString &caption, const QString &dir, const QString &filter)
{
    if (nextOpen) {
        const QStringList files = *nextOpen;
        nextOpen.reset();
        return files;
    }
    return QFileDialog::getOpenFileNames(parent, caption, dir, filter);
}

QString saveFileName(QWidget *parent, const QString &caption, const QString &path, const QString &filter)
{
    if (nextSave) {
        const QString file = *nextSave;
        nextSave.reset();
        return file;
    }
    return QFileDialog::getSaveFileName(parent, caption, path, filter);
}

bool confirm(QWidget *parent, const QString &title, const QString &text, const QString &yesText)
{
    if (nextConfirm) {
        const bool yes = *nextConfirm;
        nextConfirm.reset();
        return yes;
    }
    QMessageBox box(QMessageBox::Question, title, text, QMessageBox::Cancel, parent);
    QPushButton *yes = box.addButton(yesText, QMessageBox::AcceptRole);
    box.setDefaultButton(yes);
    box.exec();
    return box.clickedButton() == yes;
}

void inform(QWidget *parent, const QString &title, const QString &text, const QString &details, bool warning)
{
    last = title + QLatin1Char('\n') + text + (details.isEmpty() ? QString() : QLatin1Char('\n') + details);
    if (suppress)
        return;
    auto *box = new QMessageBox(warning ? QMessageBox::Warning : QMessageBox::Information, title, text,
                                QMessageBox::Ok, parent);
    box->setDetailedText(details);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

void setNextOpenFileNames(const QStringList &files) { nextOpen = files; }
void setNextSaveFileName(const QString &file) { nextSave = file; }
void setNextConfirmAnswer(bool yes) { nextConfirm = yes; }
void setSuppressMessages(bool s) { suppress = s; }
QString lastMessage() { return last; }

} // namespace Dialogs
