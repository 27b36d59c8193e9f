#pragma once

#include "configcontent.h"
#include "scalarcache.h"

#include <QByteArray>

namespace DriftDeck {

// Reads a YAML file that keeps to nested block maps of plain or simply quoted scalars (most
// configuration files) into builder, exactly as the yaml-cpp reader would. Returns false as soon
// as the text uses anything else; builder is then half-filled and must be thrown away.
bool parseSimpleYaml(const QByteArray &text, ConfigContentBuilder &builder, ScalarCache &scalars);

} // namespace DriftDeck
