#include "chartdock.h"

#include "chartmodels.h"
#include "chartview.h"
#include "dialogs.h"
#include "abstractpaperstore.h"
#include "paperfilter.h"
#include "windowsettings.h"

#include <QAction>
#include <QEvent>
#include <QFileInfo>
#include <QIcon>
#include <QMainWindow>
#include <QSaveFile>
#include <QStyle>
#include <QTimer>

ChartDock::ChartDock(AbstractPaperStore &store, FacetModel *categories, FacetModel *affiliations, QWidget *parent)
    : QDockWidget(tr("Charts"), parent), m_models(new ChartModels(store, categories, affiliations, this)),
      m_view(new ChartView(m_models)), m_fill(new QAction(tr("Charts &Fill the Window"), this))
{
    setObjectName(QStringLiteral("chartsDock"));
    setWidget(m_view);
    QAction *toggle = toggleViewAction();
    toggle->setObjectName(QStringLiteral("actionShowCharts"));
    toggle->setText(tr("&Charts"));
    toggle->setShortcut(QKeySequence(tr("Ctrl+3")));
    // Hidden charts run no queries; showing them catches up at once.
    connect(this, &QDockWidget::visibilityChanged, m_models, &ChartModels::setLive);

    m_fill->setObjectName(QStringLiteral("actionChartsFillWindow"));
    m_fill->setCheckable(true);
    m_fill->setShortcut(QKeySequence(tr("Ctrl+Shift+3")));
    m_fill->setIcon(QIcon::fromTheme(QStringLiteral("view-fullscreen"), style()->standardIcon(QStyle::SP_TitleBarMaxButton)));
    connect(m_fill, &QAction::toggled, this, &ChartDock::setFilling);
    connect(toggle, &QAction::toggled, this, [this](bool shown) {
        if (!shown && !m_moving)
            m_fill->setChecked(false);
    });
    m_view->addCornerAction(m_fill);
    if (parent)
        parent->installEventFilter(this);
}

void ChartDock::setFilling(bool on)
{
    auto *window = qobject_cast<QMainWindow *>(parentWidget());
    if (!window || on == m_filling || m_moving)
        return;
    m_moving = true; // moving the dock hides and shows it: not a request to leave
    m_filling = on;
    if (on) {
        m_area = isFloating() ? Qt::BottomDockWidgetArea : window->dockWidgetArea(this);
        m_size = m_area == Qt::LeftDockWidgetArea || m_area == Qt::RightDockWidgetArea ? width() : height();
        if (isFloating())
            setFloating(false);
        m_hidden.clear();
        for (QWidget *part : std::as_const(m_parts)) {
            if (!part->isHidden()) {
                part->hide();
                m_hidden << part;
            }
        }
        window->addDockWidget(Qt::RightDockWidgetArea, this);
        show();
        window->resizeDocks({this}, {window->width()}, Qt::Horizontal);
        // Once the hidden parts have left the layout (Qt 5 counts them until
        // its posted layout requests ran), the dock takes the width again.
        QTimer::singleShot(0, this, [this, window] {
            if (m_filling)
                window->resizeDocks({this}, {window->width()}, Qt::Horizontal);
        });
    } else {
        for (QWidget *part : std::as_const(m_hidden))
            part->show();
        m_hidden.clear();
        window->addDockWidget(m_area, this);
        if (m_size > 0)
            window->resizeDocks({this}, {m_size}, m_area == Qt::LeftDockWidgetArea || m_area == Qt::RightDockWidgetArea
                                                      ? Qt::Horizontal : Qt::Vertical);
    }
    m_moving = false;
    m_fill->setChecked(on);
}

bool ChartDock::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == parentWidget() && event->type() == QEvent::Close)
        m_fill->setChecked(false); // the window saves its usual layout
    return QDockWidget::eventFilter(watched, event);
}

void ChartDock::refresh(const PaperFilter &filter)
{
    m_models->refresh(filter);
}

QString ChartDock::exportChart()
{
    const QString dir = WindowSettings::lastFolder(QStringLiteral("charts"));
    const QString file = Dialogs::saveFileName(this, tr("Export Chart"), dir + QStringLiteral("/paperscope-charts.png"),
                                               tr("PNG image (*.png);;SVG drawing (*.svg)"));
    if (file.isEmpty())
        return QString();
    WindowSettings::setLastFolder(QStringLiteral("charts"), QFileInfo(file).absolutePath());
    QString error;
    if (!save(file, &error)) {
        Dialogs::inform(this, tr("Export failed"), error, QString(), true);
        return error;
    }
    return tr("Saved the charts to %1").arg(QFileInfo(file).fileName());
}

bool ChartDock::save(const QString &path, QString *error) const
{
    const bool svg = QFileInfo(path).suffix().compare(QStringLiteral("svg"), Qt::CaseInsensitive) == 0;
    const QByteArray bytes = m_view->render(svg ? ChartView::Format::Svg : ChartView::Format::Png);
    if (bytes.isEmpty()) {
        *error = tr("Cannot export the charts while they are hidden: show them with View > Charts.");
        return false;
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit()) {
        *error = tr("Cannot write %1: %2").arg(path, file.errorString());
        return false;
    }
    return true;
}
