#include "textprompt.h"

#include <QInputDialog>

namespace TextPrompt {

namespace {
bool queued = false;
QString next;
} // namespace

void setNextAnswer(const QString &answer)
{
    queued = true;
    next = answer;
}

QString ask(QWidget *parent, const QString &title, const QString &label, const QStringList &known,
            const QString &initial)
{
    if (queued) {
        queued = false;
        return next.simplified();
    }
    bool ok = false;
    QString text;
    if (known.isEmpty()) {
        text = QInputDialog::getText(parent, title, label, QLineEdit::Normal, initial, &ok);
    } else {
        const int current = initial.isEmpty() ? -1 : int(known.indexOf(initial));
        QStringList items = known;
        if (current < 0)
            items.prepend(initial);
        text = QInputDialog::getItem(parent, title, label, items, qMax(0, current < 0 ? 0 : current), true, &ok);
    }
    return ok ? text.simplified() : QString();
}

} // namespace TextPrompt
