#include "organisepanel.h"

#include <QDragMoveEvent>
#include <QDropEvent>
#include <QHash>
#include <QHeaderView>
#include <QLocale>
#include <QMenu>
#include <QMimeData>
#include <QTreeWidget>
#include <QTreeWidgetItemIterator>
#include <QVBoxLayout>

namespace {
constexpr int kindRole = Qt::UserRole;
constexpr int nameRole = Qt::UserRole + 1;
const char *listMime = "application/x-qabstractitemmodeldatalist"; // rows dragged from the paper list
} // namespace

OrganisePanel::OrganisePanel(QWidget *parent) : QWidget(parent), m_tree(new QTreeWidget(this))
{
    setObjectName(QStringLiteral("organisePanel"));
    m_tree->setObjectName(QStringLiteral("organiseTree"));
    m_tree->setAccessibleName(tr("Stars, tags, collections and saved searches"));
    m_tree->setColumnCount(2);
    m_tree->setHeaderHidden(true);
    m_tree->header()->setStretchLastSection(false);
    m_tree->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_tree->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_tree->setAcceptDrops(true);
    m_tree->viewport()->setAcceptDrops(true);
    m_tree->setDropIndicatorShown(true);
    m_tree->viewport()->installEventFilter(this);
    m_tree->setContextMenuPolicy(Qt::CustomContextMenu);
    const QString titles[] = {tr("Starred"), tr("Reading state"), tr("Tags"), tr("Collections"), tr("Saved searches")};
    const Kind kinds[] = {Starred, State, Tag, Collection, SavedSearch};
    for (int i = 0; i < 5; ++i) {
        auto *top = new QTreeWidgetItem(m_tree, {titles[i]});
        top->setData(0, kindRole, int(Header));
        top->setData(0, nameRole, int(kinds[i]));
        QFont bold = top->font(0);
        bold.setBold(true);
        top->setFont(0, bold);
        top->setFlags(Qt::ItemIsEnabled);
        top->setExpanded(true);
    }
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_tree);

    // Reported once the tree is done with the item: what follows (a new
    // filter, new counts) rebuilds the items.
    connect(m_tree, &QTreeWidget::itemChanged, this, [this] {
        if (m_filling)
            return;
        QMetaObject::invokeMethod(this, [this] { emit termsChanged(checkedTerms()); }, Qt::QueuedConnection);
    });
    const auto chosen = [this](QTreeWidgetItem *item) {
        if (item->data(0, kindRole).toInt() != SavedSearch)
            return;
        const QString name = item->data(0, nameRole).toString();
        QMetaObject::invokeMethod(this, [this, name] { emit savedSearchChosen(name); }, Qt::QueuedConnection);
    };
    connect(m_tree, &QTreeWidget::itemActivated, this, chosen);
    connect(m_tree, &QTreeWidget::itemClicked, this, chosen);
    connect(m_tree, &QWidget::customContextMenuRequested, this, &OrganisePanel::showMenu);
}

QString OrganisePanel::stateLabel(const QString &state)
{
    if (state == QStringLiteral("reading"))
        return tr("Reading");
    if (state == QStringLiteral("read"))
        return tr("Read");
    return tr("Unread");
}

QTreeWidgetItem *OrganisePanel::header(Kind kind) const
{
    for (int i = 0; i < m_tree->topLevelItemCount(); ++i) {
        if (m_tree->topLevelItem(i)->data(0, nameRole).toInt() == kind)
            return m_tree->topLevelItem(i);
    }
    return nullptr;
}

QTreeWidgetItem *OrganisePanel::item(Kind kind, const QString &name) const
{
    QTreeWidgetItemIterator it(m_tree);
    for (; *it; ++it) {
        if ((*it)->data(0, kindRole).toInt() == kind && (*it)->data(0, nameRole).toString() == name)
            return *it;
    }
    return nullptr;
}

QTreeWidgetItem *OrganisePanel::addItem(QTreeWidgetItem *parent, Kind kind, const QString &name, const QString &label,
                                        int count, bool checked)
{
    auto *item = new QTreeWidgetItem(parent, {label, count >= 0 ? QLocale().toString(count) : QString()});
    item->setData(0, kindRole, int(kind));
    item->setData(0, nameRole, name);
    item->setTextAlignment(1, Qt::AlignRight | Qt::AlignVCenter);
    Qt::ItemFlags flags = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    if (kind != SavedSearch) {
        flags |= Qt::ItemIsUserCheckable;
        item->setCheckState(0, checked ? Qt::Checked : Qt::Unchecked);
    }
    if (kind == Tag || kind == Collection)
        flags |= Qt::ItemIsDropEnabled;
    item->setFlags(flags);
    return item;
}

