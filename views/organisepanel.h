#pragma once
// The side panel of what a user decided: starred papers, reading states,
// tags, collections (nested) and saved searches, with their counts under
// the current filter. Ticking narrows the list like a facet (OR within a
// group, AND across); choosing a saved search asks for its filter; papers
// dragged from the list onto a tag or a collection are reported. It shows
// the values it is given and never reads the store.

#include "papercounts.h"
#include "paperfilter.h"
#include "papermarks.h"

#include <QWidget>

class QTreeWidget;
class QTreeWidgetItem;

class OrganisePanel : public QWidget
{
    Q_OBJECT
public:
    enum Kind { Header, Starred, State, Tag, Collection, SavedSearch };

    struct Contents
    {
        int starred = 0;
        QVector<FacetCount> states;          // unread, reading, read
        QVector<FacetCount> tags;
        QVector<CollectionInfo> collections; // parents first
        QStringList savedSearches;
    };

    explicit OrganisePanel(QWidget *parent = nullptr);

    // New counts and names; the ticks follow the filter's organise terms.
    void setContents(const Contents &contents, const PaperFilter &filter);
    QTreeWidget *tree() const { return m_tree; }
    QTreeWidgetItem *item(Kind kind, const QString &name) const; // for tests
    static QString stateLabel(const QString &state);

signals:
    // Only the organise terms are set (tags, starredOnly, states, collections).
    void termsChanged(const PaperFilter &terms);
    void savedSearchChosen(const QString &name);
    void papersDropped(OrganisePanel::Kind kind, const QString &name);
    void newCollectionRequested(const QString &parent);
    void renameCollectionRequested(const QString &name);
    void deleteCollectionRequested(const QString &name);
    void saveSearchRequested();
    void deleteSavedSearchRequested(const QString &name);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QTreeWidgetItem *header(Kind kind) const;
    QTreeWidgetItem *addItem(QTreeWidgetItem *parent, Kind kind, const QString &name, const QString &label,
                             int count, bool checked);
    PaperFilter checkedTerms() const;
    void showMenu(const QPoint &pos);

    QTreeWidget *m_tree;
    bool m_filling = false;
};
