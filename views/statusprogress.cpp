#include "statusprogress.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QStatusBar>

StatusProgress::StatusProgress(const QString &name, const QString &cancelName, QStatusBar *statusBar)
    : QWidget(statusBar), m_label(new QLabel(this)), m_bar(new QProgressBar(this)),
      m_cancel(new QPushButton(tr("Cancel"), this))
{
    setObjectName(name);
    m_bar->setMaximumWidth(220);
    m_bar->setTextVisible(true);
    m_cancel->setObjectName(cancelName);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_label);
    layout->addWidget(m_bar);
    layout->addWidget(m_cancel);
    statusBar->addPermanentWidget(this);
    hide();
    connect(m_cancel, &QPushButton::clicked, this, &StatusProgress::cancelRequested);
}

void StatusProgress::setCancelAccessibleName(const QString &name)
{
    m_cancel->setAccessibleName(name);
}

void StatusProgress::begin(const QString &text, int total)
{
    m_label->setText(text);
    m_bar->setRange(0, total);
    m_bar->setValue(0);
    m_cancel->setEnabled(true);
    show();
}

void StatusProgress::setProgress(int done, int total, const QString &text)
{
    m_bar->setRange(0, qMax(total, 1));
    m_bar->setValue(done);
    if (m_cancel->isEnabled()) // "Cancelling…" stays until the task stops
        m_label->setText(text);
}

void StatusProgress::setCancelling()
{
    m_label->setText(tr("Cancelling…"));
    m_cancel->setEnabled(false);
}

void StatusProgress::end()
{
    hide();
}
