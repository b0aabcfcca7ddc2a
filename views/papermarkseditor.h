#pragma once
// Under the detail pane: the current paper's star, reading state, tags (a
// field with completion from the known tags; each tag shown with a link
// that takes it off) and note. Shows the PaperMarks it is given and
// reports what the user changed; never reads or writes the store.

#include "papermarks.h"

#include <QWidget>

class QComboBox;
class QCompleter;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QStringListModel;
class QToolButton;

class PaperMarksEditor : public QWidget
{
    Q_OBJECT
public:
    explicit PaperMarksEditor(QWidget *parent = nullptr);

    // Without a paper (enabled false) everything is cleared and disabled.
    void setMarks(const PaperMarks &marks, bool enabled);
    void setKnownTags(const QStringList &tags);

    QToolButton *starButton() const { return m_star; }
    QComboBox *stateBox() const { return m_state; }
    QLineEdit *tagField() const { return m_tagField; }
    QLabel *tagsLabel() const { return m_tags; }
    QPlainTextEdit *noteEdit() const { return m_note; }
    QPushButton *saveNoteButton() const { return m_saveNote; }

signals:
    void starToggled(bool starred);
    void stateChosen(int state);
    void tagAdded(const QString &tag);
    void tagRemoved(const QString &tag);
    void noteEdited(const QString &note);

private:
    QToolButton *m_star;
    QComboBox *m_state;
    QLabel *m_tags;
    QLineEdit *m_tagField;
    QStringListModel *m_known;
    QPlainTextEdit *m_note;
    QPushButton *m_saveNote;
    QString m_savedNote;
    bool m_filling = false;
};
