#include "exportdialog.h"

#include <QButtonGroup>
#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QDialogButtonBox>
#include <QGroupBox>
#include <QLabel>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>

namespace {
bool haveNext = false;
std::optional<ExportDialog::Choice> next;
} // namespace

ExportDialog::ExportDialog(int all, int filtered, int selected, QWidget *parent)
    : QDialog(parent), m_scope(new QButtonGroup(this)), m_latex(new QCheckBox(this)), m_note(new QComboBox(this))
{
    setWindowTitle(tr("Export BibTeX"));
    auto *group = new QGroupBox(tr("Papers to export"), this);
    auto *groupLayout = new QVBoxLayout(group);
    const struct { Scope scope; QString text; int count; } rows[] = {
        {Scope::All, tr("&All papers (%L1)").arg(all), all},
        {Scope::Filtered, tr("&Filtered papers (%L1)").arg(filtered), filtered},
        {Scope::Selection, tr("&Selected papers (%L1)").arg(selected), selected},
    };
    for (const auto &row : rows) {
        auto *radio = new QRadioButton(row.text, group);
        radio->setEnabled(row.count > 0);
        m_scope->addButton(radio, int(row.scope));
        groupLayout->addWidget(radio);
    }
    m_latex->setText(tr("Write accented letters as &LaTeX escapes (for classic bibtex)"));
    auto *hint = new QLabel(tr("Leave unticked for biber and UTF-8 documents."), this);
    hint->setForegroundRole(QPalette::PlaceholderText);
    m_note->setObjectName(QStringLiteral("exportNoteField"));
    // The BibTeX field names themselves stay as they are in every language.
    m_note->addItem(tr("Leave notes out"), int(NoteField::Leave));
    m_note->addItem(tr("In the note field (note)"), int(NoteField::Note));
    m_note->addItem(tr("In the annotation field (annote)"), int(NoteField::Annote));
    auto *noteRow = new QFormLayout;
    noteRow->addRow(tr("Your &notes:"), m_note);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Export…"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(group);
    layout->addWidget(m_latex);
    layout->addWidget(hint);
    layout->addLayout(noteRow);
    layout->addWidget(buttons);
}

ExportDialog::Choice ExportDialog::choice() const
{
    return {Scope(m_scope->checkedId()), m_latex->isChecked(), NoteField(m_note->currentData().toInt())};
}

std::optional<ExportDialog::Choice> ExportDialog::ask(QWidget *parent, int all, int filtered, int selected,
                                                      const Choice &initial)
{
    if (haveNext) {
        haveNext = false;
        return next;
    }
    ExportDialog dialog(all, filtered, selected, parent);
    Scope scope = initial.scope;
    if (scope == Scope::Selection && selected == 0)
        scope = Scope::Filtered;
    if (QAbstractButton *button = dialog.m_scope->button(int(scope)))
        button->setChecked(true);
    dialog.m_latex->setChecked(initial.latexEscapes);
    dialog.m_note->setCurrentIndex(qMax(0, dialog.m_note->findData(int(initial.noteField))));
    if (dialog.exec() != QDialog::Accepted)
        return std::nullopt;
    return dialog.choice();
}

void ExportDialog::setNextChoice(const std::optional<Choice> &choice)
{
    haveNext = true;
    next = choice;
}
