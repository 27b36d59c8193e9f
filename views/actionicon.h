#pragma once

#include <QIcon>
#include <QString>

namespace DriftDeck {

// The icon of an action by its freedesktop name ("document-open"): the desktop theme's when it
// has one, else Drift Deck's own line drawing (resources/icons/actions/), painted in the
// palette's text colour so it reads on light and dark palettes alike. Without this the toolbar
// had no icons wherever no icon theme is installed (a minimal desktop, a container, offscreen).
QIcon actionIcon(const QString &name);

} // namespace DriftDeck
