#pragma once

#include "snapshot/snapshot.h"
#include "sources/source.h"
#include "values/secrets.h"
#include "workspace/workspace.h"

#include <vector>

namespace DriftDeck {

// What one environment × source produced in a capture.
struct SourceOutcome {
    int environment = -1; // index into Workspace::environments
    SourceStatus status;
    SourceResult result; // empty on failure
};

// Builds a Snapshot from the outcomes of a capture: layers and entries merged per environment
// (sources listed later in the workspace win for the same key, with the earlier provenance
// kept), secrets replaced by fingerprints, and failed sources' keys filled from the previous
// capture, marked stale. Pure; runs on a worker thread.
Snapshot assembleSnapshot(const Workspace &workspace, const SecretPolicy &secrets, const Snapshot *previous,
                          std::vector<SourceOutcome> outcomes, const QDateTime &takenAt);

} // namespace DriftDeck
