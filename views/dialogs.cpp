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
std::optional<bool> nextOffer;
int offers = 0;
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

bool offer(QWidget *parent, const QString &title, const QString &text, const QStringList &lines,
           const QString &yesText)
{
    ++offers;
    const QString list = lines.join(QLatin1Char('\n'));
    last = title + QLatin1Char('\n') + text + QLatin1Char('\n') + list + QLatin1Char('\n') + yesText;
    if (nextOffer) {
        const bool yes = *nextOffer;
        nextOffer.reset();
        return yes;
    }
    if (suppress)
        return false;
    constexpr int shown = 12; // the rest behind Show Details
    QStringList head = lines.mid(0, shown);
    if (lines.size() > shown)
        head << QStringLiteral("…");
    QMessageBox box(QMessageBox::Warning, title, text, QMessageBox::Cancel, parent);
    box.setInformativeText(head.join(QLatin1Char('\n')));
    if (lines.size() > shown)
        box.setDetailedText(list);
    QPushButton *yes = box.addButton(yesText, QMessageBox::AcceptRole);
    box.setDefaultButton(QMessageBox::Cancel);
    box.setEscapeButton(QMessageBox::Cancel);
    box.exec();
    return box.clickedButton() == yes;
}

void setNextOpenFileNames(const QStringList &files) { nextOpen = files; }
void setNextSaveFileName(const QString &file) { nextSave = file; }
void setNextConfirmAnswer(bool yes) { nextConfirm = yes; }
void setNextOfferAnswer(bool yes) { nextOffer = yes; }
int offerCount() { return offers; }
void setSuppressMessages(bool s) { suppress = s; }
QString lastMessage() { return last; }

} // namespace Dialogs
