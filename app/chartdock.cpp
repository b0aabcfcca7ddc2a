#include "chartdock.h"

#include "chartmodels.h"
#include "chartview.h"
#include "dialogs.h"
#include "paperfilter.h"
#include "windowsettings.h"

#include <QAction>
#include <QFileInfo>
#include <QSaveFile>

ChartDock::ChartDock(PaperStore &store, FacetModel *categories, FacetModel *affiliations, QWidget *parent)
    : QDockWidget(tr("Charts"), parent), m_models(new ChartModels(store, categories, affiliations, this)),
      m_view(new ChartView(m_models))
{
    setObjectName(QStringLiteral("chartsDock"));
    setWidget(m_view);
    QAction *toggle = toggleViewAction();
    toggle->setObjectName(QStringLiteral("actionShowCharts"));
    toggle->setText(tr("&Charts"));
    toggle->setShortcut(QKeySequence(tr("Ctrl+3")));
    // Hidden charts run no queries; showing them catches up at once.
    connect(this, &QDockWidget::visibilityChanged, m_models, &ChartModels::setLive);
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
