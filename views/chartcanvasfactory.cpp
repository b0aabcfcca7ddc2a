#include "chartcanvasfactory.h"

#include "qtchartscanvas.h"

namespace ChartCanvasFactory {

ChartCanvas *create(QWidget *parent)
{
    return new QtChartsCanvas(parent);
}

} // namespace ChartCanvasFactory
