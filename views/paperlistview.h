#pragma once
// The paper list: a QTableView tuned for large lazy models (fixed row
// height, no resize-to-contents over rows, sortable headers) stacked with a
// friendly empty state that invites a drop when the store is empty.

#include <QStackedWidget>

class QLabel;
class QTableView;

class PaperListView : public QStackedWidget
{
    Q_OBJECT
public:
    explicit PaperListView(QWidget *parent = nullptr);

    QTableView *tableView() const { return m_table; }
    // Columns whose LaTeX is shown readable (the title).
    void setReadableColumn(int column);

    enum class State { List, EmptyStore, NoMatches };
    void setState(State state);
    State state() const { return m_state; }

signals:
    void clearFiltersRequested();

private:
    QTableView *m_table;
    QLabel *m_empty;
    State m_state = State::List;
};
