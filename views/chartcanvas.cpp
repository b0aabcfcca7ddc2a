#include "chartcanvas.h"

#include "qtchartscanvas.h"

ChartCanvas *ChartCanvas::create(QWidget *parent)
{
    return new QtChartsCanvas(parent);
}
