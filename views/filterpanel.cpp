#include "filterpanel.h"

#include "facetdelegate.h"

#include <QAbstractItemModel>
#include <QCheckBox>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPushButton>
#include <QSplitter>
#include <QTimer>
#include <QVBoxLayout>

namespace {
QWidget *titled(const QString &title, QListView *view)
{
    auto *box = new QWidget;
    auto *layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 6, 0, 0);
    layout->setSpacing(3);
    auto *label = new QLabel(title);
    QFont bold = label->font();
    bold.setBold(true);
    label->setFont(bold);
    label->setBuddy(view);
    layout->addWidget(label);
    layout->addWidget(view);
    return box;
}
} // namespace

FilterPanel::FilterPanel(QWidget *parent)
    : QWidget(parent), m_search(new QLineEdit(this)), m_hasCode(new QCheckBox(tr("Only papers with &code"), this)),
      m_hasArxiv(new QCheckBox(tr("Only papers with an ar&Xiv id"), this)),
      m_debounce(new QTimer(this))
{
    setObjectName(QStringLiteral("filterPanel"));
    m_search->setObjectName(QStringLiteral("searchField"));
    m_search->setPlaceholderText(tr("Search titles, authors, abstracts (Ctrl+F)"));
    m_search->setClearButtonEnabled(true);
    m_search->setAccessibleName(tr("Search papers"));
    m_hasCode->setAccessibleName(tr("Only papers with code"));
    m_hasCode->setObjectName(QStringLiteral("hasCodeBox"));
    m_hasArxiv->setAccessibleName(tr("Only papers with an arXiv id"));
    m_hasArxiv->setObjectName(QStringLiteral("hasArxivBox"));
    m_debounce->setSingleShot(true);
    m_debounce->setInterval(searchDelayMs);

    auto *clear = new QPushButton(tr("C&lear Filters"), this);
    clear->setObjectName(QStringLiteral("clearFiltersButton"));

    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->setChildrenCollapsible(false);
    const QString titles[listCount] = {tr("Categories"), tr("Years"),      tr("Affiliations"),
                                       tr("Profiles"),   tr("Entry types"), tr("Venues")};
    const char *names[listCount] = {"categoryList", "yearList",  "affiliationList",
                                    "profileList",  "entryTypeList", "venueList"};
    for (int i = 0; i < listCount; ++i) {
        m_lists[i] = new QListView;
        m_lists[i]->setObjectName(QLatin1String(names[i]));
        m_lists[i]->setAccessibleName(titles[i]);
        m_lists[i]->setUniformItemSizes(true);
        m_lists[i]->setEditTriggers(QAbstractItemView::NoEditTriggers);
        m_lists[i]->setSelectionMode(QAbstractItemView::SingleSelection);
        // Two rows at least, so a low window leaves the charts dock room.
        m_lists[i]->setMinimumHeight(2 * m_lists[i]->fontMetrics().height() + 8);
        splitter->addWidget(titled(titles[i], m_lists[i]));
    }

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->addWidget(m_search);
    layout->addWidget(m_hasCode);
    layout->addWidget(m_hasArxiv);
    layout->addWidget(splitter, 1);
    layout->addWidget(clear);

    connect(m_search, &QLineEdit::textChanged, m_debounce, qOverload<>(&QTimer::start));
    connect(m_debounce, &QTimer::timeout, this, [this] { emit searchTextChanged(m_search->text()); });
    connect(m_search, &QLineEdit::returnPressed, this, [this] {
        m_debounce->stop();
        emit searchTextChanged(m_search->text());
    });
    connect(m_hasCode, &QCheckBox::toggled, this, &FilterPanel::hasCodeOnlyChanged);
    connect(m_hasArxiv, &QCheckBox::toggled, this, &FilterPanel::hasArxivOnlyChanged);
    connect(clear, &QPushButton::clicked, this, &FilterPanel::clearRequested);
}

void FilterPanel::setModel(List list, QAbstractItemModel *model, int countRole)
{
    m_lists[list]->setModel(model);
    m_lists[list]->setItemDelegate(new FacetDelegate(countRole, m_lists[list]));
    if (list != EntryTypes && list != Venues)
        return;
    // Shown while there are .bib papers (profiles have no types or venues).
    QWidget *box = m_lists[list]->parentWidget();
    const auto follow = [box, model] { box->setVisible(model->rowCount() > 0); };
    connect(model, &QAbstractItemModel::rowsInserted, box, follow);
    connect(model, &QAbstractItemModel::rowsRemoved, box, follow);
    connect(model, &QAbstractItemModel::modelReset, box, follow);
    follow();
}

QListView *FilterPanel::listView(List list) const
{
    return m_lists[list];
}

void FilterPanel::setSearchText(const QString &text)
{
    const QSignalBlocker blocker(m_search);
    m_search->setText(text);
    m_debounce->stop();
}

void FilterPanel::setHasCodeOnly(bool on)
{
    const QSignalBlocker blocker(m_hasCode);
    m_hasCode->setChecked(on);
}

void FilterPanel::setHasArxivOnly(bool on)
{
    const QSignalBlocker blocker(m_hasArxiv);
    m_hasArxiv->setChecked(on);
}

void FilterPanel::focusSearch()
{
    m_search->setFocus(Qt::ShortcutFocusReason);
    m_search->selectAll();
}
