#pragma once
// The filter panel: a search field (debounced), "has code" and "has arXiv id" toggles, and
// checkable lists for categories, years, affiliations, profiles and (shown
// while there are .bib papers) entry types and venues, with their counts. It shows the facet models it is given and reports what the
// user typed or toggled; it never queries anything itself.

#include <QWidget>

class QAbstractItemModel;
class QCheckBox;
class QLineEdit;
class QListView;
class QTimer;

class FilterPanel : public QWidget
{
    Q_OBJECT
public:
    enum List { Categories, Years, Affiliations, Profiles, EntryTypes, Venues };
    static constexpr int listCount = 6;

    explicit FilterPanel(QWidget *parent = nullptr);

    // countRole: the model's role holding each value's count.
    void setModel(List list, QAbstractItemModel *model, int countRole);
    QListView *listView(List list) const;
    QLineEdit *searchField() const { return m_search; }
    QCheckBox *hasCodeBox() const { return m_hasCode; }
    QCheckBox *hasArxivBox() const { return m_hasArxiv; }

    // Sets the widgets without emitting (restoring a saved filter).
    void setSearchText(const QString &text);
    void setHasCodeOnly(bool on);
    void setHasArxivOnly(bool on);
    void focusSearch();

    static constexpr int searchDelayMs = 200;

signals:
    void searchTextChanged(const QString &text);   // debounced
    void hasCodeOnlyChanged(bool on);
    void hasArxivOnlyChanged(bool on);
    void clearRequested();

private:
    QLineEdit *m_search;
    QCheckBox *m_hasCode;
    QCheckBox *m_hasArxiv;
    QListView *m_lists[listCount] = {};
    QTimer *m_debounce;
};
