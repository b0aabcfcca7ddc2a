#pragma once
// Makes the ChartCanvas in use (Qt Charts today). The one place that knows
// both the interface and its implementations, so ChartView needs only the
// interface and the implementations never need this.

class ChartCanvas;
class QWidget;

namespace ChartCanvasFactory {

ChartCanvas *create(QWidget *parent = nullptr);

} // namespace ChartCanvasFactory
