#pragma once
// A long task's progress in the status bar: what it is doing, a bar and a
// Cancel button. Shared by imports and arXiv look-ups; says nothing of what
// the task is, and only asks its owner to cancel (cancelRequested).

#include <QWidget>

class QLabel;
class QProgressBar;
class QPushButton;
class QStatusBar;

class StatusProgress : public QWidget
{
    Q_OBJECT
public:
    // Added to statusBar as a permanent widget, hidden until begin().
    StatusProgress(const QString &name, const QString &cancelName, QStatusBar *statusBar);

    void setCancelAccessibleName(const QString &name);
    void begin(const QString &text, int total);   // total 0: busy, no figure yet
    void setProgress(int done, int total, const QString &text);
    void setCancelling();                         // until the task stops
    void end();

signals:
    void cancelRequested();

private:
    QLabel *m_label;
    QProgressBar *m_bar;
    QPushButton *m_cancel;
};
