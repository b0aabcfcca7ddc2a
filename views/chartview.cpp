#include "chartview.h"

#include "chartcanvas.h"
#include "chartcanvasfactory.h"
#include "chartmodels.h"
#include "facetchartmodel.h"
#include "profilefiguresmodel.h"
#include "yearchartmodel.h"

#include <QBuffer>
#include <QEvent>
#include <QGuiApplication>
#include <QHeaderView>
#include <QImage>
#include <QLabel>
#include <QLocale>
#include <QPainter>
#include <QScreen>
#include <QScrollArea>
#include <QSplitter>
#include <QStackedWidget>
#include <QSvgGenerator>
#include <QTabWidget>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>

namespace {
QString clickHint()
{
    return ChartView::tr("Click to filter, Ctrl+click to add or remove");
}
} // namespace

ChartView::ChartView(ChartModels *models, QWidget *parent)
    : QWidget(parent), m_models(models), m_tabs(new QTabWidget(this)), m_years(ChartCanvasFactory::create()),
      m_categories(ChartCanvasFactory::create()), m_affiliations(ChartCanvasFactory::create()),
      m_profileYears(ChartCanvasFactory::create())
{
    setObjectName(QStringLiteral("chartView"));
    m_years->setObjectName(QStringLiteral("yearsChart"));
    m_categories->setObjectName(QStringLiteral("categoriesChart"));
    m_affiliations->setObjectName(QStringLiteral("affiliationsChart"));
    m_profileYears->setObjectName(QStringLiteral("profileYearsChart"));
    m_years->setAccessibleName(tr("Papers per year chart"));
    m_categories->setAccessibleName(tr("Category chart"));
    m_affiliations->setAccessibleName(tr("Affiliation chart"));
    m_profileYears->setAccessibleName(tr("Profile chart"));

    auto *overview = new QSplitter(Qt::Horizontal);
    overview->setObjectName(QStringLiteral("chartOverview"));
    overview->addWidget(m_years);
    overview->addWidget(m_categories);
    overview->addWidget(m_affiliations);
    overview->setStretchFactor(0, 5);
    overview->setStretchFactor(1, 3);
    overview->setStretchFactor(2, 4);
    overview->setSizes({500, 300, 400});
    overview->setChildrenCollapsible(false);
    for (ChartCanvas *canvas : {m_years, m_categories, m_affiliations})
        canvas->setMinimumSize(minimumChartWidth, minimumChartHeight);

    m_tabs->setDocumentMode(true);
    m_tabs->addTab(scrolling(overview, QSize(minimumChartWidth * 3, minimumChartHeight)), tr("Overview"));
    m_tabs->addTab(buildProfilePage(), tr("Profiles"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_tabs);

    connect(m_models->years(), &QAbstractItemModel::modelReset, this, &ChartView::showYears);
    connect(m_models->categories(), &QAbstractItemModel::modelReset, this, &ChartView::showCategories);
    connect(m_models->affiliations(), &QAbstractItemModel::modelReset, this, &ChartView::showAffiliations);
    connect(m_models->profileYears(), &QAbstractItemModel::modelReset, this, &ChartView::showProfiles);
    connect(m_models->profiles(), &QAbstractItemModel::modelReset, this, &ChartView::showProfiles);

    connect(m_years, &ChartCanvas::barClicked, this, [this](int bar, int) {
        emit yearToggled(m_models->years()->year(bar), additive());
    });
    connect(m_years, &ChartCanvas::legendClicked, this, [this](int series) {
        emit categoryToggled(m_models->years()->key(series), additive());
    });
    connect(m_profileYears, &ChartCanvas::barClicked, this, [this](int bar, int) {
        emit yearToggled(m_models->profileYears()->year(bar), additive());
    });
    connect(m_categories, &ChartCanvas::sliceClicked, this, [this](int slice) {
        const QModelIndex index = m_models->categories()->index(slice, 0);
        if (index.isValid() && !index.data(FacetChartModel::OtherRole).toBool())
            emit categoryToggled(index.data(FacetChartModel::ValueRole).toString(), additive());
    });
    connect(m_affiliations, &ChartCanvas::barClicked, this, [this](int bar, int) {
        const QModelIndex index = m_models->affiliations()->index(bar, 0);
        if (index.isValid() && !index.data(FacetChartModel::OtherRole).toBool())
            emit affiliationToggled(index.data(FacetChartModel::ValueRole).toString(), additive());
    });

    showYears();
    showCategories();
    showAffiliations();
    showProfiles();
}

QWidget *ChartView::buildProfilePage()
{
    m_profileHint = new QLabel(tr("Tick one or more profiles under <b>Profiles</b> in the filter panel to see "
                                  "their figures and papers per year here, side by side."));
    m_profileHint->setObjectName(QStringLiteral("profileChartHint"));
    m_profileHint->setAlignment(Qt::AlignCenter);
    m_profileHint->setWordWrap(true);
    m_profileHint->setMargin(24);

    m_profileTable = new QTableView;
    m_profileTable->setObjectName(QStringLiteral("profileFigures"));
    m_profileTable->setAccessibleName(tr("Profile figures"));
    m_profileTable->setModel(m_models->profiles());
    m_profileTable->verticalHeader()->hide();
    m_profileTable->setSelectionMode(QAbstractItemView::NoSelection);
    m_profileTable->setFocusPolicy(Qt::NoFocus);
    m_profileTable->setShowGrid(false);
    m_profileTable->setAlternatingRowColors(true);
    m_profileTable->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    m_profileTable->setVerticalScrollBarPolicy(Qt::ScrollBarAsNeeded);
    m_profileTable->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_profileTable->verticalHeader()->setDefaultSectionSize(m_profileTable->fontMetrics().height() + 8);
    QHeaderView *header = m_profileTable->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::ResizeToContents);
    header->setSectionResizeMode(ProfileFiguresModel::NameColumn, QHeaderView::Stretch);
    fitProfileTable(1);

    auto *content = new QWidget;
    auto *layout = new QVBoxLayout(content);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_profileTable);
    layout->addWidget(m_profileYears, 1);
    m_profileYears->setMinimumHeight(minimumChartHeight);

    m_profileStack = new QStackedWidget;
    m_profileStack->addWidget(m_profileHint);
    m_profileStack->addWidget(scrolling(content, QSize(minimumChartWidth * 2, 0)));
    return m_profileStack;
}

