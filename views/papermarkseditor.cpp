#include "papermarkseditor.h"

#include <QComboBox>
#include <QCompleter>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QStringListModel>
#include <QToolButton>
#include <QUrl>

PaperMarksEditor::PaperMarksEditor(QWidget *parent)
    : QWidget(parent), m_star(new QToolButton(this)), m_state(new QComboBox(this)), m_tags(new QLabel(this)),
      m_tagField(new QLineEdit(this)), m_known(new QStringListModel(this)), m_note(new QPlainTextEdit(this)),
      m_saveNote(new QPushButton(tr("Save &Note"), this))
{
    setObjectName(QStringLiteral("paperMarksEditor"));
    m_star->setObjectName(QStringLiteral("starButton"));
    m_star->setCheckable(true);
    m_star->setText(tr("Starred"));
    m_star->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_star->setAccessibleName(tr("Starred"));
    m_state->setObjectName(QStringLiteral("stateBox"));
    m_state->addItems({tr("Unread"), tr("Reading"), tr("Read")});
    m_state->setAccessibleName(tr("Reading state"));
    m_tags->setObjectName(QStringLiteral("tagsLabel"));
    m_tags->setWordWrap(true);
    m_tags->setTextFormat(Qt::RichText);
    m_tags->setAccessibleName(tr("Tags"));
    m_tagField->setObjectName(QStringLiteral("tagField"));
    m_tagField->setPlaceholderText(tr("Add a tag and press Enter"));
    m_tagField->setAccessibleName(tr("Add a tag"));
    auto *completer = new QCompleter(m_known, this);
    completer->setCaseSensitivity(Qt::CaseInsensitive);
    completer->setFilterMode(Qt::MatchContains);
    m_tagField->setCompleter(completer);
    m_note->setObjectName(QStringLiteral("noteEdit"));
    m_note->setPlaceholderText(tr("A note on this paper"));
    m_note->setAccessibleName(tr("Note"));
    m_note->setTabChangesFocus(true);
    m_note->setMaximumHeight(5 * m_note->fontMetrics().height() + 12);
    m_saveNote->setObjectName(QStringLiteral("saveNoteButton"));
    m_saveNote->setEnabled(false);

    auto *top = new QHBoxLayout;
    top->setContentsMargins(0, 0, 0, 0);
    top->addWidget(m_star);
    top->addWidget(m_state, 1);
    auto *form = new QFormLayout(this);
    form->setContentsMargins(6, 4, 6, 4);
    form->addRow(top);
    form->addRow(tr("Tags:"), m_tags);
    form->addRow(QString(), m_tagField);
    form->addRow(tr("Note:"), m_note);
    form->addRow(QString(), m_saveNote);

    connect(m_star, &QToolButton::toggled, this, [this](bool on) {
        if (!m_filling)
            emit starToggled(on);
    });
    connect(m_state, qOverload<int>(&QComboBox::currentIndexChanged), this, [this](int state) {
        if (!m_filling && state >= 0)
            emit stateChosen(state);
    });
    connect(m_tagField, &QLineEdit::returnPressed, this, [this] {
        const QString tag = m_tagField->text().simplified();
        m_tagField->clear();
        if (!tag.isEmpty())
            emit tagAdded(tag);
    });
    connect(m_tags, &QLabel::linkActivated, this, [this](const QString &link) {
        emit tagRemoved(QUrl::fromPercentEncoding(link.mid(4).toUtf8()));
    });
    connect(m_note, &QPlainTextEdit::textChanged, this, [this] {
        m_saveNote->setEnabled(!m_filling && m_note->toPlainText() != m_savedNote);
    });
    connect(m_saveNote, &QPushButton::clicked, this, [this] {
        m_savedNote = m_note->toPlainText();
        m_saveNote->setEnabled(false);
        emit noteEdited(m_savedNote);
    });
}

void PaperMarksEditor::setMarks(const PaperMarks &marks, bool enabled)
{
    m_filling = true;
    setEnabled(enabled);
    m_star->setChecked(marks.starred);
    m_state->setCurrentIndex(qBound(0, marks.state, 2));
    QStringList links;
    for (const QString &tag : marks.tags) {
        links << QStringLiteral("%1 <a href=\"tag:%2\" title=\"%3\">×</a>")
                     .arg(tag.toHtmlEscaped(), QString::fromUtf8(QUrl::toPercentEncoding(tag)),
                          tr("Take the tag %1 off").arg(tag).toHtmlEscaped());
    }
    m_tags->setText(links.isEmpty() ? tr("<i>none</i>") : links.join(QStringLiteral(", ")));
    m_savedNote = marks.note;
    if (m_note->toPlainText() != marks.note)
        m_note->setPlainText(marks.note);
    m_saveNote->setEnabled(false);
    m_filling = false;
}

void PaperMarksEditor::setKnownTags(const QStringList &tags)
{
    m_known->setStringList(tags);
}
