#include "paperlistview.h"

#include "readabletextdelegate.h"

#include <QHeaderView>
#include <QLabel>
#include <QTableView>

// The icons live in views' resources; a static library must register them.
static void initViewResources()
{
    Q_INIT_RESOURCE(resources);
}

PaperListView::PaperListView(QWidget *parent)
    : QStackedWidget(parent), m_table(new QTableView(this)), m_empty(new QLabel(this))
{
    initViewResources();
    m_table->setObjectName(QStringLiteral("paperTable"));
    m_table->setAccessibleName(tr("Papers"));
    m_table->setTabKeyNavigation(false); // Tab moves on to the next pane
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->setSortingEnabled(true);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->setTextElideMode(Qt::ElideRight);
    m_table->setShowGrid(false);
    m_table->setContextMenuPolicy(Qt::ActionsContextMenu);
    m_table->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    QHeaderView *rows = m_table->verticalHeader();
    rows->setSectionResizeMode(QHeaderView::Fixed);
    rows->setDefaultSectionSize(m_table->fontMetrics().height() + 10);
    rows->hide();
    QHeaderView *columns = m_table->horizontalHeader();
    columns->setSectionsMovable(true);
    columns->setHighlightSections(false);
    columns->setStretchLastSection(false);
    columns->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);

    m_empty->setObjectName(QStringLiteral("emptyState"));
    m_empty->setAccessibleName(tr("Empty paper store"));
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setWordWrap(true);
    m_empty->setMargin(40);
    m_empty->setTextFormat(Qt::RichText);
    m_empty->setOpenExternalLinks(false);
    connect(m_empty, &QLabel::linkActivated, this, [this](const QString &link) {
        if (link == QStringLiteral("clear"))
            emit clearFiltersRequested();
    });

    addWidget(m_table);
    addWidget(m_empty);
    setState(State::List);
}

void PaperListView::setReadableColumn(int column)
{
    m_table->setItemDelegateForColumn(column, new ReadableTextDelegate(m_table));
}

void PaperListView::setState(State state)
{
    m_state = state;
    if (state == State::List) {
        setCurrentWidget(m_table);
        return;
    }
    const QString muted = palette().color(QPalette::PlaceholderText).name();
    if (state == State::EmptyStore) {
        m_empty->setText(tr("<p><img src=':/icons/paperscope.svg' width='96' height='96'></p>"
                            "<p style='font-size:15pt; font-weight:600'>Drop profile files here</p>"
                            "<p style='color:%1'>or use <b>File &gt; Import Profiles…</b> (Ctrl+O),<br>"
                            "or paste a profile with <b>Ctrl+V</b>.</p>"
                            "<p style='color:%1'>Folders work too: every profile file inside is imported.</p>")
                             .arg(muted));
    } else {
        m_empty->setText(tr("<p style='font-size:13pt; font-weight:600'>No papers match the filters</p>"
                            "<p><a href='clear'>Clear filters</a></p>"));
    }
    setCurrentWidget(m_empty);
}