// Every row on show for up to six profiles (more scroll in the table); the
// chart below keeps its minimum height, and the page scrolls when the
// charts' area is lower than both.
void ChartView::fitProfileTable(int rows)
{
    m_profileTable->setFixedHeight(m_profileTable->horizontalHeader()->sizeHint().height()
                                   + qBound(1, rows, 6) * m_profileTable->verticalHeader()->defaultSectionSize()
                                   + 2 * m_profileTable->frameWidth());
}

// A page that scrolls rather than squeezing its charts below minimum.
QScrollArea *ChartView::scrolling(QWidget *page, const QSize &minimum)
{
    page->setMinimumSize(minimum);
    auto *area = new QScrollArea;
    area->setWidget(page);
    area->setWidgetResizable(true);
    area->setFrameShape(QFrame::NoFrame);
    return area;
}

void ChartView::addCornerAction(QAction *action)
{
    auto *button = new QToolButton;
    button->setDefaultAction(action);
    button->setAutoRaise(true);
    m_tabs->setCornerWidget(button, Qt::TopRightCorner);
}

QSize ChartView::sizeHint() const
{
    const QScreen *shown = screen();
    const int height = shown ? shown->availableGeometry().height() * 2 / 5 : 0;
    return QSize(960, qMax(330, height));
}

ChartView::Page ChartView::currentPage() const
{
    return m_tabs->currentIndex() == 1 ? Page::Profiles : Page::Overview;
}

void ChartView::setCurrentPage(Page page)
{
    m_tabs->setCurrentIndex(page == Page::Profiles ? 1 : 0);
}

bool ChartView::additive()
{
    const Qt::KeyboardModifiers held = QGuiApplication::keyboardModifiers();
    return held.testFlag(Qt::ControlModifier) || held.testFlag(Qt::ShiftModifier);
}

void ChartView::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange)
        showAffiliations(); // its bars take the palette's highlight colour
}

// A chart's title, naming the collections the charts are scoped to (ticked in the Organise panel).
QString ChartView::scoped(const QString &title) const
{
    const QStringList collections = m_models->filter().collections;
    if (collections.isEmpty())
        return title;
    return tr("%1 (in %2)", "a chart title, the collections it shows").arg(title, QLocale().createSeparatedList(collections));
}

void ChartView::showYears()
{
    const YearChartModel *model = m_models->years();
    const QString title = scoped(tr("Papers per year, by category"));
    if (model->rowCount() == 0 || model->columnCount() == 0) {
        m_years->showMessage(title, tr("No papers with a year to show."));
        return;
    }
    BarChartSpec spec;
    spec.title = title;
    spec.valueTitle = tr("Papers");
    spec.stacked = true;
    for (int r = 0; r < model->rowCount(); ++r) {
        spec.labels << QString::number(model->year(r));
        spec.active << model->isActive(r);
    }
    for (int c = 0; c < model->columnCount(); ++c) {
        BarChartSpec::Series series;
        series.name = model->key(c);
        series.color = model->keyColor(c);
        for (int r = 0; r < model->rowCount(); ++r) {
            series.values << model->count(r, c);
            series.toolTips << model->index(r, c).data(Qt::ToolTipRole).toString() + QLatin1Char('\n') + clickHint();
        }
        spec.series << series;
    }
    m_years->showBars(spec);
}

