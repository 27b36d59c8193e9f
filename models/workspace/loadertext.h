#pragma once

#include <QCoreApplication>

namespace DriftDeck {

// Every message of the workspace loader shares one translation context, whichever file says it.
struct LoaderText {
    Q_DECLARE_TR_FUNCTIONS(DriftDeck::WorkspaceLoader)
};

} // namespace DriftDeck
