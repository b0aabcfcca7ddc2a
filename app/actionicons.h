#pragma once
// Gives the window's actions icons from the desktop's icon theme, falling
// back to the icons Qt's style bundles, so they look native everywhere and
// never go blank.

class QWidget;

namespace ActionIcons {

void apply(QWidget *window);

} // namespace ActionIcons