void ChartView::showCategories()
{
    const FacetChartModel *model = m_models->categories();
    const QString title = scoped(tr("Category mix"));
    if (model->rowCount() == 0) {
        m_categories->showMessage(title, tr("No papers to show."));
        return;
    }
    PieChartSpec spec;
    spec.title = title;
    for (int r = 0; r < model->rowCount(); ++r) {
        const QModelIndex index = model->index(r, 0);
        PieChartSpec::Slice slice;
        slice.value = index.data(FacetChartModel::CountRole).toInt();
        slice.label = QStringLiteral("%1 %2").arg(index.data().toString(), QLocale().toString(int(slice.value)));
        slice.color = index.data(FacetChartModel::ColorRole).value<QColor>();
        slice.active = index.data(FacetChartModel::ActiveRole).toBool();
        slice.toolTip = index.data(Qt::ToolTipRole).toString();
        if (!index.data(FacetChartModel::OtherRole).toBool())
            slice.toolTip += QLatin1Char('\n') + clickHint();
        spec.slices << slice;
    }
    m_categories->showPie(spec);
}

void ChartView::showAffiliations()
{
    const FacetChartModel *model = m_models->affiliations();
    const QString title = scoped(model->otherValues() > 0 ? tr("Top %1 affiliations").arg(ChartModels::topAffiliations)
                                                          : tr("Affiliations"));
    if (model->rowCount() == 0) {
        m_affiliations->showMessage(title, tr("None of these papers lists an affiliation."));
        return;
    }
    BarChartSpec spec;
    spec.title = title;
    spec.horizontal = true;
    spec.showLegend = false;
    spec.valueTitle = tr("Papers");
    BarChartSpec::Series series;
    series.name = tr("Papers");
    series.color = palette().color(QPalette::Highlight);
    for (int r = 0; r < model->rowCount(); ++r) {
        const QModelIndex index = model->index(r, 0);
        const bool other = index.data(FacetChartModel::OtherRole).toBool();
        spec.labels << (other ? tr("other (%1)").arg(QLocale().toString(model->otherValues()))
                              : index.data().toString());
        spec.active << index.data(FacetChartModel::ActiveRole).toBool();
        series.values << index.data(FacetChartModel::CountRole).toInt();
        series.toolTips << index.data(Qt::ToolTipRole).toString() + (other ? QString() : QLatin1Char('\n') + clickHint());
    }
    spec.series << series;
    m_affiliations->showBars(spec);
}

void ChartView::showProfiles()
{
    const ProfileFiguresModel *figures = m_models->profiles();
    const YearChartModel *years = m_models->profileYears();
    const int n = figures->rowCount();
    m_tabs->setTabText(1, n > 0 ? tr("Profiles (%1)").arg(n) : tr("Profiles"));
    if (n == 0) {
        m_profileStack->setCurrentIndex(0);
        return;
    }
    m_profileStack->setCurrentIndex(1);
    fitProfileTable(n);
    const QString title = n == 1 ? tr("%1: papers per year").arg(figures->profile(0).name)
                                 : tr("Papers per year, by profile");
    if (years->rowCount() == 0) {
        m_profileYears->showMessage(title, tr("No papers of these profiles match the filters."));
        return;
    }
    BarChartSpec spec;
    spec.title = title;
    spec.valueTitle = tr("Papers");
    spec.showLegend = years->columnCount() > 1;
    for (int r = 0; r < years->rowCount(); ++r) {
        spec.labels << QString::number(years->year(r));
        spec.active << years->isActive(r);
    }
    for (int c = 0; c < years->columnCount(); ++c) {
        BarChartSpec::Series series;
        series.name = years->key(c);
        series.color = years->keyColor(c);
        for (int r = 0; r < years->rowCount(); ++r) {
            const int count = years->count(r, c);
            series.values << count;
            series.toolTips << tr("%1 in %2: %3").arg(years->key(c), QString::number(years->year(r)),
                                                     tr("%Ln papers", nullptr, count))
                    + QLatin1Char('\n') + clickHint();
        }
        spec.series << series;
    }
    m_profileYears->showBars(spec);
}

QByteArray ChartView::render(Format format) const
{
    QWidget *page = m_tabs->currentWidget();
    if (auto *area = qobject_cast<QScrollArea *>(page))
        page = area->widget();
    else if (auto *stack = qobject_cast<QStackedWidget *>(page))
        page = stack->currentWidget();
    if (auto *area = qobject_cast<QScrollArea *>(page))
        page = area->widget();
    const QSize size = page ? page->size() : QSize();
    if (size.isEmpty())
        return QByteArray();
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    if (format == Format::Svg) {
        QSvgGenerator svg;
        svg.setOutputDevice(&buffer);
        svg.setSize(size);
        svg.setResolution(96); // so the drawing's size is the page's size on screen
        svg.setViewBox(QRect(QPoint(0, 0), size));
        svg.setTitle(m_tabs->tabText(m_tabs->currentIndex()));
        svg.setDescription(tr("Charts made with Paperscope"));
        QPainter painter(&svg);
        page->render(&painter, QPoint(), QRegion(), QWidget::DrawChildren);
        painter.end();
        return buffer.data();
    }
    constexpr int scale = 2;
    QImage image(size * scale, QImage::Format_ARGB32_Premultiplied);
    image.setDevicePixelRatio(scale);
    image.fill(palette().color(QPalette::Base));
    QPainter painter(&image);
    page->render(&painter, QPoint(), QRegion(), QWidget::DrawChildren);
    painter.end();
    image.save(&buffer, "PNG");
    return buffer.data();
}
