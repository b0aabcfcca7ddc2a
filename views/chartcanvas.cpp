#include "chartcanvas.h"

ChartCanvas::~ChartCanvas() = default;
