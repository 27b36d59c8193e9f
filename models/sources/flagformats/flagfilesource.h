#pragma once

#include "flagfileformat.h"
#include "sources/filesource.h"
#include "sources/sourcefactory.h"

namespace DriftDeck {

// Feature flags of one environment from a flag file in the repository (JSON or YAML, flagd or
// the seed format), e.g. path: "flags/{env}.json". Keys are "flag/<key>" plus "/rules",
// "/rollout" and "/variants" rows; every value points at its line and column.
class FlagFileSource : public FileSource
{
    Q_OBJECT
public:
    explicit FlagFileSource(SourceContext context, QObject *parent = nullptr);

    static constexpr QLatin1StringView TypeName{"flag-file"};
};

// Reads one flag file now, on the calling thread: what FlagFileSource does on a pool thread.
// label is the path as the workspace wrote it; messages and provenance use it.
SourceResult readFlagFile(const QString &filePath, const QString &label, FlagFileFormat format,
                          const Normaliser &normaliser, const QString &sourceId = {});

// "auto", "flagd" or "seed" (any case); false for anything else.
bool parseFlagFileFormat(QStringView text, FlagFileFormat *format);

// Registered by registerBuiltinSourceTypes().
SourceType flagFileSourceType();

} // namespace DriftDeck
