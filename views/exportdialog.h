#pragma once
// Asks what to export as BibTeX: all papers, the filtered ones or the
// selection, how to write non-ASCII letters, and whether each paper's note
// goes into the entries (as `note` or `annote`). Tests queue the answer
// with setNextChoice() so no dialog blocks.

#include <QDialog>

#include <optional>

class QButtonGroup;
class QCheckBox;
class QComboBox;

class ExportDialog : public QDialog
{
    Q_OBJECT
public:
    enum class Scope { All, Filtered, Selection };
    enum class NoteField { Leave, Note, Annote }; // Leave: notes stay out of the entries
    struct Choice
    {
        Scope scope = Scope::Filtered;
        bool latexEscapes = false;
        NoteField noteField = NoteField::Leave;
    };

    // counts: papers in each scope, shown next to the choices.
    ExportDialog(int all, int filtered, int selected, QWidget *parent = nullptr);
    Choice choice() const;

    // Shows the dialog (or takes the queued answer); nullopt on Cancel.
    static std::optional<Choice> ask(QWidget *parent, int all, int filtered, int selected,
                                     const Choice &initial);
    static void setNextChoice(const std::optional<Choice> &choice);

private:
    QButtonGroup *m_scope;
    QCheckBox *m_latex;
    QComboBox *m_note;
};