void OrganisePanel::setContents(const Contents &c, const PaperFilter &filter)
{
    m_filling = true;
    for (int i = 0; i < m_tree->topLevelItemCount(); ++i)
        qDeleteAll(m_tree->topLevelItem(i)->takeChildren());
    addItem(header(Starred), Starred, QStringLiteral("starred"), tr("Starred papers"), c.starred, filter.starredOnly);
    for (const FacetCount &s : c.states)
        addItem(header(State), State, s.value, stateLabel(s.value), s.count, filter.states.contains(s.value));
    for (const FacetCount &t : c.tags)
        addItem(header(Tag), Tag, t.value, t.value, t.count, filter.tags.contains(t.value, Qt::CaseInsensitive));
    QHash<QString, QTreeWidgetItem *> byName;
    for (const CollectionInfo &col : c.collections) {
        QTreeWidgetItem *parent = byName.value(col.parent.toCaseFolded(), header(Collection));
        QTreeWidgetItem *item = addItem(parent, Collection, col.name, col.name, col.papers,
                                        filter.collections.contains(col.name, Qt::CaseInsensitive));
        item->setExpanded(true);
        byName.insert(col.name.toCaseFolded(), item);
    }
    for (const QString &name : c.savedSearches)
        addItem(header(SavedSearch), SavedSearch, name, name, -1, false);
    m_filling = false;
}

PaperFilter OrganisePanel::checkedTerms() const
{
    PaperFilter terms;
    QTreeWidgetItemIterator it(m_tree, QTreeWidgetItemIterator::Checked);
    for (; *it; ++it) {
        const QString name = (*it)->data(0, nameRole).toString();
        switch ((*it)->data(0, kindRole).toInt()) {
        case Starred: terms.starredOnly = true; break;
        case State: terms.states << name; break;
        case Tag: terms.tags << name; break;
        case Collection: terms.collections << name; break;
        default: break;
        }
    }
    return terms;
}

bool OrganisePanel::eventFilter(QObject *watched, QEvent *event)
{
    if (watched != m_tree->viewport())
        return QWidget::eventFilter(watched, event);
    if (event->type() != QEvent::DragEnter && event->type() != QEvent::DragMove && event->type() != QEvent::Drop)
        return false;
    auto *drop = static_cast<QDropEvent *>(event);
    if (!drop->mimeData()->hasFormat(QLatin1String(listMime)))
        return false;
#if QT_VERSION >= QT_VERSION_CHECK(6, 0, 0)
    const QPoint pos = drop->position().toPoint();
#else
    const QPoint pos = drop->pos();
#endif
    QTreeWidgetItem *target = m_tree->itemAt(pos);
    const int kind = target ? target->data(0, kindRole).toInt() : int(Header);
    const bool fits = kind == Tag || kind == Collection;
    if (event->type() == QEvent::DragEnter) {
        drop->setDropAction(Qt::CopyAction);
        drop->accept(); // moves decide per item
        return true;
    }
    if (!fits) {
        drop->ignore();
        return true;
    }
    drop->setDropAction(Qt::CopyAction);
    drop->accept();
    if (event->type() == QEvent::Drop)
        emit papersDropped(Kind(kind), target->data(0, nameRole).toString());
    return true;
}

void OrganisePanel::showMenu(const QPoint &pos)
{
    QTreeWidgetItem *item = m_tree->itemAt(pos);
    if (!item)
        return;
    const int kind = item->data(0, kindRole).toInt();
    const int section = kind == Header ? item->data(0, nameRole).toInt() : kind;
    const QString name = kind == Header ? QString() : item->data(0, nameRole).toString();
    QMenu menu(this);
    if (section == Collection) {
        menu.addAction(tr("New Collection…"), this, [this, name] { emit newCollectionRequested(name); });
        if (!name.isEmpty()) {
            menu.addAction(tr("Rename Collection…"), this, [this, name] { emit renameCollectionRequested(name); });
            menu.addAction(tr("Delete Collection"), this, [this, name] { emit deleteCollectionRequested(name); });
        }
    } else if (section == SavedSearch) {
        menu.addAction(tr("Save Current Search…"), this, [this] { emit saveSearchRequested(); });
        if (!name.isEmpty())
            menu.addAction(tr("Delete Saved Search"), this, [this, name] { emit deleteSavedSearchRequested(name); });
    }
    if (!menu.isEmpty())
        menu.exec(m_tree->viewport()->mapToGlobal(pos));
}
