#pragma once
// Qt Charts puts its classes in namespace QtCharts on Qt 5 and in the global
// namespace on Qt 6. Chart code includes this header before any chart
// header instead of spreading the difference around. The charts' share of
// the Qt 5/6 differences (models/qtcompat.h holds the rest); it lives in
// views/ because models/ never links Qt Charts.

#include <QtCharts/QChartGlobal>
#include <QtGlobal>

#if QT_VERSION < QT_VERSION_CHECK(6, 0, 0)
QT_CHARTS_USE_NAMESPACE
#endif
