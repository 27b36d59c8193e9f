#pragma once

#include "configcontent.h"

#include <QByteArray>

namespace DriftDeck {

class Normaliser;

// Files larger than this are refused before reading: no configuration file is that big, and
// reading one would take the memory of every environment's copy.
constexpr qint64 MaximumConfigFileSize = 64 * 1024 * 1024;

// Reads, checks (size, UTF-8) and parses one file. displayPath names the file in messages
// ("config/staging.yaml"); keyPrefix is put before every key ("config/"; empty for .env files,
// whose variables the caller maps to keys). Never throws.
ConfigFileContent readConfigFile(const QString &absolutePath, const QString &displayPath, ConfigFormat format,
                                 const Normaliser &normaliser, const QString &keyPrefix);

// The parsers, on UTF-8 text without a byte-order mark.
// YAML: files in the common subset (parseSimpleYaml) are read by a fast reader of its own, the
// rest by yaml-cpp; both give the same content.
ConfigFileContent parseYamlConfig(const QByteArray &text, ConfigContentBuilder builder, const Normaliser &normaliser);
ConfigFileContent parseYamlConfigWithYamlCpp(const QByteArray &text, ConfigContentBuilder builder,
                                             const Normaliser &normaliser);
ConfigFileContent parseJsonConfig(const QByteArray &text, ConfigContentBuilder builder, const Normaliser &normaliser);
ConfigFileContent parseDotenvConfig(const QByteArray &text, ConfigContentBuilder builder, const Normaliser &normaliser);
ConfigFileContent parsePropertiesConfig(const QByteArray &text, ConfigContentBuilder builder,
                                        const Normaliser &normaliser);

// Offset of the first byte that is not valid UTF-8, or -1.
qsizetype firstInvalidUtf8(QByteArrayView text);
// The 1-based line and column (in characters) of a byte offset.
TextPosition positionOfOffset(QByteArrayView text, qsizetype offset);

} // namespace DriftDeck
