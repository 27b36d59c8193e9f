#pragma once

#include "nodereader.h"
#include "workspace.h"

namespace DriftDeck {

// The "history:" section: {folder, keepCount, keepDays}. The folder resolves against the workspace
// file's folder, so a workspace and its shared history can travel together.
HistoryOptions readHistoryOptions(NodeReader &reader, const YamlNode &node, const Workspace &workspace);

} // namespace DriftDeck
