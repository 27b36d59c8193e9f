#pragma once

#include "nodereader.h"
#include "sources/sourcefactory.h"

#include <QVariant>

#include <optional>

namespace DriftDeck {

// One type-specific option of a source, checked against its declared kind and converted to the
// QVariant the connector reads: strings, bools, qint64 (durations in milliseconds), lists, maps.
std::optional<QVariant> readSourceOption(NodeReader &reader, const SourceOption &option, const YamlNode &node,
                                         const QString &path);

// Option names that can only hold a secret ("password", "apiKey", "clientSecret", …). The
// workspace file is shared and committed, so such values are refused outright.
bool isSecretOptionName(QStringView name);

// The message for a secret written into the workspace file.
QString literalSecretMessage();

} // namespace DriftDeck
