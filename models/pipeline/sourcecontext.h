#pragma once

#include "sources/source.h"
#include "workspace/workspace.h"

namespace DriftDeck {

// What one of the workspace's sources gets to read one environment: its options and the timeout
// resolved for that environment (one a source listed included, see SourceSpec::optionsFor), the
// workspace folder, the normalisation and the credential already looked up. One place for the
// capture, the environment discovery and the metric ranges.
SourceContext sourceContextFor(const Workspace &workspace, const SourceSpec &spec, const EnvironmentSpec &environment,
                               const QString &credential);

} // namespace DriftDeck
